# shell: $LABRUN --quiet case.py --only ','
# status: 2
print('x')
