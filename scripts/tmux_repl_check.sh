#!/usr/bin/env bash
# Drives `labrun repl labs/lab3.cells` in tmux as a person types at a terminal, and checks what
# the screen shows: tab completion of a variable, a pasted function with a blank line inside,
# Ctrl-D at a `...` prompt, Ctrl-C during the PPO cell (a KeyboardInterrupt naming the running
# line), then :undo and a further cell.
# Usage: scripts/tmux_repl_check.sh [LABRUN]   (default: .build/release/labrun; needs tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
labrun=$(realpath "${1:-.build/release/labrun}")
name=labrun-check-$$
home=$(mktemp -d)
trap 'tmux kill-session -t "$name" 2>/dev/null || true; rm -rf "$home"' EXIT
failures=0

screen() { tmux capture-pane -p -t "$name" -S -3000; }
# Waits until the last non-empty line of the screen is the `>>>` prompt (or `timeout` seconds pass).
wait_prompt() {
    local timeout=${1:-60} waited=0
    while [ "$waited" -lt "$timeout" ]; do
        sleep 1
        waited=$((waited + 1))
        if [ "$(screen | grep -v '^\s*$' | tail -1)" = ">>>" ]; then return 0; fi
    done
    echo "timed out after $timeout s waiting for the prompt; the screen ends with:"
    screen | tail -15
    return 1
}
check() {
    if screen | grep -qF -- "$2"; then echo "ok: $1"; else echo "FAILED: $1 (no '$2' on screen)"; failures=$((failures + 1)); fi
}

tmux new-session -d -s "$name" -x 200 -y 50 "HOME=$home $labrun repl --no-color labs/lab3.cells"
wait_prompt 30

tmux send-keys -t "$name" ":run 1-28" Enter
wait_prompt 600
tmux send-keys -t "$name" "print(ppo_tra" Tab
sleep 1
check "Tab completes a variable" "print(ppo_trainer"
tmux send-keys -t "$name" C-u

# A paste arrives at once: the blank line inside the function does not end it.
tmux send-keys -t "$name" -l $'def twice(v):\n    w = 2 * v\n\n    return w\n'
tmux send-keys -t "$name" Enter
wait_prompt 10
tmux send-keys -t "$name" "print('twice', twice(21))" Enter
wait_prompt 10
check "a pasted function with a blank line runs whole" "twice 42"

tmux send-keys -t "$name" "for i in range(3):" Enter
sleep 1
tmux send-keys -t "$name" C-d
wait_prompt 10
tmux send-keys -t "$name" "print('after ctrl-d', 'i' in dir())" Enter
wait_prompt 10
check "Ctrl-D at ... drops the block" "after ctrl-d False"

ppo=$(screen >/dev/null; printf ':cells\n' | HOME=$home "$labrun" repl --no-color labs/lab3.cells | awk '$2 == "PPO" && $3 != "markdown" { print $1; exit }')
tmux send-keys -t "$name" ":run $ppo" Enter
sleep 8
tmux send-keys -t "$name" C-c
wait_prompt 60
check "Ctrl-C in the PPO cell raises KeyboardInterrupt" "KeyboardInterrupt in cell $ppo (PPO)"
if screen | grep -A2 "KeyboardInterrupt in cell $ppo" | grep -q "line 1 of the cell"; then
    echo "FAILED: the traceback names the cell's first line"; failures=$((failures + 1))
else
    echo "ok: the traceback names the running line: $(screen | grep -m1 "KeyboardInterrupt in cell $ppo")"
fi
tmux send-keys -t "$name" ":undo" Enter
wait_prompt 30
check ":undo after the interrupt" "undid cell $ppo (PPO)"
tmux send-keys -t "$name" ":quit" Enter
sleep 1
echo "$failures check(s) failed"
[ "$failures" -eq 0 ]
