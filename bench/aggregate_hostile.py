#!/usr/bin/env python3
"""Benchmark of `hitc aggregate` on hostile results files (release build).

Each case is a results file made to cost time or memory out of proportion to
its size; hitc must read it in time and memory proportional to it, or stop with
a located error. Prints, per case and binary: file size, wall time, peak memory
(max RSS of the child), exit status and the first line of standard error.
Asserts nothing (unit tests check the answers; this measures).

Cases (the grocery example spec):
  header-20k, header-200k  a long-format CSV whose header has 20,000 / 200,000
                           columns (all but four ignored), one row
  mturk-header-200k        an MTurk header of 200,000 columns, one row
  pages-slot-10000         200,000 submitted pages that each name only slot 10,000
  mturk-slot-10000         an MTurk file of 1,000,000 rows whose header names slot 10,000
  json-100k-same-key       one JSON line with the key "item" 100,000 times
  csv-4m-stray-quotes      one CSV row holding 4,000,000 stray quotes
  csv-64mib-open-quote     a quote that never closes, 64 MiB before the end

Usage: python3 bench/aggregate_hostile.py [--binary PATH ...] [--cases NAME,...] [--timeout S] [--work DIR]
Without --binary the release product is built (static, as bench/aggregate.py);
give --binary twice to compare two builds (each case runs them one after the other).
"""
import argparse
import os
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "Specs", "grocery-search-relevance", "spec.yaml")
MTURK_HEAD = "WorkerId,AssignmentId"


def write(path, chunks):
    with open(path, "w", newline="") as f:
        for chunk in chunks:
            f.write(chunk)


def make(name, path):
    """Writes the file of case `name` to `path`."""
    if name in ("header-20k", "header-200k"):
        n = 20_000 if name == "header-20k" else 200_000
        extra = n - 4
        write(path, ["item,worker,question,answer,", ",".join(f"c{k}" for k in range(extra)), "\n",
                     "a1,w1,relevance,exact", "," * extra, "\n"])
    elif name == "mturk-header-200k":
        filler = 200_000 - 4
        write(path, [MTURK_HEAD, ",", ",".join(f"Input.f{k}" for k in range(filler)), ",Answer.item1,Answer.item1_relevance\n",
                     "W1,A1", "," * filler, ",a1,exact\n"])
    elif name == "pages-slot-10000":
        write(path, (f'{{"item10000": "it-{r % 997}", "item10000_relevance": "exact", "worker": "w{r}"}}\n'
                     for r in range(200_000)))
    elif name == "mturk-slot-10000":
        write(path, ["WorkerId,Answer.item10000,Answer.item10000_relevance\n"]
              + [f"w{r},it-{r % 997},exact\n" for r in range(1_000_000)])
    elif name == "json-100k-same-key":
        write(path, ["{", ", ".join('"item": "a1"' for _ in range(100_000)),
                     ', "worker": "w1", "question": "relevance", "answer": "exact"}\n'])
    elif name == "csv-4m-stray-quotes":
        write(path, ["item,worker,question,answer\n", 'a"', '"' * 4_000_000, ",w1,relevance,exact\n"])
    elif name == "csv-64mib-open-quote":
        write(path, ["item,worker,question,answer\n", 'a1,w1,reason,"'] + ["x" * (1 << 20)] * 64 + ["\n"])
    else:
        sys.exit(f"unknown case {name}")


CASES = ["header-20k", "header-200k", "mturk-header-200k", "pages-slot-10000", "mturk-slot-10000",
         "json-100k-same-key", "csv-4m-stray-quotes", "csv-64mib-open-quote"]


def run(binary, results, out, timeout):
    """Wall time, peak RSS (MB), exit status and the first stderr line of one run (None on timeout)."""
    command = ["/usr/bin/time", "-f", "%M", binary, "aggregate", SPEC, "--results", results, "-o", out, "--quiet"]
    start = time.perf_counter()
    # A session of its own, so a timeout kills hitc too, not only /usr/bin/time.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None
    wall = time.perf_counter() - start
    lines = err.decode(errors="replace").strip().split("\n")
    rss = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    first = lines[0][:110] if len(lines) > 1 else ""
    return wall, rss, process.returncode, first


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", action="append", help="hitc to run (repeat to compare)")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run counts as a hang")
    parser.add_argument("--work", default="/tmp/hitc-bench-aggregate-hostile")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binaries = args.binary
    if not binaries:
        build = ["swift", "build", "-c", "release", "--static-swift-stdlib"]
        subprocess.check_call(build + ["--product", "hitc"], cwd=ROOT, stdout=subprocess.DEVNULL)
        binaries = [os.path.join(subprocess.check_output(build + ["--show-bin-path"], cwd=ROOT).decode().strip(), "hitc")]
    for name in args.cases.split(","):
        suffix = ".jsonl" if name.startswith(("pages", "json")) else ".csv"
        path = os.path.join(args.work, name + suffix)
        if not os.path.exists(path):
            make(name, path)
        print(f"== {name} ({os.path.getsize(path) / 1e6:.1f} MB)", flush=True)
        for binary in binaries:
            result = run(binary, path, os.path.join(args.work, "out"), args.timeout)
            if result is None:
                print(f"  {binary}: no answer after {args.timeout:.0f} s (killed)", flush=True)
                continue
            wall, rss, status, first = result
            print(f"  {binary}: wall {wall:7.2f} s  peak {rss:7.1f} MB  exit {status}  {first}", flush=True)


if __name__ == "__main__":
    main()
