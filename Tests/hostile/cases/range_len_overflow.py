# error: OverflowError: Python int too large to convert to C ssize_t
len(range(-2**63, 2**63 - 1))
