# Format specifications on complex numbers, as CPython's format_complex_internal applies them.
values = [1 + 2j, -1.5 - 0.25j, 3j, -3j, 0j, complex(-0.0, 1), 1234567.891 + 0.000123j, 1e20 - 1e-20j,
          complex(float("inf"), float("nan")), 2 + 0j]
specs = ["", ".2f", "+.3e", " .1f", "g", ".3g", "G", "E", "n", ">30", "<30.2f", "^30", "*^30.1f", "+", " ", "-",
         ".4", "10.3", ",.2f", "_.1f", "#.0f", "#g", "z.1f", ".0e", "F", "+>25"]
for z in values:
    print(repr(z))
    for spec in specs:
        print(f"  {spec!r:10}", repr(format(z, spec)))
print(f"{1 + 2j:.1f}", f"{3j:>8}", "{:+.2e}".format(-1j), "{0:^20.3f}".format(1 / 3 + 2j / 3))
for spec in ["010", "=10", "08.2f", "d", "%", "x", "s", ".2,f"]:
    try:
        format(1 + 1j, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
