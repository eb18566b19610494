# shell: printf 'a = None\nfor i in range(100000): a = [a]\n\n:save s.lrs\nprint("after")\n' | $LABRUN repl case.py
x = 1
