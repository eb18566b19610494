# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (any() over an endless native iterator) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
import itertools
open("ready", "w").close()
try:
    any(itertools.repeat(0))
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
