#!/usr/bin/env python3
"""Crowd-Kit 1.4.2's DawidSkene and OneCoinDawidSkene on the shared datasets:
the accuracy figures hitc's tests for `dawid_skene` and `one_coin` compare with
(AggregateOneCoinTests). Run with the Crowd-Kit virtualenv:

    /work/benchwork/venv/bin/python bench/crowdkit_em_accuracy.py /work/shared/datasets

Accuracy is over the items that have a truth and judgments. Both models with
Crowd-Kit's defaults (100 iterations at most, tol 1e-5).
"""
import sys
import time
import pandas as pd
from crowdkit.aggregation import DawidSkene, OneCoinDawidSkene


def zheng(root, name):
    answers = pd.read_csv(f"{root}/zheng2017-truth-inference/{name}/answer.csv")
    truth = pd.read_csv(f"{root}/zheng2017-truth-inference/{name}/truth.csv")
    # Columns by position: the files' header names differ.
    df = pd.DataFrame({"task": answers.iloc[:, 0].astype(str), "worker": answers.iloc[:, 1].astype(str),
                       "label": answers.iloc[:, 2]})
    return df, pd.Series(truth.iloc[:, 1].values, index=truth.iloc[:, 0].astype(str))


def snow(root, name):
    t = pd.read_csv(f"{root}/snow2008/{name}.standardized.tsv", sep="\t")
    df = pd.DataFrame({"task": t["orig_id"], "worker": t["!amt_worker_ids"], "label": t["response"]})
    return df, t.groupby("orig_id")["gold"].first()


def bluebirds(root):
    answers = pd.read_csv(f"{root}/welinder2010-bluebirds/answer.csv")
    truth = pd.read_csv(f"{root}/welinder2010-bluebirds/truth.csv")
    df = answers.rename(columns={"question": "task", "answer": "label"})
    return df[["task", "worker", "label"]], truth.set_index("question")["truth"]


def accuracy(labels, truth):
    common = truth.index.intersection(labels.index)
    return float((labels.loc[common] == truth.loc[common]).mean())


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/datasets"
    sets = [("Snow RTE", snow(root, "rte")), ("Snow TEMP", snow(root, "temp")), ("Bluebirds", bluebirds(root)),
            ("D_Product", zheng(root, "d_product")), ("D_PosSent", zheng(root, "d_possent")),
            ("S_Dog", zheng(root, "s_dog"))]
    print("dataset,DawidSkene,OneCoinDawidSkene,seconds_ds,seconds_onecoin")
    for name, (df, truth) in sets:
        t0 = time.time()
        ds = DawidSkene(n_iter=100).fit_predict(df)
        t1 = time.time()
        oc = OneCoinDawidSkene(n_iter=100).fit_predict(df)
        t2 = time.time()
        print(f"{name},{accuracy(ds, truth):.4f},{accuracy(oc, truth):.4f},{t1 - t0:.2f},{t2 - t1:.2f}", flush=True)


if __name__ == "__main__":
    main()
