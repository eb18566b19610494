# error: MemoryError
'a'.ljust(10**10)
