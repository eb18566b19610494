# error: UnicodeDecodeError: 'utf-8' codec can't decode
open('/dev/urandom').readline()
