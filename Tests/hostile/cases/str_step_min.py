print("abc"[::-2**63])
