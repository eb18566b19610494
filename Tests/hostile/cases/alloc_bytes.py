# error: MemoryError
bytes(10**13)
