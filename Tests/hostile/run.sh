#!/usr/bin/env bash
# Runs the hostile-input corpus against a built labrun and classifies each case:
#   ok     - exit 0 and stdout as expected (cases/NAME.out, when present)
#   error  - the expected clean Python-style error (the `# error:` header), no signal
#   crash  - killed by a signal (SIGSEGV, SIGILL, SIGABRT, ...)
#   hang   - still running after the timeout (`# timeout:` header, default 20 s)
#   wrong  - anything else: other output, other error, other exit status
#
# A case is cases/NAME.py (a script, which labrun runs as one cell) with optional headers:
#   # error: TypeName: message   the last stderr line must start with this (else exit 0 expected)
#   # shell: COMMAND             run COMMAND with bash instead; $LABRUN and $CASE are set
#   # status: N                  the exit status expected (default 0, or 1 with `# error:`)
#   # timeout: SECONDS
#   # known: WHY                 a failure tracked elsewhere: reported, but it doesn't fail the run
# Usage: Tests/hostile/run.sh [path/to/labrun] [case-name-filter]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
LABRUN="$(realpath "${1:-$here/../../.build/debug/labrun}")"
filter="${2:-}"
export LABRUN
declare -A counts=([ok]=0 [error]=0 [crash]=0 [hang]=0 [wrong]=0)
unexpected=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

header() { sed -n "s/^# $1: //p" "$2" | head -1; }

for case in "$here"/cases/*.py; do
    name="$(basename "$case" .py)"
    [[ -n "$filter" && "$name" != *$filter* ]] && continue
    expected_error="$(header error "$case")"
    shell="$(header shell "$case")"
    limit="$(header timeout "$case")"; limit="${limit:-20}"
    status="$(header status "$case")"
    [[ -z "$status" ]] && { [[ -n "$expected_error" ]] && status=1 || status=0; }
    dir="$work/$name"; mkdir -p "$dir"; cp "$case" "$dir/case.py"
    export CASE="$dir/case.py"
    if [[ -n "$shell" ]]; then
        { (cd "$dir" && timeout -s KILL "$limit" bash -c "$shell" >"$dir/stdout" 2>"$dir/stderr"); } 2>/dev/null; rc=$?
    else
        { (cd "$dir" && timeout -s KILL "$limit" "$LABRUN" --quiet --no-color case.py >"$dir/stdout" 2>"$dir/stderr" </dev/null); } 2>/dev/null; rc=$?
    fi
    last="$(grep -v '^\s*$' "$dir/stderr" | tail -1)"
    if (( rc == 137 )); then verdict=hang
    elif (( rc > 128 && rc != 130 )); then verdict=crash
    elif (( rc != status )); then verdict=wrong
    elif [[ -n "$expected_error" && "$last" != "$expected_error"* ]]; then verdict=wrong
    elif [[ -f "$here/cases/$name.out" ]] && ! cmp -s "$here/cases/$name.out" "$dir/stdout"; then verdict=wrong
    elif [[ -n "$expected_error" ]]; then verdict=error
    else verdict=ok
    fi
    counts[$verdict]=$(( counts[$verdict] + 1 ))
    known="$(header known "$case")"
    if [[ "$verdict" == ok || "$verdict" == error ]]; then
        printf '%-6s %s\n' "$verdict" "$name"
    elif [[ -n "$known" ]]; then
        printf '%-6s %s (exit %s, known: %s)\n' "$verdict" "$name" "$rc" "$known"
    else
        unexpected=$(( unexpected + 1 ))
        printf '%-6s %s (exit %s) %s\n' "$verdict" "$name" "$rc" "${last:0:160}"
    fi
done
echo "ok ${counts[ok]}, clean error ${counts[error]}, crash ${counts[crash]}, hang ${counts[hang]}, wrong ${counts[wrong]}"
(( unexpected == 0 ))
