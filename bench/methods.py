#!/usr/bin/env python3
"""Speed, memory and accuracy of every categorical method of `hitc aggregate`,
side by side with Crowd-Kit 1.4.2's same method, on the synthetic benchmark set
of bench/aggregate.py (1,000,000 judgments: 100,000 items x 10 workers, 4
classes, with truth).

Each run is a whole process: wall time, peak memory (max RSS, /usr/bin/time)
and accuracy against the generated truth. hitc is the release binary given by
--binary (fastest of --repeat runs); Crowd-Kit runs once per method in its own
process (bench/crowdkit_run.py with the venv's Python), stopped after
--crowdkit-timeout seconds (then its time is shown as "> N s" and the speed-up
as a lower bound). Methods the binary refuses (E0313: not implemented yet) are
listed as such, and Crowd-Kit is not run for them (unless --crowdkit-always). Prints a Markdown table (and writes it with --markdown FILE).

Usage: python3 bench/methods.py --binary PATH [--work DIR] [--methods m1,m2]
                                [--judgments N] [--crowdkit-timeout S] [--repeat N]
                                [--crowdkit-python PY] [--skip-crowdkit] [--markdown FILE]

--judgments N takes the first N judgments of the 1M file (whole items: N is
rounded down to a multiple of 10), to keep Crowd-Kit's slow methods (GLAD,
MACE) within the time box. The data are made by `bench/aggregate.py` (its
--work folder, by default /work/benchwork: results-1000000.csv,
truth-1000000.csv); run that first if they are missing.
"""
import argparse
import csv
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from accuracy import machine, measured, read_labels, refusal, versions  # noqa: E402
from aggregate import SPEC  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METHODS = ["majority", "weighted_majority", "dawid_skene", "one_coin", "wawa", "zero_based_skill", "glad", "mace"]


def head(source, target, judgments):
    """The first `judgments` rows of a long CSV (whole items of ten), unless already written."""
    if os.path.exists(target):
        return
    with open(source) as f, open(target + ".part", "w") as out:
        for n, line in enumerate(f):
            if n > judgments:
                break
            out.write(line)
    os.replace(target + ".part", target)


def truth_of(path):
    with open(path, newline="") as f:
        return {row["item"]: row["truth"] for row in csv.DictReader(f)}


