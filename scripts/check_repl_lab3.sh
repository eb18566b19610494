#!/usr/bin/env bash
# Steps through lab 3 in a piped `labrun repl` session and checks that re-running and undoing the
# PPO cell reproduces its output byte for byte:
#   :run 1-P, then :rerun P          -> the PPO cell's output a second time, identical
#   :undo twice, then :run P again   -> a third time, identical
# Usage: scripts/check_repl_lab3.sh [LABRUN]   (default: .build/release/labrun)
set -euo pipefail
cd "$(dirname "$0")/.."
labrun=${1:-.build/release/labrun}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

ppo=$(printf ':cells\n' | "$labrun" repl --no-color labs/lab3.cells | awk '$2 == "PPO" && $3 != "markdown" { print $1; exit }')
if [ -z "$ppo" ]; then echo "lab 3 has no cell titled PPO"; exit 1; fi

mark='print("--8<--")'
printf ':run 1-%s\n%s\n:rerun %s\n%s\n:undo\n:undo\n%s\n:run %s\n' "$ppo" "$mark" "$ppo" "$mark" "$mark" "$ppo" \
    | "$labrun" repl --no-color labs/lab3.cells > "$out/session.out" 2> "$out/session.err" \
    || { echo "the REPL session failed:"; tail -20 "$out/session.err"; exit 1; }

# Split stdout at the marks: 1 = cells 1..P, 2 = the re-run, 3 = what :undo said, 4 = the run
# after undoing.
awk -v dir="$out" 'BEGIN { part = 1 } /^--8<--$/ { part++; next } { print > (dir "/part" part) }' "$out/session.out"
for part in 2 4; do
    if [ ! -s "$out/part$part" ]; then echo "part $part of the session printed nothing"; exit 1; fi
done
lines=$(wc -l < "$out/part2")
if ! tail -n "$lines" "$out/part1" | cmp -s - "$out/part2"; then
    echo ":rerun $ppo printed something else than the first run of cell $ppo:"
    diff <(tail -n "$lines" "$out/part1") "$out/part2" | head -20
    exit 1
fi
if [ "$(grep -c '^undid ' "$out/part3")" != 2 ]; then echo "expected two undone steps, got:"; cat "$out/part3"; exit 1; fi
if ! cmp -s "$out/part2" "$out/part4"; then
    echo ":undo and :run $ppo printed something else than the first run of cell $ppo:"
    diff "$out/part2" "$out/part4" | head -20
    exit 1
fi
echo "cell $ppo (PPO): :rerun and :undo + :run print the same $lines lines as the first run"
