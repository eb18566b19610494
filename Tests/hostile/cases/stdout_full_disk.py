# shell: $LABRUN --quiet case.py > /dev/full 2>err.txt; echo "status $?"; tail -1 err.txt
for i in range(100000):
    print(i)
