# error: NotADirectoryError: [Errno 20] Not a directory: 'f/x'
open("f", "w").close()
import os
os.makedirs("f/x/y")
