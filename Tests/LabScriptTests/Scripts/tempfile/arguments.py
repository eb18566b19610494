import tempfile
try:
    tempfile.TemporaryDirectory(prefix=3)
except TypeError as e:
    print("TypeError")
with tempfile.TemporaryDirectory() as d:
    pass
print(tempfile.TemporaryDirectory.__name__)
