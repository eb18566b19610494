import struct
import os
import tempfile
import shutil

MAGIC = b"SNSR"
HEADER = struct.Struct("<4sHI")          # magic, version, count
RECORD = struct.Struct("<IhfB3x")        # ts, temp*10, humidity, flags, padding


def crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def encode(readings, version=2):
    out = bytearray(HEADER.pack(MAGIC, version, len(readings)))
    for ts, temp, hum, flags in readings:
        out += RECORD.pack(ts, round(temp * 10), hum, flags)
    out.append(crc8(out))
    return bytes(out)


def decode(blob):
    if crc8(blob[:-1]) != blob[-1]:
        raise ValueError(f"bad checksum {blob[-1]:#04x}")
    magic, version, count = HEADER.unpack_from(blob, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    recs = []
    for i in range(count):
        ts, t10, hum, flags = RECORD.unpack_from(blob, HEADER.size + i * RECORD.size)
        recs.append((ts, t10 / 10, round(hum, 3), flags))
    return version, recs


readings = [(1700000000, 21.4, 40.5, 0b001), (1700000060, -3.25, 88.125, 0b101), (1700000120, 0.0, 0.1, 0)]
blob = encode(readings)
print(HEADER.size, RECORD.size, len(blob), struct.calcsize(">IhfB"), struct.calcsize("IhfB"))
print(blob[:10], blob[:10].hex(), blob[-1])
print(blob[10:26].hex(" ", 4))
version, recs = decode(blob)
print(version, recs)
for ts, t, h, f in recs:
    print(f"{ts:>12} {t:+6.1f}C {h:7.3f}% flags={f:03b} alarm={'yes' if f & 4 else 'no'}")

corrupt = bytearray(blob)
corrupt[12] ^= 0xFF
try:
    decode(bytes(corrupt))
except ValueError as e:
    print(type(e).__name__, e)

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!"
ba.extend(b"\x00\xff")
print(ba, len(ba), ba.find(b"W"), bytes(ba).rstrip(b"\x00\xff"), ba.count(b"L"))
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), (1027).to_bytes(4, "big"))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(bytes.fromhex("de ad be ef"), b"abc".upper(), b"a,b,,c".split(b","), list(b"AZ"), bytes([72, 105]))
print(b"x" * 3 + bytes(2), b"caf\xc3\xa9".decode(), "naïve".encode("utf-8"), "naïve".encode("ascii", "replace"))
print(memoryview(blob)[4:6].tobytes(), struct.unpack(">H", b"\x01\x00"), struct.pack("?x?", True, False))
print(struct.unpack("<3b", b"\x01\xff\x80"), struct.pack("<d", 1.5).hex(), struct.unpack("<f", struct.pack("<f", 0.1))[0])
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print(type(e).__name__, e)

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as fh:
        fh.write(blob)
    with open(path, "rb") as fh:
        head = fh.read(HEADER.size)
        fh.seek(-1, os.SEEK_END)
        last = fh.read()
        size = fh.tell()
    print(HEADER.unpack(head), last == blob[-1:], size, os.path.getsize(path))
    with open(path, "ab") as fh:
        fh.write(b"junk")
    with open(path, "rb") as fh:
        data = fh.read()
    print(len(data), data.endswith(b"junk"))
    decode(data)
finally:
    shutil.rmtree(tmp)
    print("cleaned", os.path.exists(tmp))
