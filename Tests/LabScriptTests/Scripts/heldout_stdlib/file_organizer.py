import os
import shutil
import tempfile
import json
from pathlib import Path
from collections import defaultdict

with tempfile.TemporaryDirectory() as root:
    inbox = Path(root) / "inbox"
    inbox.mkdir()
    files = {
        "report_2024.pdf.txt": "quarterly report",
        "photo1.jpg.txt": "pixels",
        "notes.md": "# notes\n- a\n- b\n",
        "data.csv": "x,y\n1,2\n",
        "data_backup.csv": "x,y\n1,2\n",
        "script.py": "print('hi')\n",
        ".hidden": "secret",
    }
    for name, body in files.items():
        (inbox / name).write_text(body)
    (inbox / "old").mkdir()
    (inbox / "old" / "archive.md").write_text("old stuff")
    print(sorted(p.name for p in inbox.iterdir()))

    rules = {".md": "docs", ".csv": "data", ".py": "code", ".txt": "misc"}
    moved = defaultdict(list)
    for path in sorted(inbox.iterdir()):
        if path.is_dir() or path.name.startswith("."):
            continue
        folder = Path(root) / rules.get(path.suffix, "other")
        folder.mkdir(exist_ok=True)
        target = shutil.move(str(path), str(folder))
        moved[folder.name].append(os.path.basename(target))
    print(json.dumps(moved, indent=2, sort_keys=True))

    backup = shutil.copytree(root + "/data", root + "/data_copy", ignore=shutil.ignore_patterns("*backup*"))
    print(os.path.basename(backup), sorted(os.listdir(backup)))
    shutil.copy2(Path(root) / "docs" / "notes.md", Path(root) / "data_copy")
    print(sorted(os.listdir(backup)))
    try:
        shutil.copytree(root + "/data", root + "/data_copy")
    except FileExistsError as e:
        print("exists:", os.path.basename(e.filename))
    shutil.copytree(root + "/data", root + "/data_copy", dirs_exist_ok=True)
    print(sorted(os.listdir(backup)))

    sizes = {}
    for dirpath in sorted(Path(root).iterdir()):
        if dirpath.is_dir():
            sizes[dirpath.name] = sum(len(p.read_text()) for p in dirpath.rglob("*") if p.is_file())
    print(sizes)
    shutil.rmtree(Path(root) / "inbox" / "old")
    print(sorted(p.name for p in (Path(root) / "inbox").iterdir()))
    link = Path(root) / "shortcut"
    os.symlink(Path(root) / "docs", link)
    try:
        shutil.rmtree(link)
    except OSError as e:
        print("refused:", e)
    print(sorted(os.listdir(Path(root) / "docs")))
    os.unlink(link)
    total, used, free = shutil.disk_usage(root)
    print(total > 0, used <= total, free <= total)
    manifest = Path(root) / "manifest.json"
    manifest.write_text(json.dumps({k: sorted(v) for k, v in moved.items()}))
    print(json.loads(manifest.read_text())["data"])
print("cleaned up:", not os.path.exists(root))
