"""The plan of an SQL script, to compare scripts of two dialects statement by statement.

How the scripts are normalised: each is parsed with sqlglot in its own dialect (a parse error
fails), every statement is transpiled to DuckDB SQL and parsed again as DuckDB, so both sides are
trees of one dialect. From each statement the plan keeps what decides *what is computed* and
drops how a dialect spells it:

- the kind of statement (CREATE TABLE/VIEW, DROP, INSERT, UPDATE, SELECT, ...) and its target,
- the tables it reads and the CTEs it defines (names lower-cased, quotes and `project.dataset.`
  qualifiers dropped: BigQuery scripts may name their dataset),
- the names of the columns it produces,
- its shape: the sequence of the structural nodes of its tree in walk order (SELECT, FROM, JOIN
  with its side and kind, WHERE, GROUP BY with the number of keys, HAVING, QUALIFY, window,
  UNION, subquery, CTE, ORDER BY, LIMIT),
- its aggregates: the set of distinct aggregate calls, each as its function and the columns it
  reads (a set, since sqlglot may repeat one when it spells a function of one dialect in another:
  BigQuery's NULL-propagating GREATEST(SUM(x), 1) becomes a CASE that tests SUM(x) again).

One documented difference in names (docs/sql.md): BigQuery column names hold letters, digits and
`_` only, so `workers.csv`'s `<question>.accuracy` column is `<question>__accuracy` in BigQuery's
`hitc_workers`. `same_column` accepts exactly that rename, nothing else.

Functions that differ only in spelling across dialects (SAFE_DIVIDE vs a CASE, TO_HEX(MD5(x)) vs
MD5(x), FLOAT64 vs DOUBLE, a CASE one dialect writes for another's function) are not compared.
"""

import sqlglot
from sqlglot import exp

STRUCTURAL = (exp.Select, exp.From, exp.Join, exp.Where, exp.Group, exp.Having, exp.Qualify, exp.Window,
              exp.Union, exp.Intersect, exp.Except, exp.Subquery, exp.CTE, exp.Order, exp.Limit)


def statements(script, dialect):
    """The script's statements as DuckDB trees (parsed in `dialect`, transpiled, parsed again)."""
    parsed = [s for s in sqlglot.parse(script, read=dialect, error_level=sqlglot.ErrorLevel.RAISE) if s is not None]
    if dialect == "duckdb":
        return parsed
    return [sqlglot.parse_one(s.sql(dialect="duckdb"), read="duckdb") for s in parsed]


def _name(table):
    return table.name.lower() if isinstance(table, exp.Table) else str(table).lower()


def _node(node):
    if isinstance(node, exp.Join):
        return f"JOIN {node.side or ''} {node.kind or ''}".strip()
    if isinstance(node, exp.Group):
        return f"GROUP BY {len(node.expressions)}"
    return node.key.upper()


def step(statement):
    """The plan of one statement (a dict; equal dicts mean the same step)."""
    target = None
    if isinstance(statement, (exp.Create, exp.Drop, exp.Insert)):
        this = statement.this
        table = this.this if isinstance(this, exp.Schema) else this
        target = _name(table) if table is not None else None
    ctes = [c.alias_or_name.lower() for c in statement.find_all(exp.CTE)]
    reads = sorted({_name(t) for t in statement.find_all(exp.Table)} - {target} - set(ctes))
    query = statement.expression if isinstance(statement, (exp.Create, exp.Insert)) else statement
    columns = [c.alias_or_name.lower() for c in query.selects] if isinstance(query, exp.Query) else []
    shape = [_node(n) for n in statement.walk() if isinstance(n, STRUCTURAL)]
    aggregates = sorted({f"{a.key}({','.join(sorted({c.name.lower() for c in a.find_all(exp.Column)}))})"
                         for a in statement.find_all(exp.AggFunc)})
    kind = type(statement).__name__.upper()
    if isinstance(statement, (exp.Create, exp.Drop)):
        kind += " " + str(statement.args.get("kind") or "").upper()
    return {"kind": kind, "target": target, "reads": reads, "ctes": ctes, "columns": columns, "shape": shape,
            "aggregates": aggregates}


def plan(script, dialect):
    return [step(s) for s in statements(script, dialect)]


FIGURES = ("accuracy",)  # the per-question figures of hitc_workers, `<question>.<figure>`


def same_column(duckdb_name, bigquery_name):
    """Whether two output column names are the same column: equal, or the documented BigQuery
    spelling `<question>__<figure>` of `<question>.<figure>`."""
    if duckdb_name == bigquery_name:
        return True
    question, dot, figure = duckdb_name.rpartition(".")
    return bool(dot) and figure in FIGURES and bigquery_name == f"{question}__{figure}"


def _same(key, x, y):
    if key == "columns":
        return len(x) == len(y) and all(same_column(p, q) for p, q in zip(x, y))
    return x == y


def differences(a, b, names=("duckdb", "bigquery")):
    """Where plans `a` and `b` differ: a missing or extra statement, or a step that differs."""
    out = []
    if len(a) != len(b):
        out.append(f"{names[0]} has {len(a)} statements, {names[1]} {len(b)}")
    for n, (x, y) in enumerate(zip(a, b)):
        for key in x:
            if not _same(key, x[key], y[key]):
                out.append(f"statement {n + 1} ({x['kind']} {x['target']}): {key} differs:\n"
                           f"  {names[0]}: {x[key]}\n  {names[1]}: {y[key]}")
                break
        if len(out) > 5:
            break
    return out
