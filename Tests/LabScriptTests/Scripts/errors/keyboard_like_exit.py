import sys
print("before exit")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit caught", e.code if hasattr(e, "code") else e.args)
raise SystemExit("bye")
