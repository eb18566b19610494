# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (str.replace with an empty pattern) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
text = 'a' * 10 ** 8
open("ready", "w").close()
try:
    text.replace('', '-')
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
