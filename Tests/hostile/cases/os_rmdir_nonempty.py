import os
os.makedirs('a/b')
try:
    os.rmdir('a')
except OSError as e:
    print(type(e).__name__, e)
os.rmdir('a/b')
os.rmdir('a')
print(os.path.exists('a'))
