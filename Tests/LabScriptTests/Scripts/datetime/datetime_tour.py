import datetime
from datetime import date, time, datetime as dt, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y %j %a %b %m %y"))
print(date.fromisoformat("2023-12-31"), d.replace(year=2023), d.toordinal(), date.fromordinal(738000), d.timetuple()[:3] if False else "")
x = dt(2024, 3, 1, 12, 30, 45, 123456)
print(x, repr(x), x.isoformat(), x.date(), x.time(), x.strftime("%Y-%m-%d %H:%M:%S.%f %I %p"), x.timestamp() if False else "")
print(dt.strptime("2021-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), dt.fromisoformat("2021-05-06T07:08:09"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td * 2, td / 2, -td, timedelta(seconds=-1), timedelta(weeks=1) // timedelta(days=2), timedelta(0))
print(x - dt(2024, 1, 1), (x - dt(2024, 1, 1)).days, d - date(2024, 1, 1), d < date(2025, 1, 1), max(d, date(2020, 1, 1)))
t = time(9, 5, 3); print(t, repr(t), t.isoformat(), time(1, 2, 3, 4), t.hour, t.strftime("%H:%M"))
print(x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.replace(hour=0))
print(dt(2020, 1, 1) + timedelta(hours=25), dt.combine(d, t), date(2024, 1, 1) == date(2024, 1, 1), hash(date(2024,1,1)) == hash(date(2024,1,1)))
print(timedelta(days=400, seconds=3661, microseconds=5), timedelta(hours=-5), abs(timedelta(hours=-5)), timedelta(minutes=90).seconds)
print(f"{d:%d/%m/%Y}", f"{x:%H:%M}", str(timedelta(microseconds=1500)), timedelta(days=1) == timedelta(hours=24))
print(date.min, date.max, dt.min, timedelta.max, timedelta.resolution)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
