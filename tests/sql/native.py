"""`hitc` as the tests run it: `hitc aggregate` (the native reference) and `hitc sql` (the scripts
under test), and the native outputs read back (`labels.csv`, `workers.csv`, `summary.json`)."""

import csv
import json
import os
import re
import subprocess
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def binary():
    """`HITC_BIN`, else the worktree's debug build."""
    return os.environ.get("HITC_BIN") or str(ROOT / ".build" / "debug" / "hitc")


def run(args, cwd):
    return subprocess.run([binary()] + args, cwd=cwd, capture_output=True, text=True, timeout=600)


@lru_cache(maxsize=1)
def has_fixed_iterations():
    """Whether `hitc aggregate` has `--iterations N` (a fixed number of EM iterations)."""
    return "--iterations" in run(["aggregate", "--help"], ROOT).stdout


def aggregate(folder, iterations):
    """`hitc aggregate` of the case in `folder` into `folder/native-N`, EM fixed at N = `iterations`.

    Without `--iterations` (before it lands), `--max-iterations N --tolerance 0` runs the same
    N iterations unless the fit stops changing exactly, which the summary then says."""
    fixed = ["--iterations", str(iterations)] if has_fixed_iterations() else \
        ["--max-iterations", str(iterations), "--tolerance", "0"]
    name = f"native-{iterations}"
    done = run(["aggregate", "spec.yaml", "--results", "results.csv", "--format", "long", "-o", name, "-q",
                "--diagnostics-format", "json"] + fixed, folder)
    if done.returncode != 0:
        raise RuntimeError(f"hitc aggregate failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    out = folder / name
    (out / "diagnostics.json").write_text(done.stdout or "[]", encoding="utf-8")
    with open(out / "labels.csv", newline="", encoding="utf-8") as f:
        labels = list(csv.DictReader(f))
    with open(out / "workers.csv", newline="", encoding="utf-8") as f:
        workers = list(csv.DictReader(f))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return labels, workers, summary


def sql(folder, dialect, iterations, assignments=False):
    """`hitc sql` of the case's spec for `dialect`, judgments in file order by their `seq` column
    (and timed per `assignment` when they have one): (exit status, script path, output)."""
    path = folder / f"script.{dialect}.sql"
    args = ["sql", "spec.yaml", "--dialect", dialect, "--iterations", str(iterations), "--order-column", "seq",
            "-o", path.name] + (["--assignment"] if assignments else [])
    done = run(args, folder)
    return done.returncode, path, done.stdout + done.stderr


# The codes with which `hitc aggregate` refuses a row of a long results file: an answer that is not
# valid for its question (E0502), a question the spec does not define (E0503), an empty question,
# item or worker (E0504). Each is reported at its row, "row N: ..." / "row N, answer to ...".
REFUSING = ("E0502", "E0503", "E0504")
ROW = re.compile(r"^row (\d+)\b")


def refused(diagnostics_json):
    """{row number of results.csv (1 = the first row after the header): (code, message)} for
    every row `hitc aggregate`'s diagnostics (JSON) refuse. Fails on a refusal without a row, or
    on more refusals than hitc prints (its limit of 200 diagnostics): then the list is not whole."""
    out = {}
    for d in json.loads(diagnostics_json or "[]"):
        if d.get("severity", "error") != "error":
            continue
        code, message = d.get("code"), d.get("message", "")
        if code not in REFUSING:
            raise AssertionError(f"hitc aggregate reported {code} {message!r}: not a refused row")
        m = ROW.match(message)
        if not m:
            raise AssertionError(f"hitc aggregate's {code} names no row: {message!r}")
        out[int(m.group(1))] = (code, message)
    return out


def refusals(folder, iterations):
    """`hitc aggregate` of the case in `folder` when it refuses rows: (exit status, `refused()`)."""
    fixed = ["--iterations", str(iterations)] if has_fixed_iterations() else \
        ["--max-iterations", str(iterations), "--tolerance", "0"]
    done = run(["aggregate", "spec.yaml", "--results", "results.csv", "--format", "long", "-o", "refused", "-q",
                "--diagnostics-format", "json"] + fixed, folder)
    return done.returncode, refused(done.stdout)
