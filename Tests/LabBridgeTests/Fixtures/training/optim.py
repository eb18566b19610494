# Optimizer steps on the tiny RoBERTa classifier: AdamW with weight decay and gradient clipping,
# SGD with momentum under a LambdaLR, Adam under transformers' linear warmup schedule, and
# transformers' own AdamW (with and without bias correction).
# MODEL (the model folder) is defined before this script runs.
import torch
from transformers import AdamW, AutoModelForSequenceClassification, get_linear_schedule_with_warmup

ids = torch.tensor([[0, 45, 366, 264, 83, 225, 79, 2, 1, 1], [0, 299, 373, 225, 72, 77, 87, 75, 89, 2], [0, 83, 79, 2, 1, 1, 1, 1, 1, 1]])
mask = torch.tensor([[1, 1, 1, 1, 1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]])
labels = torch.tensor([1, 0, 1])
SHOWN = ["roberta.encoder.layer.0.attention.self.query.weight", "roberta.encoder.layer.1.output.LayerNorm.weight",
         "classifier.dense.bias", "classifier.out_proj.weight", "classifier.out_proj.bias"]


def show(label, model):
    for name, p in model.named_parameters():
        if name in SHOWN:
            print(label, name, p.detach().flatten().tolist())


def train(label, model, optimizer, scheduler=None, clip=None):
    for step in range(3):
        out = model(input_ids=ids, attention_mask=mask, labels=labels)
        out.loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), clip) if clip is not None else None
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
            print(label, "lr", scheduler.get_last_lr())
        optimizer.zero_grad()
        print(label, "loss", out.loss.item(), "norm", None if norm is None else norm.item())
    show(label, model)


model = AutoModelForSequenceClassification.from_pretrained(MODEL)
model.eval()
train("adamw", model, torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.1), clip=1.0)

model = AutoModelForSequenceClassification.from_pretrained(MODEL)
model.eval()
sgd = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
train("sgd", model, sgd, torch.optim.lr_scheduler.LambdaLR(sgd, lambda step: 0.5 ** step))

model = AutoModelForSequenceClassification.from_pretrained(MODEL)
model.eval()
head = [p for name, p in model.named_parameters() if name.startswith("classifier")]
body = [p for name, p in model.named_parameters() if not name.startswith("classifier")]
adam = torch.optim.Adam([{"params": body}, {"params": head, "lr": 0.02}], lr=0.005, betas=(0.8, 0.99), eps=1e-6)
train("adam", model, adam, get_linear_schedule_with_warmup(adam, num_warmup_steps=1, num_training_steps=4))

model = AutoModelForSequenceClassification.from_pretrained(MODEL)
model.eval()
train("hf_adamw", model, AdamW(model.parameters(), lr=0.01, weight_decay=0.1, no_deprecation_warning=True), clip=1.0)

model = AutoModelForSequenceClassification.from_pretrained(MODEL)
model.eval()
train("hf_adamw_nobias", model, AdamW(model.parameters(), lr=0.01, correct_bias=False, no_deprecation_warning=True))
