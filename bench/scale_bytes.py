#!/usr/bin/env python3
"""Bytes a BigQuery run of hitc's script would scan, and Spark's shuffle per step, from `bench/scale.py`'s figures.

BigQuery (on paper): `bench/scale.py` records, after its DuckDB run at 1M judgments, every table's
size as BigQuery bills a scan of all its columns (STRING 2 bytes + UTF-8 length, INT64 and
FLOAT64 8 bytes). This script parses the BigQuery script of the same spec and iterations
(`hitc sql --dialect bigquery`) with `tests/sql/plan.py`, takes the tables each statement reads,
and sums their sizes per statement: an upper bound of the bytes billed (BigQuery bills only the
columns a query names; a table read twice in a statement is counted once). Every table the
script reads grows linearly with the judgments (or with the items, which grow with them at a
fixed number of judgments per item), so the figure at 1B is the 1M figure times 1,000.

Spark (measured): `bench/scale.py`'s Spark child records, per statement, the bytes its stages
read, wrote to and read from the shuffle, from Spark's REST API. This prints them per step and per
EM iteration.

Usage: python3 bench/scale_bytes.py SCALE_JSON [SCALE_JSON ...] [--binary PATH] [--work DIR]
(the Python needs sqlglot: tests/sql/requirements.txt).
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "sql"))

TIB = 2 ** 40
PRICE_PER_TIB = 6.25  # BigQuery on-demand, USD per TiB scanned (docs/scale.md cites the price list)


def bigquery_reads(records, binary, work):
    """{method: {"statements": [(target, reads, bytes)], "total": bytes, "per_iteration": bytes,
    "iterations": N, "size": judgments}} from the DuckDB records holding table sizes."""
    import plan
    out = {}
    for r in records:
        if r["engine"] != "duckdb" or not r.get("tables"):
            continue
        spec = os.path.join(work, f"{r['method']}.yaml")
        script = subprocess.run([binary, "sql", spec, "--dialect", "bigquery", "--iterations", str(r["iterations"])],
                                capture_output=True, text=True, check=True).stdout
        sizes = {name.lower(): size for name, (_, size) in r["tables"].items()}
        statements, em = [], 0
        for step in plan.plan(script, "bigquery"):
            if not step["kind"].startswith("CREATE"):
                continue
            read = sum(sizes.get(t, 0) for t in step["reads"])
            statements.append((step["target"], step["reads"], read))
            if re.match(r"hitc_ds_(prior|conf|post)_(\d+)$", step["target"] or ""):
                t = int(re.match(r".*_(\d+)$", step["target"]).group(1))
                if 1 <= t <= r["iterations"]:
                    em += read
        out[r["method"]] = {"statements": statements, "total": sum(s[2] for s in statements),
                            "em": em, "iterations": r["iterations"], "size": r["size"],
                            "judgments_bytes": sizes.get("judgments", 0)}
    return out


def spark_shuffles(records):
    """[(size, method, {step: {...bytes}}, per-iteration shuffle write)] of the Spark records."""
    out = []
    for r in records:
        if r["engine"] != "spark" or not r.get("shuffles"):
            continue
        steps = {}
        for group, g in r["shuffles"].items():
            name = group.split(" ", 1)[1] if " " in group else group
            steps[name] = g
        per_iteration = {}
        for name, g in steps.items():
            m = re.match(r"hitc_ds_(prior|conf|post)_(\d+)$", name)
            if m and 1 <= int(m.group(2)) <= r["iterations"]:
                t = int(m.group(2))
                per_iteration[t] = per_iteration.get(t, 0) + g["shuffle_write"]
        out.append((r["size"], r["method"], steps, per_iteration))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("json", nargs="+")
    p.add_argument("--binary", default=os.path.join(ROOT, ".build-release", "release", "hitc"))
    p.add_argument("--work", default="/work/benchwork")
    args = p.parse_args()
    records = [r for path in args.json for r in json.load(open(path))]
    for method, b in bigquery_reads(records, args.binary, args.work).items():
        scale = 1e9 / b["size"]
        n = b["iterations"]
        print(f"\n## BigQuery, {method}, {b['size']:,} judgments, {n} EM iterations")
        print(f"judgments table: {b['judgments_bytes'] / 1e6:.1f} MB; statements: {len(b['statements'])}")
        for target, reads, read in b["statements"]:
            print(f"  {target:28s} {read / 1e6:9.1f} MB  reads {', '.join(reads)}")
        total_1b = b["total"] * scale
        print(f"bytes read by all statements: {b['total'] / 1e6:,.1f} MB; EM iterations: {b['em'] / 1e6:,.1f} MB "
              f"({b['em'] / max(n, 1) / 1e6:,.1f} MB each)")
        print(f"at 1B judgments (x{scale:,.0f}): {total_1b / TIB:.3f} TiB, ${total_1b / TIB * PRICE_PER_TIB:.2f} "
              f"at ${PRICE_PER_TIB}/TiB; per EM iteration {b['em'] / max(n, 1) * scale / TIB:.3f} TiB")
        if method == "dawid_skene" and n:
            fixed = (b["total"] - b["em"]) * scale
            per = b["em"] / n * scale
            for k in (10, 20):
                print(f"  with {k} iterations: {(fixed + k * per) / TIB:.3f} TiB, ${(fixed + k * per) / TIB * PRICE_PER_TIB:.2f}")
    for size, method, steps, per_iteration in spark_shuffles(records):
        print(f"\n## Spark, {method}, {size:,} judgments: bytes per step (input read, shuffle write, shuffle read)")
        for name, g in steps.items():
            print(f"  {name:28s} in {g['input'] / 1e6:9.1f} MB  shuffle w {g['shuffle_write'] / 1e6:8.1f} MB  "
                  f"r {g['shuffle_read'] / 1e6:8.1f} MB  stages {g['stages']}")
        total = sum(g["shuffle_write"] for g in steps.values())
        print(f"shuffle written, all steps: {total / 1e6:,.1f} MB; at 1B (x{1e9 / size:,.0f}): {total * 1e9 / size / 1e9:,.1f} GB")
        if per_iteration:
            each = sum(per_iteration.values()) / len(per_iteration)
            print(f"per EM iteration: {each / 1e6:,.1f} MB; at 1B: {each * 1e9 / size / 1e9:,.1f} GB")


if __name__ == "__main__":
    main()
