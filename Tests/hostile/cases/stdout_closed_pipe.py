# shell: $LABRUN --quiet case.py -o t.md | head -1; test -s t.md && echo transcript
for i in range(200000):
    print(i)
