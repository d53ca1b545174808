#!/usr/bin/env python3
"""Replays saved findings against a hitc binary and says which still happen.

  python3 fuzz/replay.py fuzz/findings/*                  # every finding, release build
  python3 fuzz/replay.py --binary .build/debug/hitc DIR   # one finding, verbose

For each finding folder: copies its files/ to a temporary folder, runs the
command of cmd.txt (from finding.json) with the fuzzer's limits and oracles, and
prints STILL (the same signature happens), CHANGED (other problems) or FIXED.
Exit status: 1 when any finding still happens, else 0."""

import argparse
import json
import os
import shutil
import stat
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hitcfuzz import case as case_mod  # noqa: E402
from hitcfuzz.special import Special  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(folder):
    """The finding's metadata and its case (files read from files/)."""
    with open(os.path.join(folder, "finding.json")) as f:
        meta = json.load(f)
    files = {}
    root = os.path.join(folder, "files")
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                files[rel] = Special("symlink", os.readlink(path))
            elif stat.S_ISFIFO(os.lstat(path).st_mode):
                files[rel] = Special("fifo")
            else:
                with open(path, "rb") as f:
                    files[rel] = f.read()
    if meta["target"] not in files and os.path.isdir(os.path.join(root, meta["target"])):
        files[meta["target"]] = Special("dir")
    args = meta["command"]
    fmt = args[args.index("--diagnostics-format") + 1] if "--diagnostics-format" in args else "text"
    command = case_mod.Command(args[0], args, fmt=fmt)
    return meta, case_mod.Case(meta["seed"], meta["kind"], files, meta["target"], [command]), command


def main():
    """Replays each finding; prints a verdict per finding."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("findings", nargs="+", help="finding folders")
    p.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "hitc"))
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--memory-mb", type=int, default=2048)
    p.add_argument("--high-memory-mb", type=int, default=1024)
    p.add_argument("-v", "--verbose", action="store_true", help="print stderr of each run")
    args = p.parse_args()
    limits = case_mod.Limits(timeout=args.timeout, memory_bytes=args.memory_mb << 20, high_memory_kb=args.high_memory_mb << 10)
    base = tempfile.mkdtemp(prefix="hitc-replay-")
    still = 0
    try:
        for folder in args.findings:
            if not os.path.exists(os.path.join(folder, "finding.json")):
                continue
            meta, case, command = load(folder)
            outcome, problems = case_mod.reproduce(case, command, os.path.abspath(args.binary), limits, base)
            signatures = {p.signature for p in problems}
            same = meta["signature"] in signatures or any(meta["signature"].startswith(s + ":") for s in signatures)
            verdict = "STILL" if same else ("CHANGED" if problems else "FIXED")
            still += same
            print(f"{verdict:7s} exit {outcome.returncode:4d}  {os.path.basename(folder.rstrip('/'))}")
            if verdict == "CHANGED":
                for s in sorted(signatures):
                    print(f"          now: {s}")
            if args.verbose or len(args.findings) == 1:
                sys.stdout.write(outcome.stderr.decode("utf-8", "backslashreplace")[:4000])
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if still else 0


if __name__ == "__main__":
    sys.exit(main())
