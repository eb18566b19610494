# error: ValueError: Circular reference detected
import json
a = []
a.append(a)
json.dumps(a)
