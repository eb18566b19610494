# Aware datetimes with fixed-offset time zones: construction, printing, conversion,
# timestamps, comparison and arithmetic. (labrun's local time zone is UTC; these examples use
# only aware values or UTC-based conversions, so python3 prints the same under TZ=UTC.)
from datetime import datetime, timedelta, timezone, date, UTC

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
est = timezone(timedelta(hours=-5))
odd = timezone(timedelta(hours=-3, seconds=-30))
tiny = timezone(timedelta(microseconds=-1))
print(utc, repr(utc), UTC is utc, ist, repr(ist), est, repr(est), odd, repr(odd), tiny)
print(timezone(timedelta(0)) is utc, repr(timezone(timedelta(0), "UTC")), timezone(timedelta(0), "Z"))
print(ist.utcoffset(None), ist.tzname(None), ist.dst(None), est.tzname(None), timezone.min, timezone.max)
print(ist == timezone(timedelta(minutes=330)), ist != est, hash(ist) == hash(timezone(timedelta(minutes=330))))
print(len({utc, timezone(timedelta(0), "UTC"), ist, est}))

d = datetime(2024, 3, 1, 12, 30, tzinfo=ist)
print(repr(d))
print(d, d.isoformat(), d.isoformat(" ", "minutes"), d.tzinfo is ist, d.tzname(), d.utcoffset(), d.dst())
print(d.strftime("%Y-%m-%d %H:%M %z %Z"), f"{d:%H:%M%z}", datetime(2020, 1, 1).strftime("[%z][%Z]"))
print(datetime(2020, 1, 1, 0, 0, 1, 5, tzinfo=odd).isoformat(), datetime(2020, 1, 1, tzinfo=tiny).strftime("%z"))
print(datetime(2020, 1, 1, tzinfo=odd).strftime("%z"), datetime(2021, 6, 1, 8, tzinfo=utc))

# Converting between zones keeps the instant.
u = d.astimezone(utc)
print(repr(u), u == d, u.astimezone(est), u.astimezone(ist) == d)
print(d.astimezone(est).isoformat(), d.astimezone(est).tzname())
print(d.replace(tzinfo=None), repr(d.replace(tzinfo=est)), d.replace(hour=1).tzinfo is ist)
print(repr(d.date()), repr(d.time()), d.timetuple().tm_hour, tuple(d.utctimetuple())[:6])

# Timestamps.
print(d.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(2000, 1, 1, 0, 0, 0, 123456, tzinfo=est).timestamp())
print(repr(datetime.fromtimestamp(1_500_000_000, utc)), repr(datetime.fromtimestamp(1_500_000_000.5, ist)))
print(repr(datetime.fromtimestamp(0, est)), repr(datetime.fromtimestamp(-1.25, utc)), repr(datetime.fromtimestamp(1.0000005, utc)))
print(repr(datetime.utcfromtimestamp(86400 * 365.25)))
for ts in (0, 1, 59.999999, 1e9 + 0.1, 1234567890.123456, -86400.5, 2**31):
    aware = datetime.fromtimestamp(ts, utc)
    print(ts, aware, aware.timestamp(), datetime.fromtimestamp(ts, est).timestamp() == aware.timestamp())

# Comparing and subtracting: aware values by instant; naive and aware never mix.
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 7, tzinfo=est)
print(a == b, a < b, a <= b, a - b, b - timedelta(hours=1), repr(a + timedelta(days=1)))
print(sorted([datetime(2024, 1, 1, 10, tzinfo=ist), a, datetime(2024, 1, 1, 6, tzinfo=est)]))
naive = datetime(2024, 1, 1, 12)
print(naive == a, naive != a, {a: 1}.get(b))
for bad in (lambda: naive < a, lambda: a - naive, lambda: naive - a, lambda: a >= naive):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: timezone(timedelta(hours=24)), lambda: timezone(3), lambda: timezone(timedelta(0), None),
            lambda: ist.utcoffset(3), lambda: datetime(2020, 1, 1, tzinfo=3), lambda: d.astimezone(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
now = datetime.now(utc)
print(now.tzinfo is utc, now.utcoffset(), datetime.now(ist).utcoffset(), abs(datetime.now(ist) - now) < timedelta(minutes=5))

# ISO strings with offsets, and fractions of any length (3.11's fromisoformat).
from datetime import time
for text in ["2024-01-01T10:00:00+02:00", "2024-01-01T10:00:00Z", "2024-01-01 10:00-05:30",
             "2024-01-01T10:00:00.123456+00:00", "2024-01-01T10:00:00-00:00:30", "2024-01-01T10:00:00.5+01:00"]:
    parsed = datetime.fromisoformat(text)
    print(repr(parsed), parsed, parsed.timestamp())
for text in ["10:00:00.1", "10:00:00.1234567", "10:00:00.", "10:00:00.12a"]:
    for parse in (time.fromisoformat, datetime.fromisoformat):
        try:
            print(repr(parse(text)))
        except ValueError as e:
            print("ValueError", e)
