"""Hostile values stay data on every engine.

Item keys, worker ids and text answers with quotes, backslashes, `'); DROP TABLE judgments; --`,
line breaks, tabs, `${...}`, a right-to-left override and other Unicode, and a spec whose option
values are just as hostile (the only values the scripts embed, quoted by each dialect's rules):
the engine's outputs must equal `hitc aggregate`'s (the same comparison as test_engines.py, so
every value must come back byte for byte), and the input tables must be intact afterwards.
"""

import os
import tempfile
from pathlib import Path

import pytest

import cases
import compare
import native
from conftest import iterations

OPTIONS = ["it's", 'say "hi"', "back\\slash\\", "'); DROP TABLE judgments; --", "naïve ✓ 日本 🙂", "a;b -- c /* d */"]
ITEMS = ["plain", "it's", "'); DROP TABLE judgments; --", "line\nbreak", "tab\there", "back\\slash",
         "\u202eevil", "${x} %s {0} :name ?", "Ωμέγα", "\"quoted\""]
WORKERS = ["w'1", "w\\2", "w\"3", "w;4 --", "w\n5"]


def _yaml_string(value):
    """`value` as a YAML double-quoted scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _spec(method):
    options = ", ".join(_yaml_string(o) for o in OPTIONS)
    return f"""hitc: 1
id: sql-hostile
version: 1.0.0
title: Hostile values through hitc sql
description: Quotes, backslashes, SQL and Unicode in keys, ids, answers and option values.
language: en
data:
  key: item_id
  fields:
    item_id: {{ type: string }}
hit:
  items_per_hit: 5
  reward: 0.50 USD
  estimated_seconds: 60
  layout:
    - question: label
    - question: note
  questions:
    label:
      type: single_choice
      prompt: Which?
      options: [{options}]
    note:
      type: text
      prompt: Why?
      required: false
quality:
  judgments_per_item: 5
  gold: {{ file: gold.csv, per_hit: 1, min_accuracy: 0.5 }}
  checks:
    min_seconds_per_hit: 10
  aggregation:
    label: {{ method: {method} }}
    note: {{ method: collect }}
"""


def hostile_case(method):
    results = []
    for n, item in enumerate(ITEMS):
        for k, worker in enumerate(WORKERS):
            answer = OPTIONS[(n + (1 if k == 4 else 0) + (k == 3 and n % 3 == 0)) % len(OPTIONS)]
            results.append((item, worker, "label", answer, str(5 + 7 * k)))
            results.append((item, worker, "note", f"{worker} says {item!r}; '); DROP TABLE gold; --\n\\N", str(5 + 7 * k)))
    gold = [(ITEMS[0], OPTIONS[0]), (ITEMS[2], OPTIONS[2])]
    return cases.Case(name=f"hostile-{method}", spec=_spec(method), results=results, gold_header=["item_id", "label"],
                      gold_rows=gold, sql_gold=[(i, "label", a) for i, a in gold], method=method)


def _params():
    """Every method on DuckDB and PostgreSQL; on Spark `majority` (with `collect`), and
    `dawid_skene` too with `HITC_SQL_SPARK_CASES=all` (Spark's time, see test_engines.py)."""
    spark_methods = ["majority", "dawid_skene"] if os.environ.get("HITC_SQL_SPARK_CASES") == "all" else ["majority"]
    return [(m, e) for m in ("majority", "dawid_skene") for e in ("duckdb", "postgres", "spark")
            if e != "spark" or m in spark_methods]


@pytest.mark.parametrize("method, engine", _params(), ids=[f"{m}-{e}" for m, e in _params()])
def test_hostile_values_stay_data(method, engine, hitc, open_engine):
    case = hostile_case(method)
    folder = Path(tempfile.mkdtemp(prefix="hitc-sql-hostile-"))
    case.write(folder)
    labels, workers, summary = native.aggregate(folder, iterations(engine))
    assert {r["item"] for r in labels} >= set(ITEMS[1:2] + ITEMS[3:]), "native lost an item: the case is wrong"
    status, path, output = native.sql(folder, engine, iterations(engine), case.has_assignments)
    assert status == 0, output
    script = path.read_text(encoding="utf-8")
    for value in ITEMS + WORKERS:
        if len(value) > 4 and not any(value in option for option in OPTIONS):
            assert value not in script, f"the script embeds the data value {value!r}"
    session = open_engine(engine)
    session.load(case.judgment_columns, case.judgments, case.sql_gold)
    session.run(script, path)
    problems = compare.labels(labels, session.table("hitc_labels"))
    problems += compare.workers(workers, session.table("hitc_workers"))
    problems += compare.agreement(summary, session.table("hitc_agreement"))
    refused = native.refused((folder / f"native-{iterations(engine)}" / "diagnostics.json").read_text(encoding="utf-8"))
    problems += compare.rejected(refused, case.results, session.table("hitc_rejected"))
    assert not problems, "\n".join(problems[:25])
    after = sorted(tuple(r[c] for c in ("item", "worker", "question", "answer", "seq")) for r in session.table("judgments"))
    assert after == sorted(j[:4] + j[-1:] for j in case.judgments), "the judgments table changed"
    assert len(session.table("gold")) == len(case.sql_gold), "the gold table changed"
