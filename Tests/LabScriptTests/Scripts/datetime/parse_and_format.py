from datetime import datetime, date, time
for text, fmt in [("2021-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), ("06/05/21", "%d/%m/%y"), ("March 3 2020 5PM", "%B %d %Y %I%p"),
                  ("2020-032", "%Y-%j"), ("12:30:45.123", "%H:%M:%S.%f"), ("Tue, 5 Jan 1999", "%a, %d %b %Y"), ("2020-02-30", "%Y-%m-%d"),
                  ("2021-05", "%Y-%m-%d"), ("2021-05-06 extra", "%Y-%m-%d"), ("69 01 01", "%y %m %d")]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError:", e)
print(datetime.fromisoformat("2021-05-06T07:08:09.123456"), datetime.fromisoformat("2021-05-06"), date.fromisoformat("1999-12-31"), time.fromisoformat("10:11"))
for bad in ["2021-5-6", "20210506", "2021-05-06T25:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
d = datetime(2024, 7, 4, 9, 5, 7, 250)
print(f"{d:%Y/%m/%d %H.%M.%S.%f}", f"{d}", "{:%A}".format(d), format(d.date(), "%d %B"), f"{d.time():%H:%M}", d.ctime())
print(d.isoformat(timespec="minutes"), d.isoformat(" ", "milliseconds"), d.time().isoformat("seconds"), d.replace(day=1, microsecond=0))
print(repr(time()), repr(time(5)), repr(time(0, 0, 1)), repr(time(1, 2, 3, 4)), time(23, 59) < time(23, 59, 1), str(time(7, 30)))
print(datetime.combine(date(2020, 1, 1), time(12)), datetime(2020, 1, 1).date() == date(2020, 1, 1), isinstance(d, date), type(d).__name__)
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: time(24), lambda: datetime(2020, 13, 1), lambda: date(2020, 1, 1) < datetime(2020, 1, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(date(2020, 1, 1) == datetime(2020, 1, 1), date.max - date.min, datetime.max, datetime.min, date.resolution)
