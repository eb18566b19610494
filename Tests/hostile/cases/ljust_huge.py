# error: MemoryError
'x'.ljust(2**63 - 1)
