import os
os.mkdir('d')
open('d/keep.txt', 'w').close()
try:
    os.remove('d')
except IsADirectoryError as e:
    print(type(e).__name__, e)
print(os.listdir('d'))
