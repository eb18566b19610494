# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (int() of a huge decimal string, the digit limit switched off) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
import sys
sys.set_int_max_str_digits(0)
text = "7" * 60_000_000
open("ready", "w").close()
try:
    int(text)
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
