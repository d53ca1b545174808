"""Simulated answers to an example spec, in the long format, as `SimulatedRound.swift` makes them
for the platform tests (a Python port, so these tests need no Swift-side export).

`hitc batch` deals the spec's sample into HITs (seed 2026, gold mixed in); each HIT is answered
by `judgments_per_item` of workers W1-W5 in rotation. W1-W4 give a simulated truth (the gold
file's answers on gold items, else a seeded random valid answer), W4 gets the first real item
of every other HIT wrong, W5 never gives the true answer (gold included) and is dropped by
`gold.min_accuracy`. W3 works fast on every third HIT (below `min_seconds_per_hit`), so speed
flags are raised. Questions hidden by `visible_if` get no answer; an optional `text` question is
left blank on every fourth item.
"""

import csv
import random
import subprocess
from pathlib import Path

import yaml

WORKERS = ["W1", "W2", "W3", "W4", "W5"]


def _visible(question, answers):
    condition = question.get("visible_if") or {}
    return all(answers.get(q) == str(v) for q, v in condition.items())


def _truth(questions, given, rng, n):
    out = {}
    for qid, q in questions.items():
        if not _visible(q, out):
            continue
        if qid in given and given[qid] != "":
            out[qid] = given[qid]
            continue
        out[qid] = _random_answer(q, rng, n)
    return out


def _values(q):
    return [str(o["value"]) if isinstance(o, dict) else str(o) for o in q.get("options", [])]


def _random_answer(q, rng, n):
    kind = q["type"]
    if kind == "single_choice":
        return rng.choice(_values(q))
    if kind == "multi_choice":
        values = _values(q)
        chosen = [v for v in values if rng.random() < 0.35] or [rng.choice(values)]
        # An exclusive option is chosen alone: with others picked, it is left out (as the page
        # does, and SimulatedRound.swift), keeping one other option if none is left.
        alone = {str(o["value"]) for o in q.get("options", []) if isinstance(o, dict) and o.get("exclusive") is True}
        if len(chosen) > 1 and alone & set(chosen):
            chosen = [v for v in chosen if v not in alone] or [next(v for v in values if v not in alone)]
        return "|".join(chosen)
    if kind == "scale":
        return str(rng.randint(int(q["min"]), int(q["max"])))
    if kind == "number":
        return str(rng.randint(int(q.get("min", 0)), int(q.get("max", 100))))
    if kind == "text":
        return "" if (q.get("required") is False and n % 4 == 0) else f"note {n} {rng.choice(['ok', 'blurry', 'odd'])}"
    raise ValueError(f"no simulated answer for a {kind} question")


def _wrong(questions, truth, rng, n):
    out = {}
    for qid, q in questions.items():
        if not _visible(q, out):
            continue
        right = truth.get(qid, "")
        for _ in range(50):
            candidate = _random_answer(q, rng, n + 1)
            if candidate != right or q["type"] == "text":
                break
        out[qid] = candidate
    return out


def simulate(spec_path, folder, hitc):
    """(results rows (item, worker, question, answer, seconds, assignment), gold header, gold rows)."""
    spec = yaml.safe_load(Path(spec_path).read_text(encoding="utf-8"))
    questions = spec["hit"]["questions"]
    quality = spec.get("quality", {})
    per_item = quality.get("judgments_per_item", 1)
    fast = quality.get("checks", {}).get("min_seconds_per_hit", 0)
    gold_file = quality.get("gold", {}).get("file")
    spec_dir = Path(spec_path).parent
    gold_header, gold_rows, gold = [], [], {}
    if gold_file:
        with open(spec_dir / gold_file, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            gold_header = next(reader)
            gold_rows = list(reader)
        key = gold_header.index(spec["data"]["key"])
        for row in gold_rows:
            gold[row[key]] = {h: v for h, v in zip(gold_header, row) if h in questions}
    done = subprocess.run([hitc, "batch", str(spec_path), "--data", str(spec_dir / spec["data"]["sample"]),
                           "-o", str(folder / "batch"), "--seed", "2026"], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"hitc batch failed: {done.stderr}")
    with open(folder / "batch" / "mturk" / "batch.csv", newline="", encoding="utf-8") as f:
        hits = [row["item_keys"].split("|") for row in csv.DictReader(f)]
    rng = random.Random(99)
    truth, rows, n = {}, [], 0
    for h, keys in enumerate(hits):
        for key in keys:
            if key not in truth:
                n += 1
                truth[key] = _truth(questions, gold.get(key, {}), rng, n)
        for j in range(per_item):
            worker = WORKERS[(h + j) % len(WORKERS)]
            seconds = max(fast - 5, 1) if (worker == "W3" and h % 3 == 0) else fast + 35
            first_real = True
            for key in keys:
                given = truth[key]
                is_gold = key in gold
                if worker == "W5" or (worker == "W4" and not is_gold and first_real and h % 2 == 0):
                    given = _wrong(questions, truth[key], rng, n)
                if not is_gold:
                    first_real = False
                for qid in questions:
                    if qid in given:
                        rows.append((key, worker, qid, given[qid], str(seconds), f"A{h + 1}{worker}"))
    return rows, gold_header, gold_rows
