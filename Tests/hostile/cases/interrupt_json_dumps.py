# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (json.dumps of a long list) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
import json
data = [[1, 2.5, 'x', {'k': None}]] * 10 ** 7
open("ready", "w").close()
try:
    json.dumps(data)
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
