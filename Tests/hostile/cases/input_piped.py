# shell: printf 'alice\nbob\n' | $LABRUN --quiet case.py
print(input())
print(input('> '))
