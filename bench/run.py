#!/usr/bin/env python3
"""hitc check and build benchmark: wall times of `hitc check` and `hitc build`
(release build) on the example specs and on a generated large spec (1,000
questions, 10,000 lines of guidelines), and the throughput of the data-file
check on a generated 1,000,000-row sample. Prints figures; asserts nothing.

Usage: python3 bench/run.py [--rows N] [--runs N] [--keep DIR] [--binary PATH] [--skip-data]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build():
    # A statically linked standard library, as a release for distribution is built:
    # it saves about 10 ms of dynamic linking on every run.
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "hitc"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "hitc")


def timed(cmd, runs):
    """Median and minimum wall time of `runs` runs, and the last exit status."""
    times = []
    status = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        status = proc.returncode
        if status not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {status}: {proc.stderr.decode()[:500]}")
    return statistics.median(times), min(times), status


def large_spec(folder, questions=1000, guideline_lines=10_000):
    """A spec with `questions` single-choice questions and long guidelines."""
    q_lines, layout, agg = [], [], []
    for i in range(questions):
        qid = f"q{i:04d}"
        layout.append(f"    - question: {qid}")
        q_lines.append(f"    {qid}:\n      type: single_choice\n      prompt: Question {i} about the item?\n"
                       f"      options:\n"
                       f"        - {{ value: yes, label: Yes, hint: The item has property {i}. }}\n"
                       f"        - {{ value: no, label: No, hint: The item lacks property {i}. }}")
        agg.append(f"    {qid}: {{ method: majority }}")
    body = "\n".join(f"        Line {n} of the guidelines: judge the **item** as a careful shopper would."
                     for n in range(guideline_lines))
    text = f"""hitc: 1
id: large-benchmark
version: 1.0.0
title: Large benchmark spec
use_case: {{ purpose: evaluation, goal: Benchmark., metric: accuracy, prior_work: none }}
data:
  key: item_id
  fields:
    item_id: {{ type: string }}
    title: {{ type: text }}
hit:
  items_per_hit: 2
  reward: 10.00 USD
  estimated_seconds: 1200
  layout:
    - text: title
{chr(10).join(layout)}
  questions:
{chr(10).join(q_lines)}
guidelines:
  summary: Judge every property.
  sections:
    - title: Everything
      body: |
{body}
  changelog:
    - {{ version: 1.0.0, date: 2026-01-01, notes: First. }}
quality:
  judgments_per_item: 3
  aggregation:
{chr(10).join(agg)}
"""
    path = os.path.join(folder, "large.yaml")
    with open(path, "w") as f:
        f.write(text)
    return path


def write_grocery_csv(path, rows):
    """A CSV of `rows` generated rows of the grocery schema (about 165 bytes each)."""
    aisles = ["produce", "dairy", "bakery", "pantry", "frozen"]
    with open(path, "w") as f:
        f.write("item_id,query,title,image,brand,price,aisle,url\n")
        chunk = []
        for i in range(rows):
            chunk.append(f'item-{i},organic milk {i % 97},"Horizon Organic Whole Milk, 1 gal ({i})",'
                         f'https://img.example.com/{i}.jpg,Horizon,{(i % 1000) / 100:.2f},{aisles[i % 5]},'
                         f'https://shop.example.com/p/{i}\n')
            if len(chunk) == 10_000:
                f.write("".join(chunk))
                chunk = []
        f.write("".join(chunk))


def data_spec(folder, rows):
    """A small spec whose sample is a generated CSV of `rows` rows."""
    os.makedirs(os.path.join(folder, "data"), exist_ok=True)
    csv_path = os.path.join(folder, "data", "sample.csv")
    write_grocery_csv(csv_path, rows)
    spec = os.path.join(folder, "data-spec.yaml")
    with open(spec, "w") as f:
        f.write("""hitc: 1
id: data-benchmark
version: 1.0.0
title: Data benchmark
data:
  key: item_id
  fields:
    item_id: string
    query: { type: text, max_length: 120 }
    title: text
    image: image
    brand: { type: text, required: false }
    price: { type: number, min: 0 }
    aisle: { type: category, values: [produce, dairy, bakery, pantry, frozen] }
    url: { type: url, required: false }
  sample: data/sample.csv
hit:
  items_per_hit: 5
  reward: 0.45 USD
  estimated_seconds: 100
  layout:
    - text: title
    - question: relevance
  questions:
    relevance: { type: single_choice, prompt: Relevant?, options: [yes, no] }
""")
    return spec, os.path.getsize(csv_path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--keep", help="write generated files here and keep them")
    parser.add_argument("--binary", help="use this hitc instead of building the release product")
    parser.add_argument("--skip-data", action="store_true", help="leave out the data-file check")
    args = parser.parse_args()

    hitc = args.binary or build()
    folder = args.keep or tempfile.mkdtemp(prefix="hitc-bench-")
    os.makedirs(folder, exist_ok=True)
    try:
        print(f"hitc check benchmark (release build, median of {args.runs} runs, wall time incl. process start)")
        for name in sorted(os.listdir(os.path.join(ROOT, "Specs"))):
            spec = os.path.join(ROOT, "Specs", name, "spec.yaml")
            if os.path.exists(spec):
                med, best, status = timed([hitc, "check", "--quiet", spec], args.runs)
                print(f"  {name:32s} {med * 1000:8.1f} ms (min {best * 1000:.1f} ms, exit {status})")
        large = large_spec(folder)
        med, best, status = timed([hitc, "check", "--quiet", large], args.runs)
        size = os.path.getsize(large)
        print(f"  {'large spec (1,000 questions)':32s} {med * 1000:8.1f} ms (min {best * 1000:.1f} ms, "
              f"{size / 1e6:.1f} MB, exit {status})")
        out = os.path.join(folder, "bundles")
        print(f"hitc build benchmark (release build, median of {args.runs} runs, wall time incl. process start)")
        for name in sorted(os.listdir(os.path.join(ROOT, "Specs"))):
            spec = os.path.join(ROOT, "Specs", name, "spec.yaml")
            if os.path.exists(spec):
                med, best, status = timed([hitc, "build", "--quiet", "--force", "-o", out, spec], args.runs)
                print(f"  {name:32s} {med * 1000:8.1f} ms (min {best * 1000:.1f} ms, exit {status})")
        med, best, status = timed([hitc, "build", "--quiet", "--force", "-o", out, large], max(3, args.runs // 3))
        print(f"  {'large spec (1,000 questions)':32s} {med * 1000:8.1f} ms (min {best * 1000:.1f} ms, exit {status})")
        if args.skip_data:
            return
        spec, csv_size = data_spec(folder, args.rows)
        runs = max(3, args.runs // 3)
        med, best, status = timed([hitc, "check", "--quiet", spec], runs)
        print(f"  {'data file check':32s} {med * 1000:8.1f} ms for {args.rows:,} rows, {csv_size / 1e6:.1f} MB: "
              f"{csv_size / 1e6 / med:.0f} MB/s (best {csv_size / 1e6 / best:.0f} MB/s, exit {status})")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
