# shell: printf 'abc\377def' > bad.txt; $LABRUN --quiet case.py
# status: 1
# error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte
print(open('bad.txt').read())
