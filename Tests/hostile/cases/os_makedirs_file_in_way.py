import os
open('f', 'w').close()
try:
    os.makedirs('f', exist_ok=True)
except FileExistsError as e:
    print(e)
try:
    os.makedirs('f/x')
except NotADirectoryError as e:
    print(e)
