#!/usr/bin/env python3
"""Validate notebooks written by `labrun --output FILE.ipynb` against the nbformat schema.

    pip install nbformat
    labrun examples/hello.cells --output /tmp/hello.ipynb
    python3 scripts/validate_ipynb.py /tmp/hello.ipynb
"""
import sys

import nbformat

status = 0
for path in sys.argv[1:]:
    notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    try:
        nbformat.validate(notebook)
        print(f"{path}: valid nbformat {notebook.nbformat}.{notebook.nbformat_minor}")
    except nbformat.ValidationError as error:
        print(f"{path}: {error.message}")
        status = 1
sys.exit(status)
