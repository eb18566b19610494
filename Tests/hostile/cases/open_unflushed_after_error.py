# shell: $LABRUN --quiet case.py 2>/dev/null; cat out.txt
f = open('out.txt', 'w')
f.write('kept')
1 / 0
