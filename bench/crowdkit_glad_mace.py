#!/usr/bin/env python3
"""Crowd-Kit 1.4.2's GLAD and MACE with their defaults, the anchor for hitc's `glad` and `mace`.

    python bench/crowdkit_glad_mace.py datasets DIR
        accuracy of GLAD() and MACE() on Snow RTE and TEMP, Bluebirds, D_Product, D_PosSent and
        S_Dog in DIR (../shared/datasets layout), on the items with truth (the figures in
        Tests/HITCompilerTests/Aggregate/AggregateGLADMACETests.swift)
    python bench/crowdkit_glad_mace.py datasets DIR [NAME ...] [glad|mace] [--aligned]
        only those datasets (Snow_RTE, D_Product, ...) or that method; --aligned sorts the rows by worker
        and answer first, which works around Crowd-Kit 1.4.2's MACE reading each worker's strategy from
        another worker's row when the rows are not in that order
    python bench/crowdkit_glad_mace.py file glad|mace RESULTS.csv TRUTH.csv
        one method on a long results file (item,worker,...,answer) of bench/aggregate.py, e.g. the 1M set;
        run it under /usr/bin/time -v for wall time and peak memory

Needs a Python with crowdkit==1.4.2 (e.g. the venv bench/aggregate.py makes).
"""
import sys
import time

import pandas as pd
from crowdkit.aggregation import GLAD, MACE


def model(name):
    return GLAD() if name == "glad" else MACE()


def score(labels, truth):
    common = labels.index.intersection(truth.index)
    return (labels.loc[common] == truth.loc[common]).mean(), len(common)


def answer_truth(folder):
    # Columns by position: the files name the item column question, id or q.
    answers = pd.read_csv(f"{folder}/answer.csv", dtype=str)
    answers.columns = ["task", "worker", "label"]
    truth = pd.read_csv(f"{folder}/truth.csv", dtype=str)
    return answers, truth.set_index(truth.columns[0])[truth.columns[1]]


def snow(path):
    table = pd.read_csv(path, sep="\t", dtype=str)
    answers = table.rename(columns={"orig_id": "task", "!amt_worker_ids": "worker", "response": "label"})
    return answers[["task", "worker", "label"]], table.groupby("orig_id")["gold"].first()


def datasets(root, only=None, methods=("glad", "mace"), aligned=False):
    sets = {
        "Snow RTE": lambda: snow(f"{root}/snow2008/rte.standardized.tsv"),
        "Snow TEMP": lambda: snow(f"{root}/snow2008/temp.standardized.tsv"),
        "Bluebirds": lambda: answer_truth(f"{root}/welinder2010-bluebirds"),
        "D_Product": lambda: answer_truth(f"{root}/zheng2017-truth-inference/d_product"),
        "D_PosSent": lambda: answer_truth(f"{root}/zheng2017-truth-inference/d_possent"),
        "S_Dog": lambda: answer_truth(f"{root}/zheng2017-truth-inference/s_dog"),
    }
    for name, load in sets.items():
        if only and name not in only:
            continue
        data, truth = load()
        if aligned:
            # Rows sorted by worker, then answer: pd.factorize's order (first appearance) is then the sorted order
            # its groupby(...).unstack() gives MACE's strategy table, which Crowd-Kit 1.4.2 indexes by the former.
            data = data.sort_values(["worker", "label"], kind="stable").reset_index(drop=True)
        for method in methods:
            start = time.perf_counter()
            accuracy, n = score(model(method).fit_predict(data), truth)
            print(f"{name:10s} {method}  accuracy {accuracy:.4f} on {n} items  ({time.perf_counter() - start:.1f} s)",
                  flush=True)


def one_file(method, path, truth_path):
    data = pd.read_csv(path, dtype=str).rename(columns={"item": "task", "answer": "label"})[["task", "worker", "label"]]
    truth = pd.read_csv(truth_path, dtype=str).set_index("item")["truth"]
    start = time.perf_counter()
    fitted = model(method)
    accuracy, n = score(fitted.fit_predict(data), truth)
    iterations = len(getattr(fitted, "loss_history_", []))
    print(f"{method} fit {time.perf_counter() - start:.2f} s  accuracy {accuracy:.4f} on {n} items"
          + (f"  {iterations} iterations" if iterations else ""), flush=True)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "datasets":
        options = sys.argv[3:]
        methods = [m for m in ("glad", "mace") if m in options] or ["glad", "mace"]
        names = [o.replace("_", " ") for o in options if o not in ("glad", "mace", "--aligned")]
        datasets(sys.argv[2], names or None, methods, "--aligned" in options)
    elif len(sys.argv) == 5 and sys.argv[1] == "file":
        one_file(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
