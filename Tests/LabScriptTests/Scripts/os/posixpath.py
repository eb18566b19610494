# os.path's string operations, as CPython's posixpath does them.
import os
import os.path as op
from pathlib import Path, PurePosixPath

cases = ["", "/", "//", "///", "a", "a/", "a//b", "//x", "/a/b/", "a/b/../c", "./a/./b", "../..", "/..",
         "a/../..", "~/x", "/usr/lib/.bashrc", "file.tar.gz", ".hidden", "..dots", "a.b/c", "x/.y.z", "..."]
for p in cases:
    print(repr(p), op.split(p), op.basename(p), repr(op.dirname(p)), op.splitext(p), op.normpath(p), op.isabs(p))
print(op.join("a", "b", "/c", "d"), op.join("a/", "b"), op.join("", "x"), op.join("a", ""), op.join(Path("p"), "q"))
print(op.relpath("/a/b/c", "/a/x"), op.relpath("/a", "/a"), op.relpath("/a/b", "/"), op.relpath("/", "/a/b"))
print(op.commonpath(["/usr/lib", "/usr/local/lib", "/usr/lib64"]), op.commonpath(["a/b", "a/./b/c"]), repr(op.commonpath(["a", "b"])))
print(op.commonprefix(["/usr/lib", "/usr/local"]), op.commonprefix([[1, 2, 3], [1, 2, 4]]), repr(op.commonprefix([])))
for bad in [lambda: op.commonpath([]), lambda: op.commonpath(["/a", "b"]), lambda: op.relpath(""),
            lambda: op.join("a", 3), lambda: op.join(3), lambda: op.basename(None), lambda: os.fspath(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.environ["LABRUN_TEST_VAR"] = "value"
print(op.expandvars("$LABRUN_TEST_VAR/${LABRUN_TEST_VAR}x/$UNSET_VAR_Q/${UNSET_VAR_Q}/$/${}/$1a"))
print(op.expanduser("no/tilde"), op.splitdrive("/a/b"), op.normcase("A/B"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, repr(os.linesep), os.name, op.sep, op.altsep, op.devnull)
print(os.fspath("s"), os.fspath(PurePosixPath("a/b")), os.fspath(Path("/x/./y/")))


class Custom:
    def __fspath__(self):
        return "custom/path"


print(op.join(Custom(), "f"), op.basename(Custom()), os.fspath(Custom()))
