# shell: printf 'a,b\n1,\377\n' > bad.csv; $LABRUN --quiet case.py
# status: 1
# error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 6: invalid start byte
from datasets import load_dataset
load_dataset("csv", data_files="bad.csv")
