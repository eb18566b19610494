# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (str() of a huge int, the digit limit switched off) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
import sys
sys.set_int_max_str_digits(0)
x = (1 << 40_000_000) - 1
open("ready", "w").close()
try:
    str(x)
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
