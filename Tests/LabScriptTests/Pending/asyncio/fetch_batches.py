# Concurrent batches with asyncio: labrun has no async/await, so this must stop with an error
# after the lines CPython prints first.
import random

random.seed(3)
jobs = [(f"job{i}", random.randint(1, 5)) for i in range(6)]
print(jobs)
print(sum(cost for _, cost in jobs), max(jobs, key=lambda j: j[1]))

import asyncio


async def run(name, cost):
    await asyncio.sleep(0)
    return name, cost * 2


async def main():
    results = await asyncio.gather(*(run(n, c) for n, c in jobs))
    print(results)


asyncio.run(main())
