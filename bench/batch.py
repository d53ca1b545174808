#!/usr/bin/env python3
"""Benchmark of `hitc batch` (release build): the grocery example spec (MTurk
target, gold mixed in) with a generated data file of 1,000,000 and 10,000,000
rows. Prints wall time, CPU time (user + system), peak memory (max RSS of the
child), HITs and output size. Asserts nothing.

Usage: python3 bench/batch.py [--rows N[,N...]] [--binary PATH] [--work DIR] [--keep-output]
The data files are kept in --work (default /tmp/hitc-bench-batch) and reused.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

from run import write_grocery_csv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "Specs", "grocery-search-relevance", "spec.yaml")


def build():
    # As bench/run.py: a statically linked standard library, as a release is built.
    flags = ["-c", "release", "--static-swift-stdlib"]
    subprocess.run(["swift", "build", *flags, "--product", "hitc"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", *flags, "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "hitc")


def data_file(work, rows):
    """A grocery CSV of `rows` rows (the generator of bench/run.py), generated once."""
    path = os.path.join(work, f"items-{rows}.csv")
    if not os.path.exists(path):
        write_grocery_csv(path + ".partial", rows)
        os.rename(path + ".partial", path)
    return path


def run(hitc, data, out):
    """Wall seconds, CPU seconds, peak RSS in MB and exit status of one `hitc batch`."""
    start = time.perf_counter()
    proc = subprocess.Popen([hitc, "batch", SPEC, "--data", data, "-o", out, "--force", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode()
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"hitc batch failed ({code}):\n{err[:2000]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code


def folder_bytes(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="1000000,10000000", help="comma-separated row counts")
    parser.add_argument("--binary", help="use this hitc instead of building the release product")
    parser.add_argument("--work", default="/tmp/hitc-bench-batch", help="where data files are generated and kept")
    parser.add_argument("--keep-output", action="store_true", help="keep the batch folders")
    args = parser.parse_args()

    hitc = args.binary or build()
    os.makedirs(args.work, exist_ok=True)
    print("hitc batch benchmark (release build; grocery spec, MTurk target, 1 gold item per HIT)")
    print(f"  {'rows':>12} {'data':>9} {'wall':>9} {'CPU':>9} {'peak RSS':>9} {'HITs':>10} {'output':>9}")
    for rows in (int(r) for r in args.rows.split(",")):
        data = data_file(args.work, rows)
        out = os.path.join(args.work, f"batch-{rows}")
        wall, cpu, rss, _ = run(hitc, data, out)
        with open(os.path.join(out, "summary.json")) as f:
            hits = json.load(f)["hits"]
        print(f"  {rows:>12,} {os.path.getsize(data) / 1e6:>7.0f} MB {wall:>7.1f} s {cpu:>7.1f} s "
              f"{rss:>6.0f} MB {hits:>10,} {folder_bytes(out) / 1e9:>6.2f} GB", flush=True)
        if not args.keep_output:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
