# error: IsADirectoryError: [Errno 21] Is a directory: '.'
open('.', 'w')
