from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = Path("data//raw/./train.tar.gz")
print(p, repr(p), type(p).__name__, p.name, p.stem, p.suffix, p.suffixes, p.parts)
print(p.parent, repr(p.parent.parent), p.parent.parent.parent, Path(".").parent, Path("/").parent, Path("/a").parent)
print(list(p.parents), p.parents[0], len(p.parents))
print(p.with_suffix(".zip"), p.with_suffix(""), p.with_name("x.csv"), p.with_stem("valid"))
print(Path("a") / "b" / "c.txt", "root" / Path("x"), Path("a") / Path("/abs") / "z", Path("a", "b", Path("c")))
print(Path("/usr/lib").parts, Path("/usr/lib").is_absolute(), Path("rel").is_absolute(), Path().name == "", Path())
print(Path(".bashrc").suffix, Path(".bashrc").stem, Path("a.").suffix, Path("a..b").suffixes, Path("x.tar.").suffixes)
print(Path("a/b/c").relative_to("a"), Path("a/b/c").relative_to(Path("a/b")), Path("/x/y").relative_to("/"))
print(Path("a/b").is_relative_to("a"), Path("a/b").is_relative_to("b"), Path("a/b").joinpath("c", "d"), Path("a").as_posix())
print(Path("a") == Path("a/"), Path("a") == Path("b"), Path("a") < Path("b"), sorted([Path("b/a"), Path("a/z"), Path("a")]))
print({Path("x"): 1}[Path("./x")], str(Path("/")), PurePosixPath("q/r"), PurePath("q"), isinstance(p, PurePath), isinstance(p, PosixPath))
print(f"{p}", "%s" % p, [Path("z")], Path("a") != "a", Path("a") == "a")
for bad in [lambda: p.with_suffix("zip"), lambda: Path("a/b").relative_to("c"), lambda: Path("/").with_name("x"), lambda: Path(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
q = Path("a/b/c")
print(q.parents, len(q.parents), q.parents[-1], q.parents[0:2], list(Path("/x/y").parents))
try:
    q.parents[5]
except IndexError as e:
    print("IndexError", e)
