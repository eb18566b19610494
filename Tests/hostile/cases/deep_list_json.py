# error: RecursionError: maximum recursion depth exceeded while encoding a JSON object
import json
a = []
for i in range(100000):
    a = [a]
json.dumps(a)
