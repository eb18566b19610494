# error: MemoryError
f'{1:{10**10}}'
