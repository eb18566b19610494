# shell: echo old > target.txt; ln -s target.txt link.txt; $LABRUN --quiet case.py; test -L link.txt && cat target.txt
with open("link.txt", "w") as f:
    f.write("new\n")
