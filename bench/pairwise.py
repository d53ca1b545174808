#!/usr/bin/env python3
"""Benchmark of pairwise ranking: `hitc aggregate` (release build) with
`bradley_terry` and `noisy_bt`, and Crowd-Kit 1.4.2's `BradleyTerry` and
`NoisyBT` on the same comparisons.

Draws OBJECTS objects with true scores from N(0, 1), PAIRS random pairs of
distinct objects (each pair one item, the side of each object at random), and
JUDGMENTS comparisons in all (JUDGMENTS / PAIRS workers per pair, drawn from a
pool of WORKERS). Workers: 75% good (pick left with the Bradley-Terry
probability sigma(s_left - s_right) of the true scores), 10% careless (as good,
but half of their judgments at random), 10% random (a coin), 5% biased (left
85% of the time). No ties: Crowd-Kit's pairwise methods take a winner only.
Fixed seed.

Writes, under --work: items.csv (the data file: pair_id, the two shown texts,
the two object ids), results.csv (long format), spec.yaml (one per method),
comparisons.csv (Crowd-Kit's input: worker, left, right, label) and truth.csv.
Runs each tool as a child process and times the whole process (reading,
fitting, writing), then prints Spearman's rho between each tool's scores and
the true scores, and the wall time.

Usage: /work/benchwork/venv/bin/python bench/pairwise.py [--objects N] [--pairs N]
       [--judgments N] [--workers N] [--skip-crowdkit-noisy] [--work DIR] [--hitc PATH]
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = """hitc: 1
id: bench-pairwise-{id}
version: 1.0.0
title: Pairwise benchmark
description: Synthetic pairwise comparisons drawn from known scores.
language: en
data:
  key: pair_id
  fields:
    pair_id: {{ type: string }}
    left_text: {{ type: text }}
    right_text: {{ type: text }}
    left_object: {{ type: string }}
    right_object: {{ type: string }}
hit:
  items_per_hit: 10
  reward: 0.50 USD
  estimated_seconds: 60
  layout:
    - question: better
  questions:
    better:
      type: pairwise
      prompt: Which is better?
      left: left_text
      right: right_text
      left_id: left_object
      right_id: right_object
      answers: {{ left: Left is better, right: Right is better }}
quality:
  judgments_per_item: {per_pair}
  aggregation:
    better: {{ method: {method} }}
