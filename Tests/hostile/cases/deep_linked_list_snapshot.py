# shell: printf 'a = None\nfor i in range(100000): a = [a]\n\nprint(len(a))\n' | $LABRUN repl case.py
x = 1
