# timetuple(), time.struct_time and the time functions that read it (UTC only: no local zone).
import datetime
import time

d = datetime.date(2024, 3, 1)
tt = d.timetuple()
print(tt)
print(tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_wday, tt.tm_yday, tt.tm_isdst, tt[0], tt[-1], len(tt))
print(isinstance(tt, tuple), type(tt), tuple(tt), list(tt)[:3])
year, month, *rest = tt
print(year, month, rest)

dt = datetime.datetime(2023, 12, 31, 23, 59, 58, 123456)
print(dt.timetuple())
print(dt.utctimetuple())
print(dt.timetuple() == dt.utctimetuple(), dt.timetuple()[:6] == dt.utctimetuple()[:6])
for day in (datetime.date(2020, 2, 29), datetime.date(2021, 1, 1), datetime.date(1, 1, 1), datetime.date(9999, 12, 31)):
    t = day.timetuple()
    print(day, t.tm_yday, t.tm_wday, day.toordinal(), datetime.date.fromordinal(day.toordinal()) == day)
print(datetime.datetime.fromordinal(738000), datetime.date.fromordinal(1))

# time.strftime with an explicit tuple, time.gmtime
print(time.strftime("%Y-%m-%d %H:%M:%S", dt.timetuple()))
print(time.strftime("%a, %d %b %Y (day %j)", (2024, 7, 4, 12, 30, 0, 3, 186, -1)))
print(time.gmtime(0))
print(time.gmtime(1_700_000_000.75))
print(time.gmtime(-86400 * 365))
g = time.gmtime(951782400)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_yday, time.strftime("%A %B %d", g))

# Grouping log entries by ISO week with timetuple fields
entries = [datetime.datetime(2024, 1, d, h) for d, h in [(1, 9), (3, 14), (8, 8), (9, 17), (15, 11)]]
by_week = {}
for e in entries:
    t = e.timetuple()
    by_week.setdefault(e.isocalendar()[1], []).append((t.tm_yday, t.tm_hour))
print(by_week)

for bad in ([2024] * 9, (2024, 1)):
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, -1))
except ValueError as e:
    print("ValueError:", e)
