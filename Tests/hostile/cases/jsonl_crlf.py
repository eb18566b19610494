# shell: printf '{"a": 1}\r\n{"a": 2}\r\n' > data.jsonl; $LABRUN --quiet case.py
from datasets import load_dataset
print(load_dataset("json", data_files="data.jsonl")["train"]["a"])
