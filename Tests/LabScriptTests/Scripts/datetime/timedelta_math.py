from datetime import timedelta
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td * 2, 2 * td, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(minutes=7), td % timedelta(hours=5))
print(-td, abs(-td), +td, td * 0.1, td / 3.7, timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(seconds=1) * 1.5)
print(timedelta(weeks=2, milliseconds=1.5), timedelta(hours=1.25), timedelta(days=-1.5), timedelta(0) == timedelta(), bool(timedelta(0)))
print(sorted([timedelta(hours=5), timedelta(days=-1), timedelta(minutes=3)]), max(timedelta(1), timedelta(seconds=90000)))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()), timedelta(days=999999999), timedelta.min, timedelta.max)
print({timedelta(hours=24): "day"}[timedelta(days=1)], timedelta(hours=25).days, timedelta(hours=25).seconds, timedelta(milliseconds=-1).microseconds)
for bad in [lambda: timedelta(days=10 ** 9), lambda: timedelta(seconds=1) / 0, lambda: timedelta(days="1")]:
    try:
        bad()
    except (OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
