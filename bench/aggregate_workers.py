#!/usr/bin/env python3
"""Benchmark of `hitc aggregate` with Dawid-Skene on results of many distinct
workers (release build): Dawid-Skene keeps a confusion table per worker, so its
memory must grow with the judgments, not with workers x classes^2.

Cases (a single-choice question, `dawid_skene`, generated with a fixed seed):
  workers-1m    100,000 items x 10 judgments, each by a worker of its own:
                1,000,000 judgments, 1,000,000 workers, 4 classes (about 21 MB)
  workers-10k   the same judgments from a pool of 10,000 workers
  workers-1k    the same judgments from a pool of 1,000 workers (the everyday
                case, as bench/aggregate.py but with uniform workers)
  scale-101     20,000 items x 10 judgments from 5,000 workers on a 101-point
                scale (101 classes)

Every judgment is the item's true class 70% of the time, else a class within
two of it.

Prints, per case and binary: wall time, CPU time, peak memory (max RSS of the
child, from /usr/bin/time) and a digest of labels.csv and workers.csv, so that
two binaries can be seen to write the same files. With --crowdkit PYTHON (a
Python with crowd-kit installed), Crowd-Kit's DawidSkene (n_iter=100, tol=1e-5)
is run on the same file too. Asserts nothing.

The everyday case (100,000 items x 10 judgments from 1,000 workers, with
Crowd-Kit) is bench/aggregate.py.

Usage: python3 bench/aggregate_workers.py [--binary PATH ...] [--cases NAME,...] [--repeat N]
                                          [--crowdkit PYTHON] [--work DIR]
Without --binary the release product is built (static, as bench/aggregate.py);
give --binary twice to compare two builds (their runs are interleaved).
"""
import argparse
import hashlib
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = """hitc: 1
id: bench-workers
version: 1.0.0
title: Benchmark task
description: Synthetic labelling task for the many-workers aggregation benchmark.
language: en
data:
  key: item_id
  fields:
    item_id: {{ type: string }}
    text: {{ type: text }}
hit:
  items_per_hit: 10
  reward: 0.50 USD
  estimated_seconds: 60
  layout:
    - text: text
    - question: label
  questions:
    label:
      type: single_choice
      prompt: Which class?
      options: [{options}]
quality:
  judgments_per_item: 10
  aggregation:
    label: {{ method: dawid_skene }}
"""

CASES = {
    # name: (items, judgments per item, worker pool (None: one per judgment), classes)
    "workers-1m": (100_000, 10, None, 4),
    "workers-10k": (100_000, 10, 10_000, 4),
    "workers-1k": (100_000, 10, 1_000, 4),
    "scale-101": (20_000, 10, 5_000, 101),
}


def generate(path, items, per_item, pool, classes, seed=20261206):
    """Writes a long-format results file: each item has a true class; a
    judgment is the truth 70% of the time, else a class within two of it."""
    rng = random.Random(seed)
    with open(path, "w") as f:
        f.write("item,worker,question,answer\n")
        n = 0
        for i in range(items):
            truth = rng.randrange(classes)
            lines = []
            for _ in range(per_item):
                worker = n if pool is None else rng.randrange(pool)
                n += 1
                answer = truth if rng.random() < 0.7 else min(classes - 1, max(0, truth + rng.randint(-2, 2)))
                lines.append(f"i{i},w{worker},label,c{answer}\n")
            f.write("".join(lines))


def run(binary, spec, results, out):
    """Wall time, CPU time (user + system), peak RSS (MB) and the digest of the labels and worker files."""
    command = ["/usr/bin/time", "-f", "%M %U %S", binary, "aggregate", spec, "--results", results, "-o", out, "--quiet"]
    start = time.perf_counter()
    process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{process.stderr.decode()}")
    rss_kb, user, system = process.stderr.decode().strip().split("\n")[-1].split()
    digest = hashlib.sha256()
    for name in ("labels.csv", "workers.csv"):
        with open(os.path.join(out, name), "rb") as f:
            digest.update(f.read())
    return wall, float(user) + float(system), int(rss_kb) / 1024, digest.hexdigest()[:12]


CROWDKIT = r"""
import sys, time, pandas as pd
from crowdkit.aggregation import DawidSkene
data = pd.read_csv(sys.argv[1]).rename(columns={"item": "task", "answer": "label"})[["task", "worker", "label"]]
start = time.perf_counter()
model = DawidSkene(n_iter=100, tol=1e-5)
model.fit_predict(data)
print(time.perf_counter() - start, len(model.loss_history_))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", action="append", help="a hitc to measure (repeatable)")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per binary and case: the least wall and CPU time and the highest peak are shown")
    parser.add_argument("--crowdkit", help="a Python with crowd-kit installed, to run its DawidSkene on the same files")
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench-aggregate-workers"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binaries = args.binary
    if not binaries:
        print("building hitc (release)...", flush=True)
        build = ["swift", "build", "-c", "release", "--static-swift-stdlib"]
        subprocess.check_call(build + ["--product", "hitc"], cwd=ROOT, stdout=subprocess.DEVNULL)
        binaries = [os.path.join(subprocess.check_output(build + ["--show-bin-path"], cwd=ROOT).decode().strip(), "hitc")]
    for name in args.cases.split(","):
        if name not in CASES:
            sys.exit(f"unknown case {name}; cases: {', '.join(CASES)}")
        items, per_item, pool, classes = CASES[name]
        spec = os.path.join(args.work, f"{name}.yaml")
        with open(spec, "w") as f:
            f.write(SPEC.format(options=", ".join(f"c{c}" for c in range(classes))))
        results = os.path.join(args.work, f"{name}.csv")
        if not os.path.exists(results):
            print(f"generating {name}...", flush=True)
            generate(results, items, per_item, pool, classes)
        workers = items * per_item if pool is None else pool
        print(f"\n== {name}: {items * per_item:,} judgments, {workers:,} workers, {classes} classes "
              f"({os.path.getsize(results) / 1e6:.1f} MB)", flush=True)
        measured = {b: [] for b in binaries}
        for _ in range(max(1, args.repeat)):
            for b, binary in enumerate(binaries):
                measured[binary].append(run(binary, spec, results, os.path.join(args.work, f"out-{name}-{b}")))
        for binary in binaries:
            runs = measured[binary]
            wall, cpu, rss = min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)
            digests = sorted({r[3] for r in runs})
            print(f"{binary:50s} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak {rss:7.1f} MB  files {','.join(digests)}",
                  flush=True)
        if args.crowdkit:
            command = ["/usr/bin/time", "-f", "%M %U %S", args.crowdkit, "-c", CROWDKIT, results]
            start = time.perf_counter()
            process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            wall = time.perf_counter() - start
            tail = process.stderr.decode().strip().split("\n")[-1]
            if process.returncode != 0:
                print(f"crowd-kit DawidSkene failed ({process.returncode}): {tail}", flush=True)
                continue
            rss_kb, user, system = tail.split()
            fit, iterations = process.stdout.decode().split()
            print(f"{'crowd-kit DawidSkene (tol=1e-5, ' + iterations + ' it.)':50s} wall {wall:6.2f} s  "
                  f"cpu {float(user) + float(system):6.2f} s  peak {int(rss_kb) / 1024:7.1f} MB  (fit {float(fit):.2f} s)",
                  flush=True)


if __name__ == "__main__":
    main()
