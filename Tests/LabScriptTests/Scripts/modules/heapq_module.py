import heapq, random
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [5, 1, 9, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, [(1, "a"), (3, "b"), (3, "c")], key=lambda t: t[0]))
graph = {"A": {"B": 1, "C": 4}, "B": {"C": 2, "D": 5}, "C": {"D": 1}, "D": {}}
dist = {"A": 0}; pq = [(0, "A")]
while pq:
    d, node = heapq.heappop(pq)
    if d > dist.get(node, float("inf")): continue
    for nb, w in graph[node].items():
        if d + w < dist.get(nb, float("inf")):
            dist[nb] = d + w
            heapq.heappush(pq, (d + w, nb))
print(dist)
random.seed(3); r = [random.randint(0, 50) for _ in range(20)]; heapq.heapify(r); print(r)
try: heapq.heappop([])
except IndexError as e: print(e)
