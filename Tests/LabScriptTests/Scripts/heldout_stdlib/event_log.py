from datetime import datetime, timedelta, timezone, date
from collections import Counter, defaultdict
import re

LOG = """2024-03-09T23:55:10+00:00 login user=ana
2024-03-10T00:02:41+00:00 upload user=ana size=1200
2024-03-10T05:15:00+05:30 login user=raj
2024-03-10T05:40:12+05:30 upload user=raj size=800
2024-03-09T19:01:00-05:00 login user=bob
2024-03-09T19:30:30-05:00 logout user=bob
2024-03-10T01:00:00+00:00 logout user=ana
2024-03-10T06:00:00+05:30 logout user=raj
2024-03-10T02:00:00Z error code=500
"""

pattern = re.compile(r"(?P<ts>\S+) (?P<event>\w+)(?P<rest>.*)")
events = []
for line in LOG.strip().splitlines():
    m = pattern.match(line)
    ts = datetime.fromisoformat(m["ts"])
    fields = dict(kv.split("=") for kv in m["rest"].split())
    events.append((ts, m["event"], fields))

events.sort(key=lambda e: e[0])
utc = timezone.utc
for ts, event, fields in events:
    print(f"{ts.astimezone(utc):%Y-%m-%d %H:%M:%S %Z}  {event:<7} {fields}  (local {ts:%H:%M %z})")

sessions = {}
durations = defaultdict(timedelta)
for ts, event, fields in events:
    user = fields.get("user")
    if event == "login":
        sessions[user] = ts
    elif event == "logout":
        durations[user] += ts - sessions.pop(user)
for user, d in sorted(durations.items()):
    print(user, d, round(d.total_seconds() / 60, 1), "min")

first, last = events[0][0], events[-1][0]
print("window", last - first, first.tzinfo, last.tzinfo)
print(Counter(e for _, e, _ in events))
by_hour = Counter(ts.astimezone(utc).hour for ts, _, _ in events)
print(sorted(by_hour.items()))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print([ts.astimezone(ist).strftime("%d %H:%M %Z") for ts, e, _ in events if e == "upload"])
stamps = [ts.timestamp() for ts, _, _ in events]
print(stamps[:3], max(stamps) - min(stamps))
print(datetime.fromtimestamp(stamps[0], utc).isoformat(), datetime.fromtimestamp(stamps[-1], ist))
naive = datetime(2024, 3, 10, 1, 0)
try:
    print(naive < events[0][0])
except TypeError as e:
    print("TypeError:", e)
print(naive == events[0][0], naive.replace(tzinfo=utc) in [ts for ts, _, _ in events])
deadline = datetime(2024, 3, 10, 12, tzinfo=utc)
remaining = deadline - last
print(f"{remaining} left; {remaining // timedelta(minutes=15)} quarter hours")
print(date(2024, 3, 10).isocalendar(), (deadline + timedelta(days=21)).date().strftime("%a %d %b"))
