# shell: $LABRUN --quiet case.py & pid=$!; while [ ! -e ready ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid; echo "status $?"
# Ctrl-C during long native work (a backtracking regular expression) raises KeyboardInterrupt and the lab goes on.
# timeout: 90
import re
open("ready", "w").close()
try:
    re.search('(x+x+)+y', 'x' * 3000)
except KeyboardInterrupt:
    print("caught")
print("after", 6 * 7)
