"""The public datasets with categorical answers, read as `bench/accuracy.py` and the Swift tests
(`Tests/HITCompilerTests/Aggregate/AggregateDatasets.swift`, `benchJudgments`) read them, listed
in `bench/accuracy-expected.json` with their classes and gold items.

Shipped ones are in `Tests/Datasets/`; the others are read from the folder `HITC_DATASETS`
names, and a dataset found in neither is reported missing (the test skips it, saying why).
"""

import csv
import json
import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "Tests" / "Datasets"
EXPECTED = ROOT / "bench" / "accuracy-expected.json"


def folders():
    """Where dataset files are looked for: `Tests/Datasets`, then `HITC_DATASETS`."""
    extra = os.environ.get("HITC_DATASETS")
    return [SHIPPED] + ([Path(extra)] if extra else [])


def find(relative):
    """The file at `relative` in the first folder that has it, or None."""
    for folder in folders():
        if (folder / relative).exists():
            return folder / relative
    return None


def listed():
    """The datasets of `bench/accuracy-expected.json` (name, loader, path, classes, gold_items, ...)."""
    return json.loads(EXPECTED.read_text())["datasets"]


def _rows(path, separator):
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split(separator) for line in lines[1:] if line]


def _yaml(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _bool(value):
    return "1" if value is True or str(value).lower() == "true" else "0"


def load(dataset):
    """(triples (item, worker, label) in file order, truth by item), or None when a file is missing."""
    loader, path = dataset["loader"], dataset["path"]
    if loader == "answer_truth":
        answers, truth = find(f"{path}/answer.csv"), find(f"{path}/truth.csv")
        if not answers or not truth:
            return None
        triples = [(r[0], r[1], r[2]) for r in _rows(answers, ",")]
        return triples, {r[0]: r[1] for r in _rows(truth, ",")}
    if loader == "snow":
        table = find(path)
        if not table:
            return None
        rows = _rows(table, "\t")
        return [(r[2], r[1], r[3]) for r in rows], {r[2]: r[4] for r in rows}
    if loader == "bluebirds":
        labels, gt = find(f"{path}/labels.yaml"), find(f"{path}/gt.yaml")
        if not labels or not gt:
            return None
        triples = [(str(image), str(worker), _bool(answer))
                   for worker, answers in _yaml(labels).items() for image, answer in answers.items()]
        return triples, {str(image): _bool(answer) for image, answer in _yaml(gt).items()}
    if loader == "anesthesia":
        table = find(path)
        if not table:
            return None
        triples = [(r[0], r[1] if r[2] == "1" else f"{r[1]}.r{r[2]}", r[3]) for r in _rows(table, ",")]
        truth = {f"p{i + 1}": str(c) for i, c in enumerate(dataset.get("reference", ""))}
        return triples, truth
    if loader == "get_another_label":
        table = find(path)
        if not table:
            return None
        lines = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines() if line]
        return [(r[1], r[0], r[2]) for r in lines], dict(dataset.get("truth") or {})
    raise ValueError(f"unknown loader {loader!r}")


def first_judgments(triples):
    """The triples with each (item, worker) pair's first judgment only, as hitc counts them."""
    seen, kept = set(), []
    for item, worker, label in triples:
        if (item, worker) not in seen:
            seen.add((item, worker))
            kept.append((item, worker, label))
    return kept


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
