# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (sorting a long list) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
data = [(i * 7919) % 1000003 for i in range(10 ** 6)] * 20
open("ready", "w").close()
try:
    sorted(data)
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
