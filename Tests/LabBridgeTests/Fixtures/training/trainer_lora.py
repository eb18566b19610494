# Trainer on the tiny T5 with a trainable LoRA adapter (q, v), dropout off on both, one batch per
# step: only the adapter learns. FIXTURES (this folder) is defined before this script runs.
import torch
from transformers import AutoModelForSeq2SeqLM, Trainer, TrainingArguments
from peft import PeftModel

base = AutoModelForSeq2SeqLM.from_pretrained(FIXTURES + "/tiny-t5-nodropout")
model = PeftModel.from_pretrained(base, FIXTURES + "/adapter-nodropout", is_trainable=True)
rows = [{"input_ids": [5 + i, 17, 33, 9, 1], "labels": [7 + i, 21, 4, 1]} for i in range(4)]
args = TrainingArguments(output_dir=FIXTURES + "/out", learning_rate=0.01, weight_decay=0.01, max_steps=3, per_device_train_batch_size=8,
                         logging_steps=1, save_strategy="no", report_to="none")
result = Trainer(model=model, args=args, train_dataset=rows).train()
print(result.global_step, result.training_loss)
for name, p in model.named_parameters():
    if "lora" in name and "block.0.layer.0" in name:
        print(name, p.detach().flatten().tolist())
