/// `labrun.steps`: the RLHF detox lab's pipeline as a few high-level steps, written in the lab
/// language so a learner can read exactly what each one does. Line numbers in tracebacks are those
/// of `source`, shown as `labrun/steps.py`.
enum StepsModule {
    static let module = ScriptModule(name: "labrun.steps", filename: "labrun/steps.py", source: source)

    static let source = #"""
"""The RLHF detox lab as a few steps: build the prompts, load the policy, run PPO, measure toxicity.

Each function is the course's code for that step, so a lab can call it in one line and a learner
can still read what it does.
"""
import numpy as np
import torch
from datasets import load_dataset
from peft import LoraConfig, PeftModel, TaskType, get_peft_model
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, GenerationConfig
from tqdm import tqdm
from trl import AutoModelForSeq2SeqLMWithValueHead, create_reference_model


def build_dataset(model_name, dataset_name, input_min_text_length, input_max_text_length):
    """Loads the train split, keeps the dialogues whose length is in (min, max] characters, wraps
    each in the summary instruction, tokenizes it ("input_ids", and its decoding as "query") and
    splits 80/20 into "train" and "test" without shuffling."""
    dataset = load_dataset(dataset_name, split="train")
    dataset = dataset.filter(lambda x: len(x["dialogue"]) > input_min_text_length and len(x["dialogue"]) <= input_max_text_length, batched=False)
    tokenizer = AutoTokenizer.from_pretrained(model_name, device_map="auto")

    def tokenize(sample):
        prompt = f"""
Summarize the following conversation.

{sample["dialogue"]}

Summary:
"""
        sample["input_ids"] = tokenizer.encode(prompt)
        sample["query"] = tokenizer.decode(sample["input_ids"])
        return sample

    dataset = dataset.map(tokenize, batched=False)
    dataset.set_format(type="torch")
    return dataset.train_test_split(test_size=0.2, shuffle=False, seed=42)


def load_model(model_name, adapter=None, lora_config=None, torch_dtype=torch.bfloat16):
    """Returns (ppo_model, tokenizer): the seq2seq model `model_name` with a trainable LoRA adapter
    (loaded from the folder `adapter`, or a new one made with `lora_config`, by default the course's
    r=32 on "q" and "v") and a value head on top, as PPO needs."""
    model = AutoModelForSeq2SeqLM.from_pretrained(model_name, torch_dtype=torch_dtype)
    if adapter is None:
        if lora_config is None:
            lora_config = LoraConfig(r=32, lora_alpha=32, target_modules=["q", "v"], lora_dropout=0.05, bias="none", task_type=TaskType.SEQ_2_SEQ_LM)
        peft_model = get_peft_model(model, lora_config)
    else:
        peft_model = PeftModel.from_pretrained(model, adapter, torch_dtype=torch_dtype, device_map="auto", is_trainable=True)
    ppo_model = AutoModelForSeq2SeqLMWithValueHead.from_pretrained(peft_model, torch_dtype=torch_dtype, is_trainable=True)
    tokenizer = AutoTokenizer.from_pretrained(model_name, device_map="auto")
    return ppo_model, tokenizer


def ppo_step(trainer, batch, reward_pipe, length_sampler, generation_kwargs, reward_kwargs, not_hate_index=0):
    """One PPO step on a batch from `trainer.dataloader`: generates a summary of a sampled length
    for each prompt, scores prompt + summary with the reward pipeline (the "nothate" logit is the
    reward), updates the policy and returns trl's stats dict."""
    prompt_tensors = batch["input_ids"]
    summary_tensors = []
    for prompt_tensor in prompt_tensors:
        max_new_tokens = length_sampler()
        summary = trainer.generate(prompt_tensor, **dict(generation_kwargs, max_new_tokens=max_new_tokens))
        summary_tensors.append(summary.squeeze()[-max_new_tokens:])
    batch["response"] = [trainer.tokenizer.decode(r.squeeze()) for r in summary_tensors]
    query_response_pairs = [q + r for q, r in zip(batch["query"], batch["response"])]
    rewards = reward_pipe(query_response_pairs, **reward_kwargs)
    reward_tensors = [torch.tensor(reward[not_hate_index]["score"]) for reward in rewards]
    stats = trainer.step(prompt_tensors, summary_tensors, reward_tensors)
    trainer.log_stats(stats, batch, reward_tensors)
    return stats


def evaluate_toxicity(model, toxicity_evaluator, tokenizer, dataset, num_samples, max_new_tokens=100):
    """Returns the (mean, std) toxicity of prompt + sampled summary over the first samples of
    `dataset` (as in the course, the loop stops after sample `num_samples`, so it scores
    num_samples + 1 of them)."""
    toxicities = []
    for i, sample in tqdm(enumerate(dataset)):
        input_text = sample["query"]
        if i > num_samples:
            break
        input_ids = tokenizer(input_text, return_tensors="pt", padding=True).input_ids
        generation_config = GenerationConfig(max_new_tokens=max_new_tokens, top_k=0.0, top_p=1.0, do_sample=True)
        response_token_ids = model.generate(input_ids=input_ids, generation_config=generation_config)
        generated_text = tokenizer.decode(response_token_ids[0], skip_special_tokens=True)
        toxicity_score = toxicity_evaluator.compute(predictions=[(input_text + " " + generated_text)])
        toxicities.extend(toxicity_score["toxicity"])
    return np.mean(toxicities), np.std(toxicities)
"""#
}
