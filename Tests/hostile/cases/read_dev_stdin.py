# shell: echo piped | $LABRUN --quiet case.py
print(open('/dev/stdin').read(), end='')
