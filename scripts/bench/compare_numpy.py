#!/usr/bin/env python3
"""Runs `labrun bench --json` and numpy's sgemm on the same shapes in one run, and prints the ratios.

Needs numpy and threadpoolctl (pip install numpy threadpoolctl). numpy runs single-threaded through
threadpoolctl for the 1-thread rows and with the same thread count as labrun for the others. One-thread
rows also compare GFLOP/s over the thread's CPU time, which leaves out time lost to other processes.
OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE slow a current numpy down; run this as

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 scripts/bench/compare_numpy.py [labrun] [--quick]

where labrun defaults to .build-release/release/labrun (swift build -c release --scratch-path .build-release).
"""
import json
import os
import subprocess
import sys
import time

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits


def best_seconds(job, budget):
    """Best (wall-clock, thread CPU) seconds of one run after a warm-up, timing for about `budget` seconds."""
    job()
    best_wall, best_cpu, runs, start = float("inf"), float("inf"), 0, time.perf_counter()
    while runs < 3 or time.perf_counter() - start < budget:
        wall0, cpu0 = time.perf_counter(), time.thread_time()
        job()
        best_cpu = min(best_cpu, time.thread_time() - cpu0)
        best_wall = min(best_wall, time.perf_counter() - wall0)
        runs += 1
    return best_wall, best_cpu


def numpy_gflops(m, n, k, trans_b, threads, budget):
    """(wall-clock GFLOP/s, thread-CPU-time GFLOP/s); the second is meaningful for one thread only."""
    rng = np.random.default_rng(0)
    a = rng.uniform(-1, 1, (m, k)).astype(np.float32)
    b = rng.uniform(-1, 1, (n, k) if trans_b else (k, n)).astype(np.float32)
    c = np.empty((m, n), dtype=np.float32)
    rhs = b.T if trans_b else b
    with threadpool_limits(limits=threads, user_api="blas"):
        wall, cpu = best_seconds(lambda: np.matmul(a, rhs, out=c), budget)
    flops = 2.0 * m * n * k
    return flops / wall / 1e9, flops / cpu / 1e9


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quick = "--quick" in sys.argv
    labrun = args[0] if args else os.path.join(".build-release", "release", "labrun")
    for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        if name in os.environ:
            print(f"note: {name} is set; numpy may run a slower kernel (see this script's docstring)")
    command = [labrun, "bench", "--json"] + (["--quick"] if quick else [])
    report = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    blas = [info for info in threadpool_info() if info.get("user_api") == "blas"]
    print("labrun:", report["isa"])
    for info in blas:
        print(f"numpy {np.__version__}: {info.get('internal_api')} {info.get('version')}, "
              f"kernel {info.get('architecture')}, {info.get('num_threads')} threads")
    budget = 0.1 if quick else 0.5
    print(f"{'shape (m×k · k×n)':<28}{'threads':>8}{'labrun':>10}{'numpy':>10}{'ratio':>8}"
          f"{'CPU-time: labrun':>18}{'numpy':>8}{'ratio':>8}")
    for row in report["matmul"]:
        wall, cpu = numpy_gflops(row["m"], row["n"], row["k"], row["transB"], row["threads"], budget)
        shape = f"{row['m']}×{row['k']} · {row['k']}×{row['n']}" + (" (Bᵀ)" if row["transB"] else "")
        line = f"{shape:<28}{row['threads']:>8}{row['gflops']:>10.1f}{wall:>10.1f}{row['gflops'] / wall:>8.2f}"
        if row.get("cpuGflops") is not None:
            line += f"{row['cpuGflops']:>18.1f}{cpu:>8.1f}{row['cpuGflops'] / cpu:>8.2f}"
        print(line)


if __name__ == "__main__":
    main()
