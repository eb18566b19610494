# error: OverflowError
'x'.ljust(2**63 - 1)
