# DataCollatorWithPadding: the tokenizer's padding of input_ids, attention_mask and token_type_ids
# (longest, max_length, a multiple), labels left as given (label/label_ids renamed to labels), the
# mask made when the rows have none, and the error for ragged labels. MODEL names the tiny RoBERTa
# fixture folder (pad id 1, padding side right).
from transformers import AutoTokenizer, DataCollatorWithPadding

tokenizer = AutoTokenizer.from_pretrained(MODEL)
rows = [{"input_ids": [0, 45, 366, 2], "label": 1}, {"input_ids": [0, 299, 373, 225, 72, 2], "label": 0},
        {"input_ids": [0, 83, 2], "label": 1}]


def show(batch):
    print(type(batch).__name__, list(batch.keys()))
    for key, value in batch.items():
        print(" ", key, value.dtype, list(value.shape), value.tolist())


show(DataCollatorWithPadding(tokenizer)(rows))
show(DataCollatorWithPadding(tokenizer, padding="longest", pad_to_multiple_of=4)(rows))
show(DataCollatorWithPadding(tokenizer, padding="max_length", max_length=8)(rows))
show(DataCollatorWithPadding(tokenizer, padding="max_length", max_length=7, pad_to_multiple_of=4)(rows))
show(DataCollatorWithPadding(tokenizer, padding=True, max_length=2)(rows))
with_mask = [{"attention_mask": [1, 1, 0], "input_ids": [0, 5, 2], "label_ids": [3, 4]},
             {"attention_mask": [1, 1, 1, 1], "input_ids": [0, 6, 7, 2], "label_ids": [5, 6]}]
show(DataCollatorWithPadding(tokenizer)(with_mask))
show(DataCollatorWithPadding(tokenizer)([{"input_ids": [0, 5, 2], "token_type_ids": [0, 0, 0], "score": 0.5},
                                         {"input_ids": [0, 2], "token_type_ids": [0, 0], "score": 1.5}]))
show(DataCollatorWithPadding(tokenizer, padding=False)(rows[:1]))
tokenizer.padding_side = "left"
show(DataCollatorWithPadding(tokenizer)(rows))
tokenizer.padding_side = "right"
for collator, features in [(DataCollatorWithPadding(tokenizer), [{"input_ids": [0, 5, 2], "labels": [7, 2]},
                                                                   {"input_ids": [0, 2], "labels": [7, 8, 2]}]),
                           (DataCollatorWithPadding(tokenizer, padding=False), rows[:2]),
                           (DataCollatorWithPadding(tokenizer, padding="max_length", max_length=4), rows)]:
    try:
        show(collator(features))
    except ValueError as error:
        print("ValueError:", str(error))
