print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(4)), bytes(b"xy"), bytes("héllo", "utf-8"), bytes("é", "latin-1"))
for bad in [[256], [-1]]:
    try:
        bytes(bad)
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: bytes("text"), lambda: bytes(1.5), lambda: bytes(-1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
