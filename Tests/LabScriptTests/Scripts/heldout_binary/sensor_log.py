# Sensor readings: packed as binary records, summarised to CSV, read back with DictReader.
import csv
import io
import struct
from fractions import Fraction

RECORD = struct.Struct("<IhHf")
readings = [(1000 + i, (-1) ** i * i * 37, i * 13 % 4096, 20.5 + i / 4) for i in range(8)]
blob = bytearray()
for r in readings:
    blob += RECORD.pack(*r)
print(len(blob), RECORD.size, blob[:RECORD.size].hex(" "))
decoded = [RECORD.unpack_from(blob, k * RECORD.size) for k in range(len(blob) // RECORD.size)]
print(decoded[3], all(d[:3] == r[:3] for d, r in zip(decoded, readings)))
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["stamp", "delta", "level", "temp"], lineterminator="\n")
writer.writeheader()
for stamp, delta, level, temp in decoded:
    writer.writerow({"stamp": stamp, "delta": delta, "level": level, "temp": round(temp, 2)})
print(out.getvalue())
rows = list(csv.DictReader(io.StringIO(out.getvalue())))
mean = sum(Fraction(r["temp"]) for r in rows) / len(rows)
print(mean, float(mean), max(rows, key=lambda r: int(r["delta"]))["stamp"])
print(b"%-6s|%5d|%#06x" % (b"peak", max(int(r["level"]) for r in rows), 3000))
