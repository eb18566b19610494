# shell: mkdir -p gpt2 && echo '{"model_type": "gpt2", "n_layer": 2}' > gpt2/config.json && $LABRUN --quiet case.py
# status: 1
# error: OSError
from transformers import AutoModelForSeq2SeqLM
AutoModelForSeq2SeqLM.from_pretrained("gpt2")
