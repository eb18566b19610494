"""Loads model folders written by labrun's save_pretrained with Python transformers and peft, and
compares their logits with the ones labrun recorded.

Needs Python with torch, transformers and peft from PyPI (tested with torch 2.15, transformers
4.46.3, peft 0.13.2); nothing in the build or the tests runs it. First write the folders with
labrun, then check them (see docs/EXPORT.md):

    labrun scripts/export/export_from_labrun.cells -p out='"/tmp/labrun-export"'
    python scripts/export/check_python_load.py /tmp/labrun-export

DIR holds t5/ (a T5 seq2seq model and its tokenizer), adapter/ (a LoRA adapter for it), roberta/
(a RoBERTa sequence classifier and its tokenizer) and labrun_logits.json. Prints, for each, the
largest |logit difference| and exits with status 1 if one exceeds --tolerance.
"""
import argparse
import json
import pathlib
import sys

import torch
from peft import PeftModel
from transformers import AutoModelForSeq2SeqLM, AutoModelForSequenceClassification, AutoTokenizer


def largest_difference(logits, recorded):
    return (logits - torch.tensor(recorded, dtype=logits.dtype)).abs().max().item()


def seq2seq_logits(model, record):
    model.eval()
    with torch.no_grad():
        return model(input_ids=torch.tensor(record["input_ids"]),
                     decoder_input_ids=torch.tensor(record["decoder_input_ids"])).logits[0]


def check_tokenizers(folder, record):
    """The saved tokenizers give the ids labrun ran the models on."""
    t5_ids = AutoTokenizer.from_pretrained(folder / "t5")(record["text"]).input_ids
    roberta_ids = AutoTokenizer.from_pretrained(folder / "roberta")(record["text"]).input_ids
    return t5_ids == record["input_ids"][0] and roberta_ids == record["roberta_input_ids"][0]


def check(folder):
    record = json.loads((folder / "labrun_logits.json").read_text())
    t5 = AutoModelForSeq2SeqLM.from_pretrained(folder / "t5")
    results = {"t5": largest_difference(seq2seq_logits(t5, record), record["t5"])}
    adapted = PeftModel.from_pretrained(AutoModelForSeq2SeqLM.from_pretrained(folder / "t5"), folder / "adapter")
    results["adapter"] = largest_difference(seq2seq_logits(adapted, record), record["adapter"])
    classifier = AutoModelForSequenceClassification.from_pretrained(folder / "roberta").eval()
    with torch.no_grad():
        logits = classifier(input_ids=torch.tensor(record["roberta_input_ids"])).logits[0]
    results["roberta"] = largest_difference(logits, record["roberta"])
    return results, check_tokenizers(folder, record)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=pathlib.Path, help="the folder export_from_labrun.cells wrote")
    parser.add_argument("--tolerance", type=float, default=1e-4, help="largest |logit difference| allowed")
    args = parser.parse_args()
    results, tokenizers_agree = check(args.folder)
    for name, difference in results.items():
        print(f"{name}: max |python - labrun| = {difference:.3g}")
    print(f"tokenizers give labrun's ids: {tokenizers_agree}")
    ok = tokenizers_agree and all(d <= args.tolerance for d in results.values())
    print("OK" if ok else f"FAILED (tolerance {args.tolerance:g})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
