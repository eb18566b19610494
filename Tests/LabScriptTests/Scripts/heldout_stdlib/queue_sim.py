import random
import heapq
import statistics
from dataclasses import dataclass, field
from collections import deque

random.seed(42)

@dataclass(order=True)
class Event:
    time: float
    kind: str = field(compare=False)
    customer: int = field(compare=False)

def simulate(arrival_rate, service_rate, servers, horizon):
    events = []
    t = 0.0
    cid = 0
    while t < horizon:
        t += random.expovariate(arrival_rate)
        heapq.heappush(events, Event(t, "arrive", cid))
        cid += 1
    free = servers
    queue = deque()
    arrived = {}
    waits = []
    busy_time = 0.0
    served = 0
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            if free:
                free -= 1
                waits.append(0.0)
                d = random.expovariate(service_rate)
                busy_time += d
                heapq.heappush(events, Event(ev.time + d, "depart", ev.customer))
            else:
                queue.append(ev.customer)
        else:
            served += 1
            if queue:
                nxt = queue.popleft()
                waits.append(ev.time - arrived[nxt])
                d = random.expovariate(service_rate)
                busy_time += d
                heapq.heappush(events, Event(ev.time + d, "depart", nxt))
            else:
                free += 1
    return waits, served, busy_time

print(f"{'servers':>7} {'served':>6} {'mean wait':>10} {'p90 wait':>9} {'max wait':>9} {'util':>6}")
for servers in (1, 2, 3):
    waits, served, busy = simulate(arrival_rate=1.8, service_rate=1.0, servers=servers, horizon=200)
    p90 = statistics.quantiles(waits, n=10)[-1]
    util = busy / (servers * 200)
    print(f"{servers:>7} {served:>6} {statistics.fmean(waits):>10.3f} {p90:>9.3f} {max(waits):>9.3f} {util:>6.1%}")

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:>2} {'#' * (n // 25)} {n}")
print("mode", statistics.mode(rolls), "mean", round(statistics.mean(rolls), 4))
walk = [0]
for _ in range(1000):
    walk.append(walk[-1] + random.choice((-1, 1)))
print("walk end", walk[-1], "max", max(walk), "min", min(walk), "returns to zero", walk.count(0))
sample = random.sample(range(100), 10)
random.shuffle(sample)
print(sorted(sample), random.choices("abc", weights=[5, 1, 1], k=12))
print(round(random.gauss(10, 2), 6), round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 5), 6))
