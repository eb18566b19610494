# Building and parsing a small binary packet format with bytearray.
def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return total


def build(kind, payload):
    buf = bytearray()
    buf.append(0x7E)
    buf.append(kind)
    buf.extend(len(payload).to_bytes(2, "big"))
    buf += payload
    buf.append(checksum(buf))
    return buf


def parse(buf):
    if buf[0] != 0x7E:
        raise ValueError("bad start byte %#x" % buf[0])
    kind = buf[1]
    length = int.from_bytes(buf[2:4], "big")
    payload = bytes(buf[4:4 + length])
    if checksum(buf[:-1]) != buf[-1]:
        raise ValueError("checksum mismatch")
    return kind, payload


packets = [build(1, b"hello"), build(2, "héllo".encode()), build(3, bytes(range(4)))]
for p in packets:
    print(p, p.hex(), len(p), type(p).__name__)
    print(parse(p))
bad = bytearray(packets[0])
bad[5] ^= 0xFF
try:
    parse(bad)
except ValueError as e:
    print("error:", e)
bad[0] = 0x00
try:
    parse(bad)
except ValueError as e:
    print("error:", e)
msg = bytearray(b"the quick brown fox")
msg[4:9] = b"slow"
print(msg, msg.upper(), msg.split(), msg.find(b"fox"), msg.count(b"o"))
msg.reverse()
print(msg, msg.pop(), msg.pop(0), msg)
msg.insert(0, 65)
msg.remove(ord("w"))
print(msg.decode(), msg.startswith(b"A"), bytes(msg[:3]))
print(b"%s has %d bytes (%x)" % (b"frame", 12, 255), bytearray(b"%05.2f") % 3.14159)
print(bytearray(3), bytearray([1, 2]) + b"\x03", bytearray(b"ab") * 2, bytearray(b"abc") == b"abc")
print(bytearray.fromhex("de ad be ef"), list(bytearray(b"AZ")), bytearray(b" pad ").strip())
try:
    bytearray([300])
except ValueError as e:
    print("ValueError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
