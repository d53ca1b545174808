#!/usr/bin/env python3
"""Mutation fuzzer for hitc: mutates the example specs, the invalid-spec corpus,
data files and generated results files, runs the built `hitc` on each (check,
build, batch, aggregate) under a timeout and a memory limit, and saves every
distinct crash, hang, bad exit code, invalid output or raw control byte as a
minimised, replayable finding. Python 3 standard library only.

  python3 fuzz/fuzz.py --minutes 10            # 10 minutes, release build of hitc
  python3 fuzz/fuzz.py --runs 100000 --jobs 2  # 100,000 cases on two cores
  python3 fuzz/fuzz.py --smoke --binary .build/debug/hitc   # CI: ~60 s, exit 1 on any finding

See fuzz/README.md."""

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hitcfuzz import campaign, case as case_mod, findings, oracles, seeds as seeds_mod  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_args(argv):
    """The command line, with the defaults --smoke and --special-only imply."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    stop = p.add_mutually_exclusive_group()
    stop.add_argument("--minutes", type=float, help="run for this many minutes")
    stop.add_argument("--runs", type=int, help="run this many cases (one mutated file each)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock; printed)")
    p.add_argument("--binary", help="the hitc to fuzz (default: `swift build -c release`, then its hitc)")
    p.add_argument("--triage-binary", help="a debug hitc that names the trap of a release crash "
                   "(default: .build/debug/hitc when it exists and --binary is not it)")
    p.add_argument("--jobs", type=int, default=1, help="cases run at the same time (default 1)")
    p.add_argument("--findings", help="folder of findings (default: fuzz/findings)")
    p.add_argument("--kinds", default="spec=72,results=20,data=8",
                   help="weights of the case kinds (default spec=72,results=20,data=8)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds before `check` counts as a hang (others get 2x)")
    p.add_argument("--memory-mb", type=int, default=2048, help="address-space limit of each run (RLIMIT_AS)")
    p.add_argument("--high-memory-mb", type=int, default=1024, help="peak RSS above which a run is a finding")
    p.add_argument("--minimise-seconds", type=float, help="time to minimise one finding (default 120; 0 with --smoke)")
    p.add_argument("--special-only", action="store_true",
                   help="run only the special-file cases (FIFO, /dev/zero, directory as spec, data or results)")
    p.add_argument("--smoke", action="store_true", help="CI smoke run: seed 1, 60 s, exit 1 on any finding")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    args = p.parse_args(argv)
    if args.smoke:
        args.seed = 1 if args.seed is None else args.seed
        if args.minutes is None and args.runs is None:
            args.minutes = 1.0
        args.minimise_seconds = 0 if args.minimise_seconds is None else args.minimise_seconds
    if args.special_only:
        args.runs, args.minutes = 0, None
    if args.minutes is None and args.runs is None:
        args.minutes = 10.0
    if args.minimise_seconds is None:
        args.minimise_seconds = 120
    if args.seed is None:
        args.seed = int(time.time()) % 1_000_000
    return args


def build_release():
    """Builds hitc in release mode; returns the binary's path."""
    print("building hitc: swift build -c release --product hitc", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "hitc"], cwd=ROOT, check=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "hitc")


def scratch_base():
    """A folder for the cases: tmpfs when there is one."""
    for candidate in ("/dev/shm", None):
        if candidate is None or (os.path.isdir(candidate) and os.access(candidate, os.W_OK)):
            return tempfile.mkdtemp(prefix="hitc-fuzz-", dir=candidate)


def aggregation_configs(binary, seeds, base):
    """aggregation.json of each example spec, from a build of the pristine spec."""
    configs = {}
    for seed in seeds:
        if seed.origin != "example":
            continue
        folder = case_mod.materialise(case_mod.Case(seed.name, "spec", seed.files, "spec.yaml"), base)
        try:
            done = subprocess.run([binary, "build", "spec.yaml", "-o", "out", "-q"], cwd=folder, capture_output=True)
            if done.returncode != 0:
                sys.exit(f"the example spec {seed.name} does not build with {binary}:\n{done.stderr.decode()}")
            bundle = os.path.join(folder, "out", os.listdir(os.path.join(folder, "out"))[0])
            with open(os.path.join(bundle, "aggregation.json")) as f:
                configs[seed.name] = json.load(f)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return configs


