#!/usr/bin/env bash
# Saves lab 3 after its PPO cell in one `labrun repl` process, loads it in a new process and runs
# the remaining cells there. The two processes' stdout, concatenated (without the save and load
# lines), must be byte-identical to one plain `labrun labs/lab3.cells`. Prints the session file's
# size and the save and load times.
# Usage: scripts/check_session_lab3.sh [LABRUN [PLAIN_OUTPUT]]
#   LABRUN defaults to .build/release/labrun. PLAIN_OUTPUT is the stdout of a plain run of
#   labs/lab3.cells by the same binary, if one was already made; otherwise the script makes it.
set -euo pipefail
cd "$(dirname "$0")/.."
labrun=${1:-.build/release/labrun}
plain=${2:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export HOME="$out/home" XDG_DATA_HOME=""

ppo=$(printf ':cells\n' | "$labrun" repl --no-color labs/lab3.cells | awk '$2 == "PPO" && $3 != "markdown" { print $1; exit }')
last=$(printf ':cells\n' | "$labrun" repl --no-color labs/lab3.cells | awk '$1 ~ /^[0-9]+$/ { n = $1 } END { print n }')
if [ -z "$ppo" ] || [ -z "$last" ]; then echo "lab 3 has no cell titled PPO"; exit 1; fi

if [ -n "$plain" ]; then
    cp "$plain" "$out/plain.out"
else
    "$labrun" labs/lab3.cells > "$out/plain.out" 2> "$out/plain.err" || { echo "the plain run failed:"; tail -20 "$out/plain.err"; exit 1; }
fi

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
printf ':run 1-%s\n:save %s\n' "$ppo" "$out/lab3.lrs" | "$labrun" repl --no-color labs/lab3.cells > "$out/first.out" 2> "$out/first.err" \
    || { echo "the first REPL session failed:"; tail -20 "$out/first.err"; exit 1; }
if grep -q "not saved" "$out/first.err"; then echo "some values were not saved:"; grep "not saved" "$out/first.err"; exit 1; fi

# Times: a REPL that loads the file, less one that only starts; one that loads and saves again,
# less one that loads.
start=$(now)
printf ':load %s\n' "$out/lab3.lrs" | "$labrun" repl --no-color labs/lab3.cells > /dev/null 2> "$out/load.err" \
    || { echo "loading failed:"; tail -5 "$out/load.err"; exit 1; }
load=$(calc "$(now) - $start")
start=$(now)
printf ':load %s\n:save %s\n' "$out/lab3.lrs" "$out/again.lrs" | "$labrun" repl --no-color labs/lab3.cells > /dev/null 2>&1
both=$(calc "$(now) - $start")
start=$(now)
printf '' | "$labrun" repl --no-color labs/lab3.cells > /dev/null 2>&1
empty=$(calc "$(now) - $start")

printf ':load %s\n:run %s-%s\n' "$out/lab3.lrs" "$((ppo + 1))" "$last" | "$labrun" repl --no-color labs/lab3.cells \
    > "$out/second.out" 2> "$out/second.err" || { echo "the second REPL session failed:"; tail -20 "$out/second.err"; exit 1; }

grep -v -e '^saved the session to ' "$out/first.out" > "$out/joined.out"
grep -v -e '^loaded the session from ' "$out/second.out" >> "$out/joined.out"
if ! cmp -s "$out/plain.out" "$out/joined.out"; then
    echo "saved after cell $ppo and loaded in a new process, lab 3 printed something else than a plain run:"
    diff "$out/plain.out" "$out/joined.out" | head -20
    exit 1
fi
size=$(wc -c < "$out/lab3.lrs")
printf 'lab 3 saved after cell %s (PPO) and loaded in a new process prints the plain run'"'"'s %s lines\n' "$ppo" "$(wc -l < "$out/plain.out")"
printf 'session file %s MB; wall time: load %s s, save %s s (a REPL that only starts: %s s)\n' \
    "$(calc "$size / 1000000")" "$(calc "$load - $empty")" "$(calc "$both - $load")" "$empty"
