#!/usr/bin/env python3
"""Benchmark of `hitc aggregate` (release build), and of Crowd-Kit on the same data.

Generates a synthetic long-format results file (100,000 items x 10 workers from
a pool of 1,000, 4 classes with prior (.33, .28, .22, .17); workers 70% good
(accuracy uniform in .65-.95), 15% mediocre (.35-.65), 10% uniform spammers,
5% biased (one label 80% of the time); errors spread by a per-worker Dirichlet;
fixed seed), runs `hitc aggregate` with `majority` and `dawid_skene`, and prints
wall time, CPU time, peak memory (max RSS of the child) and accuracy against
the generated truth. Then the same for 10,000,000 judgments (1,000,000 items)
unless --skip-10m.

If Crowd-Kit can be installed into a virtual environment (`python3 -m venv`,
`pip install crowd-kit`), it is run on the same files in a child process and
the ratios are printed. Crowd-Kit's Dawid-Skene is run twice: with its own
stopping test (n_iter=100, tol=1e-5) and for a fixed 100 iterations (tol=0).

Then the 1M judgments again as MTurk batch results (every cell quoted, ten
judgments per row), as JSON Lines and as Prolific submissions (JSON Lines of
the pages), timed with hitc (unless --skip-formats).

Usage: python3 bench/aggregate.py [--skip-10m] [--skip-crowdkit] [--skip-formats] [--work DIR]
Needs numpy to generate the data (from the venv when the Python that started
the script lacks it).
"""
import argparse
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = ["a", "b", "c", "d"]
PRIOR = [0.33, 0.28, 0.22, 0.17]

SPEC = """hitc: 1
id: bench-{id}
version: 1.0.0
title: Benchmark task
description: Synthetic four-class labelling task for the aggregation benchmark.
language: en
data:
  key: item_id
  fields:
    item_id: {{ type: string }}
    text: {{ type: text }}
hit:
  items_per_hit: 10
  reward: 0.50 USD
  estimated_seconds: 60
  layout:
    - text: text
    - question: label
  questions:
    label:
      type: single_choice
      prompt: Which class?
      options: [a, b, c, d]
quality:
  judgments_per_item: 10
  aggregation:
    label: {{ method: {method} }}
"""


