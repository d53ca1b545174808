"""The cases the engines are tested on: each is a spec, the long-format judgments `hitc aggregate`
reads (`results.csv`), the spec's gold file, and the same judgments and gold as rows of the SQL
contract's tables `judgments(item, worker, question, answer, seconds)` and `gold(item, question,
answer)`.

- Datasets (`datasets.py`): the accuracy table's spec (`bench/accuracy.py`'s `SPEC`), one variant
  per method; gold from the table's gold items, `gold.min_accuracy` so workers are dropped, and
  a seconds column (a hash of item and worker) with `checks.min_seconds_per_hit` so speed flags
  are raised. `mean` and `median` run on datasets whose classes are whole numbers, as a `scale`;
  `collect` on the answers as a `text` question (text answers are not scored against gold, so no
  worker is dropped there).
- Example specs (`Specs/*`): `hitc batch` deals the sample into HITs (seed 2026) and
  `simulate.py` answers them; one variant per method a question type allows.
"""

import hashlib
import re
import shutil
from dataclasses import dataclass, field

import yaml

import datasets
import simulate

DATASET_METHODS = ("majority", "weighted_majority", "dawid_skene", "collect", "mean", "median")


@dataclass
class Case:
    """One spec and its judgments, ready to write into a folder."""
    name: str
    spec: str
    results: list  # (item, worker, question, answer, seconds[, assignment]) rows of results.csv
    gold_header: list = field(default_factory=list)
    gold_rows: list = field(default_factory=list)  # rows of the spec's gold file
    sql_gold: list | None = None  # (item, question, answer) rows of the SQL gold table
    method: str = ""
    source: object = None  # a folder copied into the case's folder first (an example spec's data)

    def write(self, folder):
        if self.source is not None:
            shutil.copytree(self.source, folder, dirs_exist_ok=True)
        (folder / "spec.yaml").write_text(self.spec, encoding="utf-8")
        datasets.write_csv(folder / "results.csv", self.result_columns,
                           [tuple("" if v is None else v for v in r) for r in self.results])
        if self.gold_header and self.source is None:
            datasets.write_csv(folder / "gold.csv", self.gold_header, self.gold_rows)

    @property
    def has_assignments(self):
        return bool(self.results) and len(self.results[0]) > 5

    @property
    def result_columns(self):
        return ["item", "worker", "question", "answer", "seconds"] + (["assignment"] if self.has_assignments else [])

    @property
    def judgment_columns(self):
        """The SQL `judgments` table's columns: results.csv's, and `seq`, the row's number in the file."""
        return self.result_columns + ["seq"]

    @property
    def judgments(self):
        """The rows of the SQL `judgments` table, in file order, numbered by `seq` (so `hitc sql
        --order-column seq` sees the file's order, as hitc aggregate does), seconds as numbers.
        Blank answers stay: the script must read them as no judgment, as hitc does."""
        rows = []
        for n, row in enumerate(self.results):
            seconds = None if row[4] in (None, "") else float(row[4])
            rows.append(tuple(row[:4]) + (seconds,) + tuple(row[5:]) + (n + 1,))
        return rows


def seconds(item, worker):
    """A deterministic time for a judgment: 2 to 61 seconds, from an MD5 of item and worker."""
    return 2 + int(hashlib.md5(f"{item}\x1f{worker}".encode()).hexdigest()[:8], 16) % 60


def dataset_spec(dataset, method, gold):
    """`bench/accuracy.py`'s spec for `dataset` with `method`, plus dropping and speed checks."""
    classes = dataset["classes"]
    if method == "collect":  # hitc collects text questions (a choice question cannot be collected)
        question = """                label:
                  type: text
                  prompt: Which class?"""
    elif method in ("mean", "median"):
        points = [int(c) for c in classes]
        question = f"""                label:
                  type: scale
                  prompt: Which class?
                  min: {min(points)}
                  max: {max(points)}"""
    else:
        options = ", ".join(f'"{c}"' for c in classes)
        question = f"""                label:
                  type: single_choice
                  prompt: Which class?
                  options: [{options}]"""
    ident = dataset["name"].lower().replace("_", "-")
    gold_block = "  gold: { file: gold.csv, per_hit: 1, min_accuracy: 0.7 }\n" if gold else ""
    return f"""hitc: 1
id: sql-{ident}
version: 1.0.0
title: SQL engines test {dataset['name']}
description: The {dataset['name']} dataset aggregated natively and by hitc sql on real engines.
language: en
data:
  key: item_id
  fields:
    item_id: {{ type: string }}
hit:
  items_per_hit: 10
  reward: 0.50 USD
  estimated_seconds: 60
  layout:
    - question: label
  questions:
{_dedent(question)}
quality:
  judgments_per_item: 3
{gold_block}  checks:
    min_seconds_per_hit: 6
  aggregation:
    label: {{ method: {method} }}
"""


