#!/bin/bash
# bench/ab.sh CHECKOUT_A CHECKOUT_B N BERTH-ARGS...
# Runs `CHECKOUT/bin/berth BERTH-ARGS` N times from each of two checkouts, alternating, and prints
# the median CPU time (user+sys, waited-for children included) and wall time of each. CPU time is
# what to compare while other work shares the machine; wall time needs a quiet one.
set -u
a=$1 b=$2 n=$3; shift 3
log=$(mktemp)
for i in $(seq "$n"); do
  for c in "$a" "$b"; do
    /usr/bin/time -f "$c %U %S %e" "$c/bin/berth" "$@" >/dev/null 2>>"$log" || true
  done
done
python3 - "$log" "$a" "$b" <<'P'
import sys, statistics
log, a, b = sys.argv[1:4]
cpu = {a: [], b: []}; wall = {a: [], b: []}
for line in open(log):
    p = line.rsplit(None, 3)
    if len(p) == 4 and p[0] in cpu:
        cpu[p[0]].append(float(p[1]) + float(p[2])); wall[p[0]].append(float(p[3]))
for k in (a, b):
    if cpu[k]:
        print(f"{k}: cpu median {statistics.median(cpu[k]):.3f} s, wall median {statistics.median(wall[k]):.3f} s, n={len(cpu[k])}")
P
rm -f "$log"
