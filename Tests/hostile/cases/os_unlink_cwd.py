import os
open('keep.txt', 'w').close()
try:
    os.unlink(os.getcwd())
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.path.exists('keep.txt'))
