# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (big-int floor division) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
x, y = (1 << 60_000_000) - 1, (1 << 30_000_001) - 3
open("ready", "w").close()
try:
    x // y
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
