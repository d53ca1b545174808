"""hitc's SQL on DuckDB, PostgreSQL and Spark computes what `hitc aggregate` computes.

For every dataset with categorical answers (one spec variant per method) and every example
spec's simulated round (variants per method), with gold scoring, dropped workers and speed
flags: `hitc aggregate --format long` (EM fixed at `HITC_SQL_ITERATIONS`) writes the reference,
`hitc sql --dialect X` the script; the engine loads the same judgments and gold, runs the script,
and its `hitc_labels`, `hitc_workers` and `hitc_agreement` must equal `labels.csv`,
`workers.csv` and `summary.json` (compare.py says how), and its `hitc_rejected` the rows
`hitc aggregate` refused: none, as it read these files (test_rejected.py has files it refuses).

DuckDB and PostgreSQL run every case with `HITC_SQL_ITERATIONS` EM iterations (default 5).
Spark runs each statement as a job of a second or more, with `HITC_SQL_SPARK_ITERATIONS` EM
iterations (default 2; the native reference runs the same N), so by default
(`HITC_SQL_SPARK_CASES=ci`) it runs every example-spec variant (between them every required
method: `majority` on single and multi choice, `weighted_majority`, `dawid_skene`, `mean`,
`median`, `collect`) and every dataset with `majority` and `dawid_skene`
(`SPARK_CI_DATASET_METHODS`); `lite` the example variants and Bluebirds with `dawid_skene`;
`examples` the example variants and Bluebirds with every method; `all` every case.
"""

import os
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

import cases
import compare
import native
from conftest import iterations

REQUIRED_METHODS = {"majority", "weighted_majority", "dawid_skene", "mean", "median", "collect"}
SPARK_CASES = os.environ.get("HITC_SQL_SPARK_CASES", "ci")
SPARK_ALL = SPARK_CASES == "all"
SPARK_DATASET = "Bluebirds"  # the dataset Spark runs every method on with `examples`
# `ci` (the default): every example-spec variant, and every dataset with these methods (the
# datasets' other methods run on DuckDB and PostgreSQL; on Spark they are in the example variants).
SPARK_CI_DATASET_METHODS = ("majority", "dawid_skene")
SPARK_LITE_CASES = {
    # `lite`: the example variants and one dataset, for a machine where Spark is slow.
    # a real dataset (ships, so CI has it): dawid_skene from gold, dropped workers, speed flags
    "Bluebirds-dawid_skene",
}


def _collect():
    """(case id, Case or None, why skipped) for every case."""
    out = []
    for case, why in cases.dataset_cases():
        out.append((case, None, why) if why else (case.name, case, None))
    try:
        folder = Path(tempfile.mkdtemp(prefix="hitc-sql-simulate-"))
        out += [(c.name, c, None) for c in cases.example_cases(native.binary(), folder)]
    except Exception as error:  # no binary yet: the examples fail visibly, not silently
        out.append(("examples", None, f"FAIL: could not simulate the example specs: {error}"))
    return out


CASES = _collect()


def _spark_runs(case):
    if SPARK_ALL or case is None:
        return True
    if case.source is not None:  # an example-spec variant: every mode runs them
        return True
    if SPARK_CASES == "examples":
        return case.name.startswith(SPARK_DATASET + "-")
    if SPARK_CASES == "lite":
        return case.name in SPARK_LITE_CASES
    return case.method in SPARK_CI_DATASET_METHODS


def _params():
    params = []
    for name, case, why in CASES:
        for engine in ("duckdb", "postgres", "spark"):
            marks = []
            if engine == "spark" and not _spark_runs(case):
                continue
            params.append(pytest.param(name, case, why, engine, id=f"{engine}-{name}", marks=marks))
    return params


@lru_cache(maxsize=None)
def _folder(name):
    """The case's folder (written once per case for all engines)."""
    case = next(c for n, c, _ in CASES if n == name)
    folder = Path(tempfile.mkdtemp(prefix="hitc-sql-case-"))
    case.write(folder)
    return folder


@lru_cache(maxsize=None)
def _prepared(name, n):
    """The case's folder and its native outputs with `n` EM iterations (once per case and n)."""
    folder = _folder(name)
    return folder, native.aggregate(folder, n)


def _numeric_questions(spec_text):
    spec = yaml.safe_load(spec_text)
    rules = (spec.get("quality") or {}).get("aggregation") or {}
    return {q for q, rule in rules.items() if (rule or {}).get("method") in ("mean", "median")}


@pytest.mark.parametrize("name, case, why, engine", _params())
def test_engine_equals_native(name, case, why, engine, hitc, open_engine):
    if case is None:
        if why.startswith("FAIL"):
            pytest.fail(why)
        pytest.skip(why)
    n = iterations(engine)
    folder, (labels, workers, summary) = _prepared(name, n)
    status, script_path, output = native.sql(folder, engine, n, case.has_assignments)
    if status != 0:
        methods = set(case.method.split(",")) if case.source is None else REQUIRED_METHODS
        if methods & REQUIRED_METHODS:
            pytest.fail(f"hitc sql --dialect {engine} refused {name} (exit {status}):\n{output}")
        pytest.skip(f"hitc sql does not compile {case.method}: {output.strip()[:300]}")
    script = script_path.read_text(encoding="utf-8")
    session = open_engine(engine)
    session.load(case.judgment_columns, case.judgments, case.sql_gold)
    session.run(script, script_path)
    problems = compare.labels(labels, session.table("hitc_labels"), _numeric_questions(case.spec))
    problems += compare.workers(workers, session.table("hitc_workers"))
    problems += compare.agreement(summary, session.table("hitc_agreement"))
    # hitc aggregate read this file, so it refused no row: hitc_rejected must be empty too.
    refused = native.refused((folder / f"native-{n}" / "diagnostics.json").read_text(encoding="utf-8"))
    problems += compare.rejected(refused, case.results, session.table("hitc_rejected"))
    assert not problems, f"{engine} differs from hitc aggregate on {name} ({len(problems)}):\n" + \
        "\n".join(problems[:25])
