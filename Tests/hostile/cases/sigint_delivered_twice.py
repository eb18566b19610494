# shell: $LABRUN --quiet case.py & pid=$!; sleep 1; kill -INT $pid; sleep 0.05; kill -INT $pid; wait $pid; echo "status $?"
import time
try:
    for i in range(1000):
        time.sleep(0.01)
except KeyboardInterrupt:
    print("caught")
for i in range(50):
    time.sleep(0.01)
print("after")
