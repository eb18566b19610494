# error: MemoryError
'%10000000000d' % 1
