#!/usr/bin/env python3
"""Runs one Crowd-Kit categorical method on a long-format results file, as the
benchmarks compare it with `hitc aggregate`: run by the Python of a venv that
has crowd-kit (1.4.2), in its own process, so its whole-process time and peak
memory can be measured from outside.

Usage: python crowdkit_run.py METHOD RESULTS.csv LABELS.csv [--gold GOLD.csv]

RESULTS.csv has the columns item, worker, question, answer (the long format
hitc reads; every value is read as text). LABELS.csv gets item,label. With
--gold (item,label), Dawid-Skene is given those items' truth (`true_labels`:
their posteriors are fixed to the truth at every step). Prints the fit time in
seconds (reading excluded) and the number of iterations where the method
reports it.

Methods are hitc's names: majority, dawid_skene, one_coin, wawa,
zero_based_skill, glad, mace; each with Crowd-Kit's default parameters.
Wawa and ZeroBasedSkill get a stand-in for scikit-learn's check_is_fitted
(see `fitted`), without which they fail with scikit-learn 1.6 or later.
"""
import sys
import time


def fitted(estimator, attributes):
    """sklearn's check_is_fitted as Crowd-Kit 1.4.2 expects it: scikit-learn 1.6 and later
    require estimator tags Crowd-Kit's classes lack, so Wawa and ZeroBasedSkill fail on them
    with an AttributeError. Only the check is replaced; the methods are unchanged."""
    names = [attributes] if isinstance(attributes, str) else attributes
    if not all(hasattr(estimator, name) for name in names):
        raise RuntimeError(f"{type(estimator).__name__} is not fitted")


def make(method):
    from crowdkit import aggregation as ck
    from crowdkit.aggregation.classification import wawa, zero_based_skill
    wawa.check_is_fitted = zero_based_skill.check_is_fitted = fitted
    makers = {
        "majority": ck.MajorityVote,
        "dawid_skene": ck.DawidSkene,
        "one_coin": ck.OneCoinDawidSkene,
        "wawa": ck.Wawa,
        "zero_based_skill": ck.ZeroBasedSkill,
        "glad": ck.GLAD,
        "mace": ck.MACE,
    }
    if method not in makers:
        sys.exit(f"crowd-kit has no counterpart of '{method}'")
    return makers[method]()


def main():
    args = sys.argv[1:]
    gold_path = None
    if "--gold" in args:
        at = args.index("--gold")
        gold_path = args[at + 1]
        del args[at:at + 2]
    method, results, labels_path = args
    import pandas as pd
    data = pd.read_csv(results, dtype=str, keep_default_na=False)
    data = data.rename(columns={"item": "task", "answer": "label"})[["task", "worker", "label"]]
    model = make(method)
    start = time.perf_counter()
    if gold_path is not None:
        gold = pd.read_csv(gold_path, dtype=str, keep_default_na=False).set_index("item")["label"]
        labels = model.fit_predict(data, gold)
    else:
        labels = model.fit_predict(data)
    fit = time.perf_counter() - start
    labels.rename("label").rename_axis("item").to_csv(labels_path)
    iterations = len(getattr(model, "loss_history_", []) or [])
    print(f"{fit:.6f} {iterations}")


if __name__ == "__main__":
    main()
