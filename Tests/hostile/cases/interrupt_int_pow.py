# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (big-int power) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
open("ready", "w").close()
try:
    10 ** 10 ** 8
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
