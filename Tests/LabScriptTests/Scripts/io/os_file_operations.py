import os

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e)

attempt("mkdir", lambda: os.mkdir("scratch_dir"))
with open("scratch_dir/keep.txt", "w") as f:
    f.write("kept")
attempt("remove dir", lambda: os.remove("scratch_dir"))
attempt("unlink dir", lambda: os.unlink("scratch_dir"))
attempt("rmdir non-empty", lambda: os.rmdir("scratch_dir"))
attempt("mkdir existing", lambda: os.mkdir("scratch_dir"))
attempt("makedirs existing", lambda: os.makedirs("scratch_dir"))
attempt("makedirs exist_ok", lambda: os.makedirs("scratch_dir", exist_ok=True))
attempt("makedirs over file", lambda: os.makedirs("scratch_dir/keep.txt", exist_ok=True))
attempt("makedirs under file", lambda: os.makedirs("scratch_dir/keep.txt/sub"))
attempt("listdir file", lambda: os.listdir("scratch_dir/keep.txt"))
attempt("open dir", lambda: open("scratch_dir"))
attempt("open dir for writing", lambda: open("scratch_dir", "w"))
attempt("open x existing", lambda: open("scratch_dir/keep.txt", "x"))
attempt("open in missing dir", lambda: open("no_such_dir/f.txt", "w"))
print(os.listdir("scratch_dir"), open("scratch_dir/keep.txt").read())
attempt("makedirs nested", lambda: os.makedirs("scratch_dir/a/b/c"))
attempt("rmdir nested", lambda: os.rmdir("scratch_dir/a/b/c"))
print(sorted(os.listdir("scratch_dir")))
with open("scratch_dir/keep.txt", "r+") as f:
    print(repr(f.read(2)))
attempt("remove file", lambda: os.remove("scratch_dir/keep.txt"))
attempt("remove missing", lambda: os.remove("scratch_dir/keep.txt"))
attempt("unlink missing", lambda: os.unlink(""))
attempt("rmdir b", lambda: os.rmdir("scratch_dir/a/b"))
attempt("rmdir a", lambda: os.rmdir("scratch_dir/a"))
attempt("rmdir", lambda: os.rmdir("scratch_dir"))
print(os.path.exists("scratch_dir"))