def venv_python(work):
    """The venv's python with numpy (and Crowd-Kit if it installs), or None."""
    venv = os.path.join(work, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        if subprocess.call([sys.executable, "-m", "venv", venv]) != 0:
            return None
    if subprocess.call([python, "-c", "import crowdkit, numpy"], stderr=subprocess.DEVNULL) != 0:
        print("installing crowd-kit into", venv, flush=True)
        if subprocess.call([python, "-m", "pip", "install", "-q", "crowd-kit"]) != 0:
            subprocess.call([python, "-m", "pip", "install", "-q", "numpy"])
    return python


def generate(path, truth_path, items, seed=20260101):
    import numpy as np
    rng = np.random.default_rng(seed)
    k, pool, per_item = 4, 1000, 10
    kinds = rng.choice(4, size=pool, p=[0.70, 0.15, 0.10, 0.05])  # good, mediocre, spammer, biased
    confusion = np.zeros((pool, k, k))
    for w in range(pool):
        spread = rng.dirichlet(np.ones(k))
        if kinds[w] in (0, 1):
            acc = rng.uniform(0.65, 0.95) if kinds[w] == 0 else rng.uniform(0.35, 0.65)
            for t in range(k):
                off = spread.copy()
                off[t] = 0
                confusion[w, t] = off / off.sum() * (1 - acc)
                confusion[w, t, t] = acc
        elif kinds[w] == 2:
            confusion[w] = 1.0 / k
        else:
            b = rng.integers(k)
            off = spread.copy()
            off[b] = 0
            row = off / off.sum() * 0.2
            row[b] = 0.8
            confusion[w] = row
    truth = rng.choice(k, size=items, p=PRIOR)
    # Ten distinct workers per item: draw, then redraw items with a repeated worker.
    workers = rng.integers(pool, size=(items, per_item))
    while True:
        s = np.sort(workers, axis=1)
        bad = np.any(s[:, 1:] == s[:, :-1], axis=1)
        if not bad.any():
            break
        workers[bad] = rng.integers(pool, size=(int(bad.sum()), per_item))
    cumulative = np.cumsum(confusion, axis=2)
    u = rng.random((items, per_item))
    rows = cumulative[workers, truth[:, None]]  # items x per_item x k
    answers = (u[:, :, None] > rows).sum(axis=2).clip(0, k - 1)
    item_names = np.char.add("i", np.arange(items).astype(str))
    worker_names = np.char.add("w", np.arange(pool).astype(str))
    with open(path, "w") as f:
        f.write("item,worker,question,answer\n")
        chunk = 100_000
        for start in range(0, items, chunk):
            end = min(items, start + chunk)
            it = np.repeat(item_names[start:end], per_item)
            wk = worker_names[workers[start:end].ravel()]
            an = np.array(CLASSES)[answers[start:end].ravel()]
            f.write("".join(f"{a},{b},label,{c}\n" for a, b, c in zip(it.tolist(), wk.tolist(), an.tolist())))
    with open(truth_path, "w") as f:
        f.write("item,truth\n")
        f.write("".join(f"i{i},{CLASSES[t]}\n" for i, t in enumerate(truth.tolist())))


def other_formats(path, mturk_path, jsonl_path, submissions_path, per_hit=10):
    """The judgments of a long CSV again as MTurk batch results (one row per
    assignment: a worker's judgments ten at a time, every cell quoted, with the
    columns MTurk writes), as JSON Lines of the long format, and as Prolific
    submissions (the same pages as the objects the task page sends)."""
    import base64, csv, json
    by_worker = {}
    with open(path) as f, open(jsonl_path, "w") as jsonl:
        reader = csv.reader(f)
        next(reader)
        for item, worker, question, answer in reader:
            by_worker.setdefault(worker, []).append((item, answer))
            jsonl.write(json.dumps({"item": item, "worker": worker, "question": question, "answer": answer}) + "\n")
    header = ["HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments",
              "RequesterAnnotation", "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration",
              "NumberOfSimilarHITs", "LifetimeInSeconds", "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime",
              "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime", "RequesterFeedback",
              "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate",
              "Input.items", "Input.hit", "Input.item_keys"]
    for n in range(1, per_hit + 1):
        header += [f"Answer.item{n}", f"Answer.item{n}_label"]
    header += ["Answer.hitc_seconds", "Approve", "Reject"]
    with open(mturk_path, "w", newline="") as f, open(submissions_path, "w") as submissions:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(header)
        a = 0
        for worker, judgments in by_worker.items():
            for start in range(0, len(judgments), per_hit):
                chunk = judgments[start:start + per_hit]
                a += 1
                keys = [k for k, _ in chunk]
                items = json.dumps([{"item_id": k, "text": "Item " + k} for k in keys]).encode()
                payload = "hitc1:" + base64.urlsafe_b64encode(items).decode().rstrip("=")
                row = [f"H{a}", "T1", "Benchmark task", "Synthetic", "bench", "$0.50", "Mon Nov 30 2026", "10", "",
                       "1200", "259200", "", "", "604800", f"A{a}", worker, "Submitted", "", "", "", "", "", "", "60",
                       "100%", "100%", "100%", payload, str(a), "|".join(keys)]
                page = {"PROLIFIC_PID": worker, "STUDY_ID": "S1", "SESSION_ID": f"A{a}", "hitc_seconds": "60"}
                for n in range(per_hit):
                    row += list(chunk[n]) if n < len(chunk) else ["", ""]
                    page[f"item{n + 1}"], page[f"item{n + 1}_label"] = chunk[n] if n < len(chunk) else ("", "")
                writer.writerow(row + ["60", "", ""])
                submissions.write(json.dumps(page) + "\n")


def run_measured(command):
    """Wall time (s), peak RSS (MB) and CPU time (user + system, s) of one child.

    Peak RSS comes from /usr/bin/time when present (Linux keeps a process's peak
    across exec, so the measuring process must be small: this script keeps no
    data in memory), else from wait4."""
    timed = ["/usr/bin/time", "-f", "%M %U %S"] + command if os.path.exists("/usr/bin/time") else command
    start = time.perf_counter()
    process = subprocess.Popen(timed, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{err.decode()}")
    if timed is command:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, out.decode()
    rss_kb, user, system = err.decode().strip().split("\n")[-1].split()
    return wall, int(rss_kb) / 1024, float(user) + float(system), out.decode()


def accuracy(labels_csv, truth_csv):
    truth = {}
    with open(truth_csv) as f:
        next(f)
        for line in f:
            item, t = line.rstrip("\n").split(",")
            truth[item] = t
    right = total = 0
    with open(labels_csv) as f:
        next(f)
        for line in f:
            item, _, label = line.split(",")[:3]
            total += 1
            right += truth.get(item) == label
    return right / total


CROWDKIT = r"""
import sys, time, pandas as pd
from crowdkit.aggregation import MajorityVote, DawidSkene
method, path, truth_path, n_iter, tol = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
data = pd.read_csv(path).rename(columns={"item": "task", "answer": "label"})[["task", "worker", "label"]]
truth = pd.read_csv(truth_path).set_index("item")["truth"]
start = time.perf_counter()
if method == "majority":
    labels = MajorityVote().fit_predict(data)
    iterations = 0
else:
    model = DawidSkene(n_iter=n_iter, tol=tol)
    labels = model.fit_predict(data)
    iterations = len(model.loss_history_)
fit = time.perf_counter() - start
print(fit, (labels == truth.loc[labels.index]).mean(), iterations)
"""


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--generate":
        generate(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    if len(sys.argv) == 6 and sys.argv[1] == "--other-formats":
        other_formats(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-10m", action="store_true", help="only the 1,000,000-judgment run")
    parser.add_argument("--skip-crowdkit", action="store_true")
    parser.add_argument("--crowdkit-10m", action="store_true",
                        help="run Crowd-Kit on the 10M file too (slow: minutes; by default only on 1M)")
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench-aggregate"))
    parser.add_argument("--scratch-path", help="swift build --scratch-path (default: .build)")
    parser.add_argument("--binary", help="use this hitc instead of building the release product")
    parser.add_argument("--dynamic-swift-stdlib", action="store_true",
                        help="build hitc against the shared Swift libraries (by default they are linked in, as in a "
                             "distributed binary: it starts about 10-20 ms sooner)")
    parser.add_argument("--skip-formats", action="store_true",
                        help="leave out the 1M judgments as MTurk batch results, JSON Lines and submissions")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of hitc per measurement; the fastest (wall) is shown, with the least CPU time "
                             "and the highest peak memory of all runs (default 3: the machine may be busy)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    python = None if args.skip_crowdkit else venv_python(args.work)
    generator = sys.executable
    if subprocess.call([generator, "-c", "import numpy"], stderr=subprocess.DEVNULL) != 0:
        generator = python or venv_python(args.work)
        if generator is None:
            sys.exit("numpy is needed to generate the data")
    has_crowdkit = python is not None and subprocess.call(
        [python, "-c", "import crowdkit"], stderr=subprocess.DEVNULL) == 0

    binary = args.binary
    if binary is None:
        print("building hitc (release)...", flush=True)
        build = ["swift", "build", "-c", "release"] + (["--scratch-path", args.scratch_path] if args.scratch_path else []) \
            + ([] if args.dynamic_swift_stdlib else ["--static-swift-stdlib"])
        subprocess.check_call(build + ["--product", "hitc"], cwd=ROOT, stdout=subprocess.DEVNULL)
        binary = os.path.join(subprocess.check_output(build + ["--show-bin-path"], cwd=ROOT).decode().strip(), "hitc")
    for method in ("majority", "dawid_skene"):
        with open(os.path.join(args.work, f"{method}.yaml"), "w") as f:
            f.write(SPEC.format(method=method, id=method.replace("_", "-")))

    sizes = [100_000] + ([] if args.skip_10m else [1_000_000])
    results = {}
    for items in sizes:
        n = items * 10
        data = os.path.join(args.work, f"results-{n}.csv")
        truth = os.path.join(args.work, f"truth-{n}.csv")
        if not os.path.exists(data):
            print(f"generating {n:,} judgments...", flush=True)
            # In a child, so this process stays small (see run_measured).
            subprocess.check_call([generator, __file__, "--generate", data, truth, str(items)])
        print(f"\n== {n:,} judgments ({os.path.getsize(data) / 1e6:.0f} MB)")
        for method in ("majority", "dawid_skene"):
            out = os.path.join(args.work, f"out-{method}-{n}")
            runs = [run_measured([binary, "aggregate", os.path.join(args.work, f"{method}.yaml"), "--results", data,
                                  "-o", out]) for _ in range(max(1, args.repeat))]
            wall, stdout = min(r[0] for r in runs), runs[0][3]
            rss, cpu = max(r[1] for r in runs), min(r[2] for r in runs)
            acc = accuracy(os.path.join(out, "labels.csv"), truth)
            detail = stdout.split("\n")[1].strip() if method == "dawid_skene" else ""
            print(f"hitc {method:40s} wall {wall:7.2f} s  cpu {cpu:7.2f} s  peak {rss:7.1f} MB  accuracy {acc:.4f}  {detail}",
                  flush=True)
            results[(n, "hitc", method)] = (wall, rss, acc, cpu)
            if has_crowdkit and (n == 1_000_000 or args.crowdkit_10m):
                runs = [("majority", 0, 0.0)] if method == "majority" else [("dawid_skene", 100, 1e-5), ("dawid_skene", 100, 0.0)]
                for m, n_iter, tol in runs:
                    ck_wall, ck_rss, ck_cpu, ck_out = run_measured([python, "-c", CROWDKIT, m, data, truth, str(n_iter), str(tol)])
                    fit, ck_acc, iterations = ck_out.split()
                    label = f"crowd-kit {m}" + (f" (tol={tol:g}, {iterations} it.)" if m == "dawid_skene" else "")
                    print(f"{label:45s} wall {ck_wall:7.2f} s  cpu {ck_cpu:7.2f} s  peak {ck_rss:7.1f} MB  "
                          f"accuracy {float(ck_acc):.4f}  (fit {float(fit):.2f} s)", flush=True)
                    print(f"   ratio: hitc is {ck_wall / wall:5.1f}x faster (wall), {ck_cpu / cpu:5.1f}x (cpu), "
                          f"uses {rss / ck_rss:.3f} of the memory, accuracy {acc - float(ck_acc):+.4f}", flush=True)
        if n == 1_000_000 and not args.skip_formats:
            mturk = os.path.join(args.work, f"mturk-{n}.csv")
            jsonl = os.path.join(args.work, f"results-{n}.jsonl")
            submissions = os.path.join(args.work, f"submissions-{n}.jsonl")
            if not all(os.path.exists(p) for p in (mturk, jsonl, submissions)):
                print("writing the same judgments as MTurk results, JSON Lines and submissions...", flush=True)
                subprocess.check_call([sys.executable, __file__, "--other-formats", data, mturk, jsonl, submissions])
            print(f"\n== the same {n:,} judgments as MTurk batch results ({os.path.getsize(mturk) / 1e6:.0f} MB), "
                  f"JSON Lines ({os.path.getsize(jsonl) / 1e6:.0f} MB) and Prolific submissions "
                  f"({os.path.getsize(submissions) / 1e6:.0f} MB)")
            for name, path in (("mturk", mturk), ("jsonl", jsonl), ("submissions", submissions)):
                for method in ("majority", "dawid_skene"):
                    out = os.path.join(args.work, f"out-{method}-{name}-{n}")
                    runs = [run_measured([binary, "aggregate", os.path.join(args.work, f"{method}.yaml"), "--results",
                                          path, "-o", out]) for _ in range(max(1, args.repeat))]
                    wall, rss, cpu = min(r[0] for r in runs), max(r[1] for r in runs), min(r[2] for r in runs)
                    acc = accuracy(os.path.join(out, "labels.csv"), truth)
                    label = f"hitc {method} ({name})"
                    print(f"{label:45s} wall {wall:7.2f} s  cpu {cpu:7.2f} s  peak {rss:7.1f} MB  accuracy {acc:.4f}",
                          flush=True)
    if len(sizes) == 2:
        print("\n== scaling 1M -> 10M (ideal 10x)")
        for method in ("majority", "dawid_skene"):
            a, b = results[(1_000_000, "hitc", method)], results[(10_000_000, "hitc", method)]
            print(f"hitc {method:12s} wall x{b[0] / a[0]:.1f}, cpu x{b[3] / a[3]:.1f}, memory x{b[1] / a[1]:.1f}")


if __name__ == "__main__":
    main()
