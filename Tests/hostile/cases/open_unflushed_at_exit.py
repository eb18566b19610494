# shell: $LABRUN --quiet case.py && cat out.txt
f = open('out.txt', 'w')
f.write('kept')
