#!/usr/bin/env python3
"""Alternating A/B timing of whole commands, with CPU time beside wall time.

  bench/tools/ab.py RUNS 'CMD A' 'CMD B' ...
  bench/tools/ab.py --prepared RUNS 'PREPARE A' 'CMD A' 'PREPARE B' 'CMD B' ...

Each command runs twice untimed, then RUNS times in alternation (A, B, A, B, ...). A command may
start with NAME=VALUE words (environment). With --prepared, each run is preceded by its untimed
shell PREPARE (e.g. restoring a store). Prints the median wall time and the median user+sys CPU
time of the command's processes (getrusage of the children): on a shared machine the CPU figure
moves much less with the load than the wall time does.
"""
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time


def run(prepare, cmd):
    if prepare:
        subprocess.run(prepare, shell=True, check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ)
    words = shlex.split(cmd)
    while words and "=" in words[0] and not words[0].startswith("/"):
        k, v = words.pop(0).split("=", 1)
        env[k] = v
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(words, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t1 - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main(argv):
    prepared = argv[:1] == ["--prepared"]
    if prepared:
        argv = argv[1:]
    runs = int(argv[0])
    rest = argv[1:]
    pairs = list(zip(rest[::2], rest[1::2])) if prepared else [(None, c) for c in rest]
    for p, c in pairs:
        run(p, c)
        run(p, c)
    results = {i: [] for i in range(len(pairs))}
    for _ in range(runs):
        for i, (p, c) in enumerate(pairs):
            results[i].append(run(p, c))
    for i, (p, c) in enumerate(pairs):
        wall = statistics.median(r[0] for r in results[i]) * 1000
        cpu = statistics.median(r[1] for r in results[i]) * 1000
        print(f"wall {wall:7.1f} ms  cpu {cpu:7.1f} ms  (n={runs})  {c}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
