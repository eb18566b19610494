"""Prints a lab's key figures as labrun printed them beside what Python printed.

Usage: python compare.py LAB LABRUN_OUTPUT EXECUTED_NOTEBOOK

LABRUN_OUTPUT is `labrun --quiet` stdout; EXECUTED_NOTEBOOK is papermill's output notebook, whose
stream outputs and displayed values are read in cell order, as labrun prints them.
"""
import json
import re
import sys

# The lines worth comparing in each lab: model sizes, the datasets' shapes, generations, scores.
KEY_LINES = {
    "lab1": [r"^MODEL GENERATION", r"^\[?\s*\d+(,\s*\d+)*\]?$"],
    "lab2": [r"^trainable model parameters", r"^percentage of trainable", r"^Training: ", r"^\{'rouge1'",
             r"^rouge1: ", r"^rougeL: "],
    "lab3": [r"^PPO model parameters", r"^trainable model parameters", r"^reward \(", r"^\[\{'label'",
             r"^Toxicity score", r"^toxicity \[mean, std\]", r"^mean: ", r"^std: ", r"^difference / standard error",
             r"^ROUGE-L before", r"^largest KL"],
}


def notebook_text(path):
    """Every stream output and displayed text/plain value, in order."""
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    parts = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                parts.append("".join(output["text"]))
            elif output.get("output_type") == "execute_result":
                parts.append("".join(output["data"].get("text/plain", "")) + "\n")
    return "".join(parts)


def key_lines(text, patterns):
    """The lines of `text` (and the one after each "…:" heading) matching any pattern."""
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        if any(re.search(p, line) for p in patterns):
            found.append(line if not line.endswith(":") or index + 1 >= len(lines) else line + " " + lines[index + 1])
    return found


def main():
    lab, labrun_path, notebook_path = sys.argv[1:4]
    with open(labrun_path, encoding="utf-8") as f:
        ours = f.read()
    theirs = notebook_text(notebook_path)
    with open(notebook_path + ".txt", "w", encoding="utf-8") as f:
        f.write(theirs)
    a, b = key_lines(ours, KEY_LINES[lab]), key_lines(theirs, KEY_LINES[lab])
    same_lines = sum(1 for x, y in zip(ours.splitlines(), theirs.splitlines()) if x == y)
    print(f"== {lab}: {same_lines} of {len(ours.splitlines())} labrun lines equal Python's line for line "
          f"({len(theirs.splitlines())} Python lines)")
    for index in range(max(len(a), len(b))):
        x = a[index] if index < len(a) else "(missing)"
        y = b[index] if index < len(b) else "(missing)"
        mark = "same" if x == y else "DIFF"
        print(f"  [{mark}] labrun: {x}")
        if x != y:
            print(f"         python: {y}")


if __name__ == "__main__":
    main()
