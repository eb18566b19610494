# A bytes subclass: a packet whose first byte is its kind.
class Packet(bytes):
    def __new__(cls, payload, kind=1):
        return super().__new__(cls, bytes([kind]) + payload)

    @property
    def kind(self):
        return self[0]

    def __repr__(self):
        return f"Packet({bytes.__repr__(self)})"


p = Packet(b"hi", 2)
print(p, repr(p), str(p), p.kind, len(p), p[1:], type(p[1:]).__name__, p + b"!", p.hex(), p.decode("latin-1"), list(p))
print(p == b"\x02hi", {p: 1}[b"\x02hi"], b"hi" in p, p.startswith(b"\x02"), bytes(p), type(bytes(p)).__name__, p.upper(), int.from_bytes(p, "big"))
print(f"{p!s}", "%s" % (p,), sorted([Packet(b"b"), Packet(b"a")]), p * 2)
