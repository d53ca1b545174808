#!/usr/bin/env python3
"""Interleaved timings of EM methods on the 1M-judgment set of bench/aggregate.py:
hitc binaries (e.g. before and after a change) and Crowd-Kit 1.4.2, each run in
turn, `--rounds` times; wall time from here (process start included), CPU time
and peak memory from /usr/bin/time, accuracy against the truth file.

    python3 bench/em_interleaved.py --work /work/benchwork --specs DIR \
        --hitc NAME=BINARY:SPEC ... [--crowdkit dawid_skene one_coin] [--rounds 3]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

CROWDKIT = r"""
import sys, time, pandas as pd
from crowdkit.aggregation import DawidSkene, OneCoinDawidSkene
method, path, truth_path = sys.argv[1], sys.argv[2], sys.argv[3]
data = pd.read_csv(path).rename(columns={"item": "task", "answer": "label"})[["task", "worker", "label"]]
truth = pd.read_csv(truth_path).set_index("item")["truth"]
model = (DawidSkene if method == "dawid_skene" else OneCoinDawidSkene)(n_iter=100)
labels = model.fit_predict(data)
print((labels == truth.loc[labels.index]).mean(), len(model.loss_history_))
"""


def measured(command):
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + command, capture_output=True)
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"failed: {command}\n{p.stderr.decode()}")
    rss, user, system = p.stderr.decode().strip().split("\n")[-1].split()
    return wall, float(user) + float(system), int(rss) / 1024, p.stdout.decode()


def accuracy(labels_csv, truth):
    right = total = 0
    with open(labels_csv) as f:
        next(f)
        for line in f:
            item, _, label = line.split(",")[:3]
            total += 1
            right += truth.get(item) == label
    return right / total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", default="/work/benchwork")
    parser.add_argument("--hitc", nargs="*", default=[], help="NAME=BINARY:SPEC")
    parser.add_argument("--crowdkit", nargs="*", default=[])
    parser.add_argument("--python", default="/work/benchwork/venv/bin/python")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", default="/tmp/em_interleaved")
    args = parser.parse_args()
    data = os.path.join(args.work, "results-1000000.csv")
    truth_path = os.path.join(args.work, "truth-1000000.csv")
    truth = dict(line.rstrip("\n").split(",") for line in list(open(truth_path))[1:])
    runs = {}
    for r in range(args.rounds):
        for entry in args.hitc:
            name, rest = entry.split("=", 1)
            binary, spec = rest.split(":", 1)
            out = os.path.join(args.out, name)
            wall, cpu, rss, _ = measured([binary, "aggregate", spec, "--results", data, "-o", out, "--quiet"])
            runs.setdefault(name, []).append((wall, cpu, rss, accuracy(os.path.join(out, "labels.csv"), truth), ""))
            print(name, runs[name][-1], flush=True)
        if r == 0:
            for method in args.crowdkit:
                wall, cpu, rss, out = measured([args.python, "-c", CROWDKIT, method, data, truth_path])
                acc, iterations = out.split()
                runs.setdefault("crowd-kit " + method, []).append((wall, cpu, rss, float(acc), iterations + " it."))
                print("crowd-kit", method, runs["crowd-kit " + method][-1], flush=True)
    print("\n| run | wall median (best) | CPU median | peak memory | accuracy |")
    print("|---|---|---|---|---|")
    for name, rs in runs.items():
        walls = [x[0] for x in rs]
        print(f"| {name} {rs[0][4]} | {statistics.median(walls):.2f} s ({min(walls):.2f} s) | "
              f"{statistics.median(x[1] for x in rs):.2f} s | {max(x[2] for x in rs):.0f} MB | {rs[0][3]:.4f} |")


if __name__ == "__main__":
    main()
