# Trainer on the tiny RoBERTa classifier without dropout, one batch per step (so the shuffle order
# does not matter): AdamW with weight decay outside biases and LayerNorms, linear warmup and decay,
# clipping at 0.5, a log every step. FIXTURES (this folder) is defined before this script runs.
import torch
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained(FIXTURES + "/tiny-roberta-nodropout")
ids = [[0, 45, 366, 264, 83, 2], [0, 299, 373, 225, 72, 2], [0, 83, 79, 2, 1, 1], [0, 77, 87, 87, 293, 2], [0, 18, 2, 1, 1, 1]]
rows = [{"input_ids": row, "attention_mask": [1 if t != 1 else 0 for t in row], "label": i % 2} for i, row in enumerate(ids)]
args = TrainingArguments(output_dir=FIXTURES + "/out", learning_rate=0.01, weight_decay=0.1, warmup_steps=1, max_steps=4,
                         per_device_train_batch_size=8, logging_steps=1, max_grad_norm=0.5, save_strategy="no", report_to="none")
result = Trainer(model=model, args=args, train_dataset=rows).train()
print(result.global_step, result.training_loss)
for name, p in model.named_parameters():
    if name in ["roberta.encoder.layer.1.output.LayerNorm.weight", "classifier.dense.bias", "classifier.out_proj.weight"]:
        print(name, p.detach().flatten().tolist())
