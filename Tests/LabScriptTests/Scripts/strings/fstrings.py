name = "Ada"
n = 1234567.891
p = 0.4567
x = 3.14159
width = 12
items = ["a", "b"]
d = {"k": 1}
print(f"Hello, {name}!")
print(f"{n:,}", f"{n:,.2f}", f"{n:_.1f}", f"{12345:,}")
print(f"{p:.1%}", f"{p:%}", f"{x:.2f}", f"{x:e}", f"{x:08.3f}", f"{x:g}", f"{1e-7:g}", f"{123456789.0:g}")
print(f"{name:>10}|", f"{name:<10}|", f"{name:^10}|", f"{name:*^9}")
print(f"{x:{width}.2f}|", f"{x:>{width}}|")
print(f"{name!r}", f"{name!s}", f"{items!r}", f"{d['k']}", f"{items[0]}{items[-1]}")
print(f"{1 + 2 = }", f"{name = }")
print(f"{'yes' if p > 0.5 else 'no'}", f"{len(items)} items", f"{[i * 2 for i in range(3)]}")
print(f"{{literal}}", f"{{{name}}}")
print(f"{42:b}", f"{42:o}", f"{42:x}", f"{42:X}", f"{42:#x}", f"{42:08b}", f"{-42:+d}")
print(f"{0.1 + 0.2}", f"{1/3:.4}", f"{2.0:.3}", f"{1234.5:.3}", f"{100.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{1e20:.2e}", f"{1e20}", f"{1.0:g}", f"{0.0001:g}", f"{0.00001:g}", f"{1e16:g}", f"{123.456:.2g}")
print(f"{3:5d}|", f"{3:<5d}|", f"{-3:05d}", f"{3.5:10.1f}|", f"{True}", f"{None}")
print(f"{'a' 'b'}", F"{name}", rf"\d{name}")
print(f"{x:.{3}f}", f"{x!r:>12}", f"{12.0:,.2f}", f"{-0.0}", f"{float('inf'):.2f}", f"{float('nan')}")
print(f"{1234567:,d}", f"{1234.5678:,.2f}", f"{0:.2%}", f"{1:.2%}")
print(f"{'x':>3}{'y':<3}|")
for i, v in enumerate([0.5, 12.25, 100.0]):
    print(f"row {i:2d}: {v:8.3f} {v:>8.1%}")
