# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (json.loads of a long document) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
import json
text = '[' + '[1, 2.5, "x", {"k": null}],' * 3 * 10 ** 6 + '0]'
open("ready", "w").close()
try:
    json.loads(text)
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