def _dedent(block):
    """`block` moved 12 columns left (it is written indented in the function above)."""
    return "\n".join(line[12:] for line in block.splitlines())


def dataset_cases():
    """(case, None) for every listed dataset and method it allows, or (name, why skipped)."""
    out = []
    for dataset in datasets.listed():
        loaded = datasets.load(dataset)
        if loaded is None:
            out.append((dataset["name"], "dataset files not found in Tests/Datasets or HITC_DATASETS "
                        "(set HITC_DATASETS to the shared datasets folder)"))
            continue
        triples, truth = loaded
        if dataset.get("reference"):
            truth = {**truth, **{f"p{i + 1}": str(c) for i, c in enumerate(dataset["reference"])}}
        gold_items = [g for g in dataset.get("gold_items", []) if g in truth]
        for method in DATASET_METHODS:
            if method in ("mean", "median") and not all(c.lstrip("-").isdigit() for c in dataset["classes"]):
                continue
            results = [(i, w, "label", a, str(seconds(i, w))) for i, w, a in triples]
            out.append((Case(name=f"{dataset['name']}-{method}", method=method,
                             spec=dataset_spec(dataset, method, bool(gold_items)), results=results,
                             gold_header=["item_id", "label"] if gold_items else [],
                             gold_rows=[(g, truth[g]) for g in gold_items],
                             sql_gold=[(g, "label", truth[g]) for g in gold_items] if gold_items else None), None))
    return out


# Example specs and the methods of their questions in each variant (the first is the spec as shipped).
EXAMPLE_VARIANTS = {
    "grocery-search-relevance": [{}, {"relevance": "majority"}, {"relevance": "weighted_majority"}],
    "product-categorisation": [{}, {"category": "dawid_skene", "dietary_tags": "weighted_majority"},
                               {"category": "majority", "dietary_tags": "dawid_skene"}],
    "answer-helpfulness": [{}, {"helpful_a": "mean", "errors_a": "median", "helpful_b": "mean", "errors_b": "median",
                                "preference": "dawid_skene"},
                           {"preference": "weighted_majority"}],
}


def with_methods(text, methods):
    """The spec text with the `method:` of each named question's aggregation line replaced."""
    head, _, tail = text.partition("\n  aggregation:\n")
    lines = tail.split("\n")
    for n, line in enumerate(lines):
        if not line.startswith("    "):
            break
        qid = line.strip().split(":", 1)[0]
        if qid in methods:
            lines[n] = re.sub(r"method: \w+", f"method: {methods[qid]}", line)
    return head + "\n  aggregation:\n" + "\n".join(lines)


def example_cases(hitc, scratch):
    """A case per example spec and variant, answered by `simulate.py`."""
    out = []
    for name, variants in EXAMPLE_VARIANTS.items():
        source = datasets.ROOT / "Specs" / name
        folder = scratch / f"simulate-{name}"
        shutil.copytree(source, folder, dirs_exist_ok=True)
        results, gold_header, gold_rows = simulate.simulate(folder / "spec.yaml", folder, hitc)
        spec = yaml.safe_load((folder / "spec.yaml").read_text(encoding="utf-8"))
        questions = spec["hit"]["questions"]
        key = spec["data"]["key"]
        sql_gold = None
        if gold_header:
            k = gold_header.index(key)
            sql_gold = [(row[k], h, v) for row in gold_rows for h, v in zip(gold_header, row) if h in questions and v != ""]
        text = (folder / "spec.yaml").read_text(encoding="utf-8")
        for n, methods in enumerate(variants):
            label = "shipped" if not methods else "+".join(f"{q}={m}" for q, m in methods.items())
            out.append(Case(name=f"{name}[{label}]", spec=with_methods(text, methods), results=results,
                            gold_header=gold_header, gold_rows=gold_rows, sql_gold=sql_gold,
                            method=",".join(sorted(set(methods.values()))) or "shipped",
                            source=source))
    return out
