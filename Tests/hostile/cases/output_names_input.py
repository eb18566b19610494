# shell: cp $CASE lab.cells; $LABRUN --quiet lab.cells -o lab.cells; s=$?; cmp -s lab.cells $CASE && echo intact; exit $s
# status: 2
print('hi')
