# Calendar arithmetic over many dates: ordinals, weekdays, ISO calendar, strftime, differences.
from datetime import date, datetime, timedelta
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
for _ in range(120):
    d = date.fromordinal(rnd(3652059) + 1)
    step = timedelta(days=rnd(2000) - 1000, seconds=rnd(200000), microseconds=rnd(10 ** 6))
    try:
        moved = d + step
    except OverflowError as e:
        moved = str(e)
    print(d, d.toordinal(), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.strftime("%a %b %d %j %U %W %y %G-%V-%u"), moved)
for _ in range(60):
    a = datetime(rnd(400) + 1800, rnd(12) + 1, rnd(28) + 1, rnd(24), rnd(60), rnd(60), rnd(10 ** 6) if rnd(2) else 0)
    b = datetime(rnd(400) + 1800, rnd(12) + 1, rnd(28) + 1, rnd(24), rnd(60))
    delta = a - b
    print(repr(a), a.isoformat(), delta, repr(delta), delta.total_seconds(), b + delta == a, a > b, a.strftime("%I:%M %p %c"))
