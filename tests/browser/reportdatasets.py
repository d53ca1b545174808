"""Public crowdsourcing datasets as hitc aggregate runs, for the report's screenshot test.

Each dataset becomes a folder with a spec (one single_choice question over the dataset's
classes, Dawid-Skene, gold = the first 5% of the items with known truth), its data files and
the judgments in the long format. Snow et al. 2008 RTE ships in Tests/Datasets/snow2008;
Zheng et al. 2017 D_Product is read from `HITC_DATASETS` (CI passes ../shared/datasets).
"""

from __future__ import annotations

import csv
import os
import pathlib

from specinfo import ROOT

SPEC = """hitc: 1
id: {id}
version: 1.0.0
title: {title}
description: {description}
language: en
data:
  key: item_id
  fields:
    item_id: {{ type: string }}
    text: {{ type: text }}
  sample: data/sample.csv
hit:
  items_per_hit: 10
  reward: 0.10 USD
  estimated_seconds: 30
  layout:
    - text: text
    - question: label
  questions:
    label:
      type: single_choice
      prompt: {prompt}
      options:
{options}
communication:
  min_hourly_wage: 12.00 USD
quality:
  judgments_per_item: {per_item}
  gold:
    file: data/gold.csv
    per_hit: 1
    min_accuracy: 0.6
  checks:
    min_seconds_per_hit: 5
  agreement:
    metric: krippendorff_alpha
    min: 0.4
  aggregation:
    label: {{ method: dawid_skene }}
"""


class Dataset:
    def __init__(self, name, title, description, prompt, classes, judgments, truth, per_item):
        self.name, self.title, self.description, self.prompt = name, title, description, prompt
        self.classes = classes  # value -> label
        self.judgments = judgments  # (item, worker, answer)
        self.truth = truth  # item -> answer
        self.per_item = per_item


def _shipped_or_shared(relative: str) -> pathlib.Path | None:
    folders = [ROOT / "Tests" / "Datasets"]
    if os.environ.get("HITC_DATASETS"):
        folders.append(pathlib.Path(os.environ["HITC_DATASETS"]))
    for folder in folders:
        if (folder / relative).exists():
            return folder / relative
    return None


def snow_rte() -> Dataset | str:
    path = _shipped_or_shared("snow2008/rte.standardized.tsv")
    if path is None:
        return "snow2008/rte.standardized.tsv is neither in Tests/Datasets nor in HITC_DATASETS"
    judgments, truth = [], {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 5:
                continue
            _, worker, item, answer, gold = cells[:5]
            judgments.append((f"rte-{item}", worker, answer))
            truth[f"rte-{item}"] = gold
    return Dataset("snow2008-rte", "Recognising textual entailment (Snow et al. 2008)",
                   "Does the first sentence imply the second? 800 pairs, 10 MTurk workers each.",
                   "Does the text imply the hypothesis?", {"0": "No", "1": "Yes"}, judgments, truth, 10)


def zheng_product() -> Dataset | str:
    if not os.environ.get("HITC_DATASETS"):
        return "needs HITC_DATASETS (Zheng et al. 2017 ships no licence; CI passes ../shared/datasets)"
    folder = pathlib.Path(os.environ["HITC_DATASETS"]) / "zheng2017-truth-inference" / "d_product"
    if not (folder / "answer.csv").exists():
        return f"{folder}/answer.csv is missing"
    with open(folder / "answer.csv", encoding="utf-8", newline="") as f:
        judgments = [(f"p-{r['question']}", r["worker"], r["answer"]) for r in csv.DictReader(f)]
    with open(folder / "truth.csv", encoding="utf-8", newline="") as f:
        truth = {f"p-{r['question']}": r["truth"] for r in csv.DictReader(f)}
    return Dataset("zheng2017-d-product", "Same product? (Zheng et al. 2017, D_Product)",
                   "Do two product records name the same product? 8,315 pairs, 3 workers each.",
                   "Do the two records name the same product?", {"0": "Different", "1": "Same"}, judgments, truth, 3)


def write_run(ds: Dataset, folder: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    """Writes the spec, its data and the results; returns (spec path, results path).

    The first 5% of the items with a truth (at least 10) are the gold: their judgments stay in
    the results, as gold answers do on a platform."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    items = list(dict.fromkeys(i for i, _, _ in ds.judgments))
    known = [i for i in items if i in ds.truth]
    gold = set(known[: max(10, len(known) // 20)])
    options = "\n".join(f"        - {{ value: \"{v}\", label: {label} }}" for v, label in ds.classes.items())
    (folder / "spec.yaml").write_text(SPEC.format(id=ds.name, title=ds.title, description=ds.description,
                                                  prompt=ds.prompt, options=options, per_item=ds.per_item),
                                      encoding="utf-8")
    with open(folder / "data" / "sample.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["item_id", "text"])
        for i in [i for i in items if i not in gold][:20]:
            w.writerow([i, f"Pair {i}"])
    with open(folder / "data" / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["item_id", "text", "label"])
        for i in sorted(gold):
            w.writerow([i, f"Pair {i}", ds.truth[i]])
    results = folder / "results.csv"
    with open(results, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["item", "worker", "question", "answer"])
        for item, worker, answer in ds.judgments:
            w.writerow([item, worker, "label", answer])
    return folder / "spec.yaml", results
