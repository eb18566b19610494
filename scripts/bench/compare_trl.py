"""Times trl's PPO step under labrun and under trl 0.11.4 + PyTorch in the same run, and prints the ratios.

The step is the course's: a T5 with random weights at each size (tiny: 1.3M parameters; small:
flan-t5-small's shapes; base: flan-t5-base's) with trl's value head, LoRA r=32, alpha 32, dropout
0.05 on q and v (the reference being the policy with its adapters disabled, as trl does for a PEFT
model), batch 16 of 128 query tokens and responses of the decoder start token + 32 tokens,
mini-batch 4, one PPO epoch. Ids and scores come from the formulas in `labrun bench --ppo-step`
(Sources/LabBench/PPOStepBench.swift), so both sides train on the same batch. Each side runs in its
own process: one warm-up step, then --runs steps; the best wall and process CPU time count, and the
process's peak RSS is reported. With one thread, compare the CPU times (steady on a busy machine);
with two, the wall times.

Not part of CI. It needs a Python with the reference stack; without one it makes a venv first:

    python3 scripts/bench/compare_trl.py                      # venv in .build/compare-trl-venv
    COMPARE_TRL_VENV=~/venvs/hf python3 scripts/bench/compare_trl.py --sizes base --threads 1 2
    python3 scripts/bench/compare_trl.py --labrun .build-release/release/labrun --sizes tiny --full-finetune
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STACK = ["torch==2.13.0+cpu", "transformers==4.46.3", "trl==0.11.4", "peft==0.13.2"]

# The sizes of PPOStepBench.Size: d_model, d_ff, d_kv, heads, layers (encoder and decoder), vocabulary.
SIZES = {
    "tiny": (64, 128, 16, 4, 2, 8192),
    "small": (512, 1024, 64, 6, 8, 32128),
    "base": (768, 2048, 64, 12, 12, 32128),
}
BATCH, QUERY, RESPONSE, MINI_BATCH = 16, 128, 32, 4


def query_token(i, j, vocabulary):
    return 2 + (i * 7919 + j * 104729) % (vocabulary - 2)


def response_token(i, j, vocabulary):
    return 0 if j == 0 else 2 + (i * 31 + j * 7907) % (vocabulary - 2)


def score(i):
    return (i % 5 - 2) / 2


def trl_step(size, lora, threads, runs):
    """Runs inside the venv: the step under trl. Prints one JSON line."""
    import warnings

    import torch
    from peft import LoraConfig, TaskType, get_peft_model
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from transformers import PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration
    from trl import AutoModelForSeq2SeqLMWithValueHead, PPOConfig, PPOTrainer, create_reference_model

    warnings.simplefilter("ignore")
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    d_model, d_ff, d_kv, heads, layers, vocabulary = SIZES[size]
    config = T5Config(vocab_size=vocabulary, d_model=d_model, d_kv=d_kv, num_heads=heads, d_ff=d_ff, num_layers=layers,
                      num_decoder_layers=layers, feed_forward_proj="gated-gelu", tie_word_embeddings=False,
                      decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    t5 = T5ForConditionalGeneration(config)
    if lora:
        t5 = get_peft_model(t5, LoraConfig(r=32, lora_alpha=32, target_modules=["q", "v"], lora_dropout=0.05,
                                           bias="none", task_type=TaskType.SEQ_2_SEQ_LM))
    model = AutoModelForSeq2SeqLMWithValueHead.from_pretrained(t5, is_trainable=True)
    reference = None if lora else create_reference_model(model)
    vocab = {"<pad>": 0, "</s>": 1, "<unk>": 2}
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=Tokenizer(WordLevel(vocab, unk_token="<unk>")),
                                        pad_token="<pad>", eos_token="</s>", unk_token="<unk>")
    ppo = PPOConfig(batch_size=BATCH, mini_batch_size=MINI_BATCH, ppo_epochs=1, learning_rate=1.41e-5)
    trainer = PPOTrainer(config=ppo, model=model, ref_model=reference, tokenizer=tokenizer)
    queries = [torch.tensor([query_token(i, j, vocabulary) for j in range(QUERY)]) for i in range(BATCH)]
    responses = [torch.tensor([response_token(i, j, vocabulary) for j in range(RESPONSE + 1)]) for i in range(BATCH)]
    scores = [torch.tensor(score(i)) for i in range(BATCH)]
    wall, cpu = [], []
    for run in range(runs + 1):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        trainer.step(queries, responses, scores)
        if run > 0:
            wall.append(time.perf_counter() - wall0)
            cpu.append(time.process_time() - cpu0)
    print(json.dumps({"wallSeconds": min(wall), "cpuSeconds": min(cpu),
                      "peakRSSMegabytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "parameters": sum(p.numel() for p in model.parameters()),
                      "trainableParameters": sum(p.numel() for p in model.parameters() if p.requires_grad)}))


def reference_python():
    """A Python with the reference stack: COMPARE_TRL_VENV's, or a venv made in .build/compare-trl-venv."""
    venv = Path(os.environ.get("COMPARE_TRL_VENV", ROOT / ".build/compare-trl-venv"))
    python = venv / "bin/python"
    if not python.exists():
        print(f"== making a venv with {' '.join(STACK)} in {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *STACK, "rich"], check=True)
    return str(python)


def run_json(command, threads):
    env = dict(os.environ, LABRUN_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labrun", default=str(ROOT / ".build/release/labrun"), help="a release build of labrun")
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    parser.add_argument("--threads", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--runs", type=int, default=3, help="timed steps per side after one warm-up step")
    parser.add_argument("--full-finetune", action="store_true", help="train every weight instead of LoRA adapters")
    parser.add_argument("--trl-step", choices=list(SIZES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    lora = not args.full_finetune
    if args.trl_step:
        return trl_step(args.trl_step, lora, args.threads[0], args.runs)

    python = reference_python()
    load = os.getloadavg()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, "
          f"{os.cpu_count()} CPUs; {'LoRA r=32 on q,v' if lora else 'full fine-tune'}, batch {BATCH} x {QUERY} query "
          f"+ {RESPONSE} response tokens, mini-batch {MINI_BATCH}, 1 epoch; best of {args.runs} after a warm-up step")
    print("| size | threads | labrun wall | trl wall | ratio | labrun CPU | trl CPU | ratio | labrun peak RSS | trl peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        for threads in args.threads:
            ours = run_json([args.labrun, "bench", "--ppo-step", size, "--threads", str(threads), "--runs", str(args.runs),
                             "--json"] + (["--full-finetune"] if not lora else []), threads)
            theirs = run_json([python, __file__, "--trl-step", size, "--threads", str(threads), "--runs", str(args.runs)]
                              + (["--full-finetune"] if not lora else []), threads)
            print(f"| {size} | {threads} | {ours['wallSeconds']:.3f} s | {theirs['wallSeconds']:.3f} s | "
                  f"{ours['wallSeconds'] / theirs['wallSeconds']:.2f} | {ours['cpuSeconds']:.3f} s | {theirs['cpuSeconds']:.3f} s | "
                  f"{ours['cpuSeconds'] / theirs['cpuSeconds']:.2f} | {ours['peakRSSMegabytes']:.0f} MB | "
                  f"{theirs['peakRSSMegabytes']:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
