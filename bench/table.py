#!/usr/bin/env python3
"""Renders a benchmark TSV (row, engine, seconds|FAIL, [reason]) as a Markdown table.

Columns: median seconds per engine (n = number of timed runs), the physical limit where the
workload has one, and berth/peer ratios (below 1.00 means berth is faster).
"""
import statistics
import sys

ENGINES = ["berth", "docker", "podman"]


def main(path):
    rows, times, fails = [], {}, {}
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        row, engine, value = parts[0], parts[1], parts[2]
        if row not in rows:
            rows.append(row)
        if value == "FAIL":
            fails[(row, engine)] = parts[3] if len(parts) > 3 else "failed"
        else:
            times.setdefault((row, engine), []).append(float(value))
    has_limit = any(e == "limit" for (_, e) in list(times) + list(fails))
    cols = ENGINES + (["limit"] if has_limit else [])
    head = ["workload"] + [c + " (s)" for c in cols] + ["berth/docker", "berth/podman"]
    if has_limit:
        head.append("berth/limit")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    footnotes = []
    for row in rows:
        med = {}
        cells = [row]
        for c in cols:
            t = times.get((row, c))
            if t:
                med[c] = statistics.median(t)
                cells.append("%.3f (n=%d)" % (med[c], len(t)))
            elif (row, c) in fails:
                footnotes.append("%s / %s: %s" % (row, c, fails[(row, c)]))
                cells.append("n/a [%d]" % len(footnotes))
            else:
                cells.append("")
        for peer in ["docker", "podman"] + (["limit"] if has_limit else []):
            if "berth" in med and peer in med and med[peer] > 0:
                cells.append("%.2f" % (med["berth"] / med[peer]))
            else:
                cells.append("")
        print("| " + " | ".join(cells) + " |")
    if footnotes:
        print()
        for i, f in enumerate(footnotes, 1):
            print("[%d] could not run: %s" % (i, f))


if __name__ == "__main__":
    main(sys.argv[1])
