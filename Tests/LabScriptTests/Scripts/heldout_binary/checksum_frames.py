# Framing messages with length prefixes and a checksum, then corrupting one.
import struct

def frame(msg: bytes) -> bytes:
    body = struct.pack("!H", len(msg)) + msg
    return body + struct.pack("!B", sum(body) % 256)

def unframe(data):
    (n,) = struct.unpack_from("!H", data)
    msg = data[2:2 + n]
    (check,) = struct.unpack_from("!B", data, 2 + n)
    if sum(data[:2 + n]) % 256 != check:
        raise ValueError(f"bad checksum {check:#04x}")
    return msg, data[3 + n:]

stream = bytearray()
for text in ["hi", "hello world", "", "é ü"]:
    stream += frame(text.encode())
print(stream.hex(), len(stream))
rest = bytes(stream)
while rest:
    msg, rest = unframe(rest)
    print(msg, msg.decode(), len(rest))
bad = bytearray(stream)
bad[3] ^= 0x20
try:
    unframe(bad)
except ValueError as e:
    print("ValueError:", e)
print(list(struct.iter_unpack("!H", bytes(stream[:8]))), struct.calcsize("!HB"), struct.pack("!h", -2).hex())
try:
    struct.pack("!H", 70000)
except struct.error as e:
    print("struct.error:", e)
