"""Crowd-Kit 1.4.2's MajorityVote, Wawa and ZeroBasedSkill on the shared
datasets with truth, and the exact random-tie expectation of majority vote, as
accuracies over the items that have a truth and judgments (the figures the
tests `AggregateTieTests`, `AggregateWawaTests` and `AggregateZeroBasedSkillTests` hold).

    /work/benchwork/venv/bin/python bench/crowdkit_wawa_zbs.py ../shared/datasets
"""
import sys
from collections import Counter, defaultdict
from fractions import Fraction

import pandas as pd
from crowdkit.aggregation import MajorityVote, Wawa, ZeroBasedSkill
from crowdkit.aggregation.classification import wawa as _wawa, zero_based_skill as _zbs

# Crowd-Kit 1.4.2's predict() calls sklearn's check_is_fitted, which the
# installed scikit-learn refuses for classes without __sklearn_tags__; the
# check only asserts that fit() ran, so it is skipped.
_wawa.check_is_fitted = _zbs.check_is_fitted = lambda *args, **kwargs: None


def load(root):
    z = f"{root}/zheng2017-truth-inference"
    def answer_truth(folder):
        a = pd.read_csv(f"{folder}/answer.csv", dtype=str)
        t = pd.read_csv(f"{folder}/truth.csv", dtype=str)
        a.columns = ["task", "worker", "label"]
        t.columns = ["task", "truth"]
        return a, t.set_index("task")["truth"]
    def snow(name):
        d = pd.read_csv(f"{root}/snow2008/{name}.standardized.tsv", sep="\t", dtype=str)
        a = pd.DataFrame({"task": d.iloc[:, 2], "worker": d.iloc[:, 1], "label": d.iloc[:, 3]})
        t = d.iloc[:, [2, 4]].drop_duplicates()
        return a, pd.Series(t.iloc[:, 1].values, index=t.iloc[:, 0].values)
    yield "Snow RTE", *snow("rte")
    yield "Snow TEMP", *snow("temp")
    yield "Bluebirds", *answer_truth(f"{root}/welinder2010-bluebirds")
    yield "D_Product", *answer_truth(f"{z}/d_product")
    yield "D_PosSent", *answer_truth(f"{z}/d_possent")
    yield "S_Dog", *answer_truth(f"{z}/s_dog")


def accuracy(labels, truth, tasks):
    keys = [t for t in tasks if t in truth.index]
    return sum(str(labels[t]) == str(truth[t]) for t in keys) / len(keys)


def random_tie(data, truth):
    votes = defaultdict(Counter)
    for t, l in zip(data.task, data.label):
        votes[t][l] += 1
    expected, n = Fraction(0), 0
    for t, c in votes.items():
        if t not in truth.index:
            continue
        n += 1
        top = max(c.values())
        tied = [l for l, v in c.items() if v == top]
        if str(truth[t]) in tied:
            expected += Fraction(1, len(tied))
    return float(expected / n)


for name, data, truth in load(sys.argv[1]):
    tasks = data.task.unique()
    mv = MajorityVote().fit_predict(data)
    wawa = Wawa().fit_predict(data)
    zbs = ZeroBasedSkill().fit_predict(data)
    print(f"{name}: random-tie {random_tie(data, truth):.4f} MajorityVote {accuracy(mv, truth, tasks):.4f} "
          f"Wawa {accuracy(wawa, truth, tasks):.4f} ZeroBasedSkill {accuracy(zbs, truth, tasks):.4f}", flush=True)
