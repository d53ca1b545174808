"""BigQuery's script parses (sqlglot, BigQuery dialect) and is the same plan as DuckDB's.

BigQuery cannot run here, so its script is held to DuckDB's, which does run (test_engines.py):
both are parsed, transpiled to DuckDB SQL and compared statement by statement (plan.py says how
they are normalised). A missing statement, an extra one, or a step that reads other tables,
writes another, produces other columns or has another shape fails. The last tests show the
comparison does fail on such a change.
"""

import tempfile
from pathlib import Path

import pytest

import cases
import native
import plan
import test_engines
import test_hostile
from conftest import ITERATIONS


def _specs():
    """(name, Case) of every spec variant the engine tests use that needs no unshipped data."""
    out = [(c.name, c) for c, why in cases.dataset_cases() if why is None and c.name.startswith("Bluebirds-")]
    out += [(n, c) for n, c, _ in test_engines.CASES if c is not None and c.source is not None]
    out += [(f"hostile-{m}", test_hostile.hostile_case(m)) for m in ("majority", "dawid_skene")]
    return out


SPECS = _specs()


def _scripts(case):
    folder = Path(tempfile.mkdtemp(prefix="hitc-sql-plan-"))
    case.write(folder)
    scripts = {}
    for dialect in ("duckdb", "bigquery"):
        status, path, output = native.sql(folder, dialect, ITERATIONS, case.has_assignments)
        assert status == 0, f"hitc sql --dialect {dialect} failed:\n{output}"
        scripts[dialect] = path.read_text(encoding="utf-8")
    return scripts


@pytest.mark.parametrize("name, case", SPECS, ids=[n for n, _ in SPECS])
def test_bigquery_script_is_duckdb_plan(name, case, hitc):
    scripts = _scripts(case)
    duckdb_plan = plan.plan(scripts["duckdb"], "duckdb")
    bigquery_plan = plan.plan(scripts["bigquery"], "bigquery")
    assert duckdb_plan, "the DuckDB script has no statements"
    problems = plan.differences(duckdb_plan, bigquery_plan)
    assert not problems, "\n".join(problems)


def _first_spec():
    return next(c for n, c in SPECS if "dawid_skene" in n)


def test_comparison_fails_on_missing_statement(hitc):
    scripts = _scripts(_first_spec())
    statements = plan.statements(scripts["bigquery"], "bigquery")
    assert len(statements) > 2
    shortened = ";\n".join(s.sql(dialect="bigquery") for n, s in enumerate(statements) if n != len(statements) // 2)
    assert plan.differences(plan.plan(scripts["duckdb"], "duckdb"), plan.plan(shortened, "bigquery"))


def test_comparison_fails_on_changed_step(hitc):
    scripts = _scripts(_first_spec())
    statements = plan.statements(scripts["bigquery"], "bigquery")
    changed = False
    for s in statements:
        group = s.find(plan.exp.Group)
        if group is not None and len(group.expressions) > 1:
            group.set("expressions", group.expressions[:-1])
            changed = True
            break
    assert changed, "no GROUP BY of two keys to change"
    text = ";\n".join(s.sql(dialect="bigquery") for s in statements)
    assert plan.differences(plan.plan(scripts["duckdb"], "duckdb"), plan.plan(text, "bigquery"))


def test_only_the_documented_column_rename_is_equal():
    assert plan.same_column("relevance.accuracy", "relevance__accuracy")
    assert not plan.same_column("relevance.accuracy", "accuracy")
    assert not plan.same_column("relevance.accuracy", "relevance_accuracy")
    assert not plan.same_column("gold_accuracy", "gold__accuracy")
    step = {"kind": "CREATE TABLE", "target": "hitc_workers", "columns": ["worker", "relevance.accuracy"]}
    assert not plan.differences([step], [{**step, "columns": ["worker", "relevance__accuracy"]}])
    assert plan.differences([step], [{**step, "columns": ["worker", "accuracy"]}])