def accuracy(labels, truth):
    """Share of labelled items whose label is the truth."""
    return sum(truth.get(i) == l for i, l in labels.items()) / max(1, len(labels))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="hitc, a release build")
    parser.add_argument("--work", default="/work/benchwork", help="the folder of bench/aggregate.py's data")
    parser.add_argument("--out", default=os.path.join(ROOT, ".build", "bench-methods"), help="folder for specs and outputs")
    parser.add_argument("--methods", help="comma-separated subset of: " + ",".join(METHODS))
    parser.add_argument("--judgments", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2, help="hitc runs per method; the fastest is shown")
    parser.add_argument("--crowdkit-python", default="/work/benchwork/venv/bin/python")
    parser.add_argument("--crowdkit-timeout", type=float, default=120)
    parser.add_argument("--skip-crowdkit", action="store_true")
    parser.add_argument("--crowdkit-always", action="store_true",
                        help="run Crowd-Kit also for the methods the binary refuses (by default it is not run for them)")
    parser.add_argument("--markdown", help="also write the table to this file")
    args = parser.parse_args()
    methods = args.methods.split(",") if args.methods else METHODS
    source = os.path.join(args.work, "results-1000000.csv")
    truth_path = os.path.join(args.work, "truth-1000000.csv")
    if not os.path.exists(source):
        sys.exit(f"{source} is missing: run bench/aggregate.py --work {args.work} --skip-10m first")
    os.makedirs(args.out, exist_ok=True)
    judgments = min(1_000_000, args.judgments // 10 * 10)
    data = source if judgments == 1_000_000 else os.path.join(args.out, f"results-{judgments}.csv")
    if data != source:
        head(source, data, judgments)
    truth = truth_of(truth_path)
    python = None if args.skip_crowdkit or not os.path.exists(args.crowdkit_python) else args.crowdkit_python
    binary = os.path.abspath(args.binary)
    runner = os.path.join(ROOT, "bench", "crowdkit_run.py")
    started = time.perf_counter()
    rows = []
    print(f"{judgments:,} judgments ({data})", flush=True)
    for method in methods:
        spec = os.path.join(args.out, f"{method}.yaml")
        with open(spec, "w") as f:
            f.write(SPEC.format(method=method, id=method.replace("_", "-")))
        out = os.path.join(args.out, f"out-{method}")
        runs = [measured([binary, "aggregate", spec, "--results", data, "-o", out, "-q"])
                for _ in range(max(1, args.repeat))]
        row = {"method": method}
        if runs[0][0] == 0:
            row["hitc"] = {"wall": min(r[1] for r in runs), "rss": max(r[2] or 0 for r in runs),
                           "accuracy": accuracy(read_labels(os.path.join(out, "labels.csv")), truth)}
        else:
            row["hitc"] = {"refused": refusal(runs[0][4]) or f"exit {runs[0][0]}: {runs[0][4].strip()[:160]}"}
        if python and method != "weighted_majority" and ("wall" in row["hitc"] or args.crowdkit_always):
            labels_path = os.path.join(args.out, f"crowdkit-{method}.csv")
            status, wall, rss, stdout, err = measured([python, runner, method, data, labels_path],
                                                      timeout=args.crowdkit_timeout)
            if status == 0:
                fit, iterations = stdout.split()
                row["crowdkit"] = {"wall": wall, "rss": rss or 0, "fit": float(fit), "iterations": int(iterations),
                                   "accuracy": accuracy(read_labels(labels_path), truth)}
            elif status is None:
                row["crowdkit"] = {"timeout": args.crowdkit_timeout}
            else:
                row["crowdkit"] = {"failed": (err.strip().splitlines() or [f"exit {status}"])[-1][:160]}
        rows.append(row)
        print(line_of(row), flush=True)
    table = markdown(rows, judgments, versions(binary, python), machine(), time.perf_counter() - started,
                     os.path.relpath(binary, ROOT))
    print("\n" + table)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(table)


def line_of(row):
    h, c = row["hitc"], row.get("crowdkit", {})
    hs = f"{h['wall']:.2f} s {h['rss']:.0f} MB acc {h['accuracy']:.4f}" if "wall" in h else h["refused"]
    cs = f"{c['wall']:.2f} s (fit {c['fit']:.2f}) {c['rss']:.0f} MB acc {c['accuracy']:.4f}" if "wall" in c else \
        (f"> {c['timeout']:g} s (stopped)" if "timeout" in c else c.get("failed", "—"))
    return f"{row['method']:18s} hitc {hs:40s} crowd-kit {cs}"


def method_has_no_counterpart(method):
    return method == "weighted_majority"


def markdown(rows, judgments, v, machine_, elapsed, binary):
    out = [f"{judgments:,} judgments of the synthetic set of `bench/aggregate.py` (4 classes, 10 workers per item). "
           f"Whole process, wall time and peak memory (max RSS). Machine: {machine_}, load average "
           f"{os.getloadavg()[0]:.1f} at the end. hitc {v.get('hitc', '?')} (`{binary}`); Crowd-Kit "
           f"{v.get('crowd-kit', '—')} (Python {v.get('python', '—')}, pandas {v.get('pandas', '—')}). "
           f"Made by `bench/methods.py` in {elapsed:.0f} s.", "",
           "| method | hitc wall | hitc peak | hitc accuracy | Crowd-Kit wall (fit) | Crowd-Kit peak | "
           "Crowd-Kit accuracy | speed-up | memory |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        h, c = row["hitc"], row.get("crowdkit")
        if "wall" in h:
            cells = [f"{h['wall']:.2f} s", f"{h['rss']:.0f} MB", f"{h['accuracy']:.4f}"]
        else:
            cells = [f"— ({h['refused']})", "", ""]
        if c is None:
            cells += ["—", "—", "—", "", ""] if method_has_no_counterpart(row["method"]) else ["not run", "", "", "", ""]
        elif "wall" in c:
            cells += [f"{c['wall']:.2f} s ({c['fit']:.2f})", f"{c['rss']:.0f} MB", f"{c['accuracy']:.4f}"]
            cells += [f"{c['wall'] / h['wall']:.1f}×", f"{h['rss'] / c['rss']:.2f}"] if "wall" in h else ["", ""]
        elif "timeout" in c:
            cells += [f"> {c['timeout']:g} s (stopped)", "", ""]
            cells += [f"> {c['timeout'] / h['wall']:.0f}×", ""] if "wall" in h else ["", ""]
        else:
            cells += [f"failed: {c['failed']}", "", "", "", ""]
        out.append(f"| `{row['method']}` | " + " | ".join(cells) + " |")
    out.append("")
    out.append("speed-up: Crowd-Kit's wall time over hitc's; memory: hitc's peak over Crowd-Kit's "
               "(the issue's goals: at least 10×, at most 0.20).")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