def _stop_on_term(*_):
    """SIGTERM stops the run like Ctrl-C: the cases under way finish, the report is printed."""
    raise KeyboardInterrupt


def main(argv=None):
    """Builds or finds hitc, loads the seeds, runs the campaign and reports; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, _stop_on_term)
    signal.signal(signal.SIGINT, signal.default_int_handler)   # also when started in the background
    binary = os.path.abspath(args.binary) if args.binary else build_release()
    triage = args.triage_binary
    debug = os.path.join(ROOT, ".build", "debug", "hitc")
    if triage is None and os.path.exists(debug) and os.path.realpath(debug) != os.path.realpath(binary):
        triage = debug
    if args.smoke and args.findings is None:
        args.findings = tempfile.mkdtemp(prefix="hitc-fuzz-smoke-findings-")
    findings_dir = os.path.abspath(args.findings or os.path.join(ROOT, "fuzz", "findings"))
    weights = {k: float(v) for k, v in (part.split("=") for part in args.kinds.split(","))}
    limits = case_mod.Limits(timeout=args.timeout, memory_bytes=args.memory_mb << 20, high_memory_kb=args.high_memory_mb << 10)

    base = scratch_base()
    try:
        seeds = seeds_mod.load(ROOT)
        seeds_mod.add_results(seeds, aggregation_configs(binary, seeds, base), random.Random(args.seed))
        maker = campaign.CaseMaker(seeds, weights)
        store = findings.FindingStore(findings_dir, binary, limits, base, triage_binary=triage,
                                      minimise_seconds=args.minimise_seconds, log=lambda m: print(m, flush=True))
        print(f"hitc fuzz: seed {args.seed}, {args.jobs} job(s), binary {binary}"
              f"{f', triage {triage}' if triage else ''}; {len(seeds)} seed folders "
              f"({sum(s.origin == 'example' for s in seeds)} examples, {sum(len(s.results) for s in seeds)} results files); "
              f"findings in {findings_dir}", flush=True)
        deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
        stats = campaign.run(maker, store, binary, limits, base, args.seed, args.jobs, deadline=deadline,
                             max_cases=args.runs, log=(lambda m: None) if args.quiet else (lambda m: print(m, flush=True)))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    store.write_counts()
    return report(args, stats, store, findings_dir)


def report(args, stats, store, findings_dir):
    """Prints and saves the run's figures; returns the exit status."""
    found = store.new_this_run()
    elapsed = time.monotonic() - stats.started
    print(campaign.progress(stats, store))
    print(f"executions: {stats.executions} in {elapsed:.0f} s ({stats.rate():.1f}/s): "
          + ", ".join(f"{k} {v}" for k, v in stats.runs.items()))
    print("exit codes: " + ", ".join(f"{k} ×{v}" for k, v in sorted(stats.exits.items())))
    failing = 0
    for signature, count in sorted(found.items(), key=lambda kv: -kv[1]):
        severity = oracles.SEVERITY.get(signature.split(":", 1)[0], "finding")
        failing += severity == "finding"
        print(f"  {count:7d} × [{severity}] {signature}  →  {store.folders.get(signature, '(not saved)')}")
    summary = {"seed": args.seed, "seconds": round(elapsed, 1), "executions": stats.executions, "cases": stats.cases,
               "runs": stats.runs, "exits": stats.exits, "findings": found}
    with open(os.path.join(findings_dir, f"run-{int(time.time())}-seed{args.seed}.json"), "w") as f:
        json.dump(summary, f, indent=2, sort_keys=True)
    if args.smoke and failing:
        print(f"smoke run: {failing} finding(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
