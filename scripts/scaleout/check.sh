#!/usr/bin/env bash
# Runs labs 1-3 unchanged, with only their parameters set, under Python with the real Hugging Face
# stack (transformers 4.46.3, peft 0.13.2, trl 0.11.4 (which needs rich), torch 2.13.0+cpu) on labrun's exported kit,
# and prints their key figures beside labrun's. Not part of CI: it installs about 1 GB from PyPI.
#
#   scripts/scaleout/check.sh                 # venv in .build/scaleout-venv, work in .build/scaleout
#   SCALEOUT_VENV=~/venvs/hf EVALUATE_SCRIPTS=~/evaluate-scripts scripts/scaleout/check.sh
#   LABRUN=.build/release/labrun SCALEOUT_LABS="lab2 lab3" scripts/scaleout/check.sh   # no rebuild
#
# Python runs the labs in float32 (`precision`, a parameter of labs 2 and 3), as a learner on a CPU
# would: PyTorch's bfloat16 on a CPU is many times slower. labrun computes in float32 whatever
# `torch_dtype` from_pretrained is given, so both sides then work in the same precision.
#
# evaluate.load("rouge") and evaluate.load("toxicity", ...) download their scripts from the Hub.
# Offline, set EVALUATE_SCRIPTS to a folder holding rouge/rouge.py and toxicity/toxicity.py (from
# the huggingface/evaluate repository's metrics/rouge and measurements/toxicity); they are copied
# beside the labs, where evaluate.load finds them before looking at the Hub.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
venv=${SCALEOUT_VENV:-$root/.build/scaleout-venv}
work=${SCALEOUT_WORK:-$root/.build/scaleout}
labs=${SCALEOUT_LABS:-lab1 lab2 lab3}

if [ ! -x "$venv/bin/papermill" ]; then
    echo "== venv: $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "torch==2.13.0+cpu" transformers==4.46.3 peft==0.13.2 trl==0.11.4 \
        datasets evaluate rouge_score jupytext papermill pandas matplotlib ipykernel rich
fi
"$venv/bin/python" -c 'import torch, transformers, peft, trl, datasets, evaluate, pandas, jupytext, papermill as pm
print("== python stack: torch", torch.__version__, "transformers", transformers.__version__, "peft", peft.__version__,
      "trl", trl.__version__, "datasets", datasets.__version__, "evaluate", evaluate.__version__, "pandas", pandas.__version__,
      "jupytext", jupytext.__version__, "papermill", pm.__version__)'

echo "== labrun: release build and export-kit"
if [ -n "${LABRUN:-}" ]; then
    labrun=$(cd "$(dirname "$LABRUN")" && pwd)/$(basename "$LABRUN")
else
    swift build -c release --product labrun
    labrun=$root/.build/release/labrun
fi
rm -rf "$work"
mkdir -p "$work/labrun-run" "$work/python-run"
"$labrun" export-kit "$work/kit" > /dev/null
kit=$work/kit/labrun
if [ -n "${EVALUATE_SCRIPTS:-}" ]; then
    cp -R "$EVALUATE_SCRIPTS/rouge" "$EVALUATE_SCRIPTS/toxicity" "$work/python-run/"
fi

# Each lab's parameters: every model and dataset name pointed at the exported kit.
parameters() {
    case $1 in
        lab1) echo "model_name=$kit/flan-t5-tiny huggingface_dataset_name=$kit/dialogsum-mini" ;;
        lab2) echo "model_name=$kit/flan-t5-tiny huggingface_dataset_name=$kit/dialogsum-mini" \
                   "full_checkpoint_name=$kit/flan-dialogue-summary-checkpoint peft_checkpoint_name=$kit/peft-dialogue-summary-checkpoint" ;;
        lab3) echo "model_name=$kit/flan-t5-tiny peft_model_path=$kit/peft-dialogue-summary-checkpoint" \
                   "toxicity_model_name=$kit/roberta-hate-tiny huggingface_dataset_name=$kit/dialogsum-mini" ;;
    esac
}

# Parameters for Python only: the precision a CPU runs in reasonable time.
python_parameters() {
    case $1 in
        lab2|lab3) echo "precision=float32" ;;
    esac
}

# Numbers for both sides. Lab 3's sampling is slow under PyTorch on a small CPU (seconds per
# summary), so by default it scores 20 prompts and takes 2 PPO steps; on a GPU set
# SCALEOUT_LAB3="toxicity_samples=300 max_ppo_steps=20" for the lab's own figures.
numbers() {
    case $1 in
        lab3) echo "${SCALEOUT_LAB3:-toxicity_samples=20 max_ppo_steps=2}" ;;
    esac
}

# Offline, and the notebook kernel runs the venv's python.
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PATH="$venv/bin:$PATH"
for lab in $labs; do
    labrun_args=() papermill_args=()
    for pair in $(parameters "$lab"); do
        labrun_args+=(-p "${pair%%=*}='${pair#*=}'")
        papermill_args+=(-r "${pair%%=*}" "${pair#*=}")
    done
    for pair in $(python_parameters "$lab"); do
        papermill_args+=(-r "${pair%%=*}" "${pair#*=}")
    done
    for pair in $(numbers "$lab"); do
        labrun_args+=(-p "$pair")
        papermill_args+=(-p "${pair%%=*}" "${pair#*=}")
    done
    echo "== $lab: labrun"
    start=$(date +%s)
    (cd "$work/labrun-run" && "$labrun" --quiet --no-color "$root/labs/$lab.cells" "${labrun_args[@]}" > "$work/$lab.labrun.out")
    echo "   $(( $(date +%s) - start )) s"
    echo "== $lab: jupytext + papermill"
    start=$(date +%s)
    "$venv/bin/jupytext" --from py:percent --to ipynb --set-kernel python3 -o "$work/$lab.ipynb" - < "labs/$lab.cells"
    "$venv/bin/papermill" --no-progress-bar --cwd "$work/python-run" --kernel python3 --log-level WARNING \
        "$work/$lab.ipynb" "$work/$lab.out.ipynb" "${papermill_args[@]}"
    echo "   $(( $(date +%s) - start )) s"
    "$venv/bin/python" scripts/scaleout/compare.py "$lab" "$work/$lab.labrun.out" "$work/$lab.out.ipynb"
done