"""

CROWDKIT = r"""
import sys, time, pandas as pd
from crowdkit.aggregation import BradleyTerry, NoisyBradleyTerry as NoisyBT
name, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
data = pd.read_csv(path, dtype=str)
model = BradleyTerry(n_iter=100) if name == 'bradley_terry' else NoisyBT(n_iter=100)
scores = model.fit_predict(data)
scores.rename('score').rename_axis('object').reset_index().to_csv(out, index=False)
"""


def generate(args, work):
    import numpy as np
    rng = np.random.default_rng(20261206)
    n, pairs, per = args.objects, args.pairs, args.judgments // args.pairs
    truth = rng.normal(0, 1, n)
    names = ["obj-%04d" % i for i in range(n)]
    a = rng.integers(0, n, pairs)
    b = (a + rng.integers(1, n, pairs)) % n          # a different object
    kinds = rng.choice(4, size=args.workers, p=[0.75, 0.10, 0.10, 0.05])  # good, careless, random, biased
    with open(os.path.join(work, "items.csv"), "w") as f:
        f.write("pair_id,left_text,right_text,left_object,right_object\n")
        for p in range(pairs):
            f.write("p%06d,Object %s,Object %s,%s,%s\n" % (p, names[a[p]], names[b[p]], names[a[p]], names[b[p]]))
    with open(os.path.join(work, "truth.csv"), "w") as f:
        f.write("object,score\n")
        for i in range(n):
            f.write("%s,%.6f\n" % (names[i], truth[i]))
    results = open(os.path.join(work, "results.csv"), "w")
    comparisons = open(os.path.join(work, "comparisons.csv"), "w")
    results.write("item,worker,question,answer\n")
    comparisons.write("worker,left,right,label\n")
    p_left = 1 / (1 + np.exp(truth[b] - truth[a]))
    for p in range(pairs):
        workers = rng.choice(args.workers, size=per, replace=False)
        for w in workers:
            kind = kinds[w]
            if kind == 0 or (kind == 1 and rng.random() < 0.5):
                left = rng.random() < p_left[p]
            elif kind == 3:
                left = rng.random() < 0.85
            else:
                left = rng.random() < 0.5
            results.write("p%06d,w%04d,better,%s\n" % (p, w, "left" if left else "right"))
            comparisons.write("w%04d,%s,%s,%s\n" % (w, names[a[p]], names[b[p]], names[a[p]] if left else names[b[p]]))
    results.close()
    comparisons.close()
    for method in ("bradley_terry", "noisy_bt"):
        with open(os.path.join(work, "%s.yaml" % method), "w") as f:
            f.write(SPEC.format(method=method, id=method.replace("_", "-"), per_pair=per))
    return dict(zip(names, truth))


def spearman(scores, truth):
    import numpy as np
    from scipy.stats import spearmanr
    objects = sorted(truth)
    x = np.array([scores.get(o, np.nan) for o in objects])
    missing = int(np.isnan(x).sum())
    x = np.where(np.isnan(x), np.nanmin(x) if missing < len(x) else 0, x)
    return spearmanr(x, [truth[o] for o in objects]).statistic, missing


def read_scores(path):
    import csv
    with open(path, newline="") as f:
        return {row["object"]: float(row["score"]) for row in csv.DictReader(f)}


def timed(cmd):
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed: %s\n%s%s" % (" ".join(cmd), done.stdout, done.stderr))
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=20000)
    parser.add_argument("--judgments", type=int, default=100000)
    parser.add_argument("--workers", type=int, default=200)
    parser.add_argument("--work", default="/tmp/hitc-bench-pairwise")
    parser.add_argument("--hitc", default=os.path.join(ROOT, ".build-release/release/hitc"))
    parser.add_argument("--python", default="/work/benchwork/venv/bin/python", help="a Python with crowd-kit 1.4.2")
    parser.add_argument("--skip-crowdkit-noisy", action="store_true", help="NoisyBT's gradient is a Python loop: slow")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    truth = generate(args, args.work)
    print("%d objects, %d pairs, %d comparisons, %d workers" % (args.objects, args.pairs, args.judgments, args.workers))
    print("%-28s %8s %9s" % ("method", "rho", "seconds"))
    rows = {}
    for method in ("bradley_terry", "noisy_bt"):
        out = os.path.join(args.work, "hitc-" + method)
        seconds = timed([args.hitc, "aggregate", os.path.join(args.work, method + ".yaml"), "--results",
                         os.path.join(args.work, "results.csv"), "--data", os.path.join(args.work, "items.csv"),
                         "-o", out, "-q"])
        rho, missing = spearman(read_scores(os.path.join(out, "ranking.csv")), truth)
        rows["hitc " + method] = (rho, seconds)
        print("%-28s %8.4f %9.3f%s" % ("hitc " + method, rho, seconds, " (%d unranked)" % missing if missing else ""))
        if method == "noisy_bt" and args.skip_crowdkit_noisy:
            continue
        out = os.path.join(args.work, "crowdkit-%s.csv" % method)
        seconds = timed([args.python, "-c", CROWDKIT, method, os.path.join(args.work, "comparisons.csv"), out])
        rho, missing = spearman(read_scores(out), truth)
        rows["crowdkit " + method] = (rho, seconds)
        print("%-28s %8.4f %9.3f%s" % ("crowd-kit " + method, rho, seconds, " (%d unranked)" % missing if missing else ""))
    for method in ("bradley_terry", "noisy_bt"):
        h, c = rows.get("hitc " + method), rows.get("crowdkit " + method)
        if h and c:
            print("%s: rho %+.4f vs Crowd-Kit, %.1fx faster" % (method, h[0] - c[0], c[1] / h[1]))


if __name__ == "__main__":
    main()
