"""Simulated results for the report tests: a small, deterministic crowd answering a spec.

`simulate(spec)` returns long-format rows (`item,worker,question,answer,seconds,assignment`,
docs/aggregate.md) for every sample and gold item of a spec (specinfo.Spec):

- items are grouped into HITs of `items_per_hit`; each HIT is done by `judgments_per_item`
  workers in rotation, except the last HIT, done by one worker fewer (so coverage has a gap);
- W1-W4 answer a seeded truth (gold answers for gold items) with accuracy .95/.9/.85/.75;
  W5 is a spammer who never gives the true choice (gold included), W6 rushes every HIT in
  a few seconds (under `checks.min_seconds_per_hit`);
- `scale` and `number` answers are the truth plus seeded noise, clamped to the range;
  `text` answers are short free text; a question hidden by `visible_if` is not answered.

`hostile=True` swaps in hostile worker ids and item keys (markup, quotes, U+202E, a
300-character id) and free-text answers holding `<script>` (gold keys stay the spec's, so gold
still counts; the XSS corpus spec adds hostile labels and prompts). The same spec and flags always give the same rows.
"""

from __future__ import annotations

import csv
import pathlib
import random

from specinfo import Question, Spec

WORKERS = ["W1", "W2", "W3", "W4", "W5", "W6"]
ACCURACY = {"W1": 0.95, "W2": 0.9, "W3": 0.85, "W4": 0.75, "W5": 0.0, "W6": 0.8}
SPAMMER, RUSHER = "W5", "W6"

HOSTILE_WORKERS = {
    "W1": '<img src=x onerror=alert("w1")>',
    "W2": "\"'><svg onload=alert(2)>",
    "W3": "\u202eevil\u202c-worker &amp; <b>bold</b>",
    "W4": "W4-" + "x" * 297,  # 300 characters
    "W5": "</table><script>alert(5)</script>",
    "W6": "javascript:alert(6)",
}
HOSTILE_TEXT = [
    "<script>alert('text')</script>",
    '"><img src=x onerror=alert(1)>',
    "</svg><a href=\"https://evil.example.com/\">click</a>",
    "\u202eRTL override\u202c and &lt;entity&gt;",
]
HOSTILE_KEYS = [
    "\"><script>alert('key')</script>",
    "it'em \"quoted\" & <b>bold</b>",
    "\u202ekey-reversed\u202c",
    "K" * 300,
    "<img src=x onerror=alert(7)>",
    "javascript:alert(8)",
]
COLUMNS = ["item", "worker", "question", "answer", "seconds", "assignment"]


def gold_rows(spec: Spec) -> list[dict]:
    gold = ((spec.raw.get("quality") or {}).get("gold") or {}).get("file")
    if not gold:
        return []
    with open(spec.path.parent / gold, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _visible(q: Question, answers: dict[str, str]) -> bool:
    for dep, values in q.visible_if.items():
        given = answers.get(dep, "")
        if not given or not set(given.split("|")) & set(values):
            return False
    return True


def _range(q: Question) -> tuple[float, float]:
    return float(q.raw.get("min", 0)), float(q.raw.get("max", 10))


def _truth(q: Question, rng: random.Random) -> str:
    if q.type == "single_choice":
        return rng.choice(q.values)
    if q.type == "multi_choice":
        values = [v for v in q.values if v != "none_apply"]
        return "|".join(v for v in values if v in rng.sample(values, rng.randint(1, min(3, len(values)))))
    if q.type in ("scale", "number"):
        lo, hi = _range(q)
        return str(rng.randint(int(lo), int(hi)))
    return ""


def _answer(q: Question, truth: str, worker: str, rng: random.Random, text_pool: list[str]) -> str:
    correct = worker != SPAMMER and rng.random() < ACCURACY[worker]
    if q.type == "single_choice":
        if correct or not truth:
            return truth or rng.choice(q.values)
        return rng.choice([v for v in q.values if v != truth])
    if q.type == "multi_choice":
        if correct:
            return truth
        values = [v for v in q.values if v != "none_apply"]
        wrong = "|".join(v for v in values if v in rng.sample(values, rng.randint(1, 2)))
        return wrong if wrong != truth else values[-1]
    if q.type in ("scale", "number"):
        lo, hi = _range(q)
        noise = 0 if correct else rng.choice([-2, -1, 1, 2, 3])
        if worker == SPAMMER:
            noise = rng.randint(-4, 4)
        return str(int(min(hi, max(lo, int(truth) + noise))))
    if q.type == "text":
        return rng.choice(text_pool)
    raise ValueError(f"question type {q.type} is not simulated")


def simulate(spec: Spec, hostile: bool = False, seed: int = 2026) -> list[dict]:
    rng = random.Random(f"{spec.id}:{seed}:{hostile}")
    questions = spec.questions
    order = [qid for qid in spec.question_order() if qid in questions]
    order += [qid for qid in questions if qid not in order]
    key = spec.key_field
    gold = gold_rows(spec)
    sample_keys = [str(r[key]) for r in spec.sample_rows()]
    if hostile:
        sample_keys = HOSTILE_KEYS[: len(sample_keys)] + sample_keys[len(HOSTILE_KEYS):]
    keys = sample_keys + [str(r[key]) for r in gold]
    truth: dict[str, dict[str, str]] = {}
    for k in keys:
        truth[k] = {qid: _truth(q, rng) for qid, q in questions.items()}
    for row in gold:
        for qid in questions:
            if row.get(qid):
                truth[str(row[key])][qid] = row[qid]
    text_pool = HOSTILE_TEXT if hostile else ["Looks fine.", "Image did not load", "Hard to tell", "ok"]
    names = HOSTILE_WORKERS if hostile else {w: w for w in WORKERS}
    quality = spec.raw.get("quality") or {}
    per_item = int(quality.get("judgments_per_item", 3))
    min_seconds = float((quality.get("checks") or {}).get("min_seconds_per_hit", 10))
    estimated = float(spec.raw["hit"].get("estimated_seconds", 60))
    size = spec.items_per_hit
    hits = [keys[i : i + size] for i in range(0, len(keys), size)]
    rows: list[dict] = []
    turn = 0
    for h, hit in enumerate(hits):
        crew = per_item - 1 if h == len(hits) - 1 else per_item
        for _ in range(crew):
            worker = WORKERS[turn % len(WORKERS)]
            turn += 1
            seconds = max(1, int(min_seconds / 4)) if worker == RUSHER else int(estimated * rng.uniform(0.6, 1.6))
            assignment = f"A{h + 1}-{worker}"
            for k in hit:
                given: dict[str, str] = {}
                for qid in order:
                    q = questions[qid]
                    if not _visible(q, given):
                        continue
                    value = _answer(q, truth[k][qid], worker, rng, text_pool)
                    if q.type == "text" and not q.required and rng.random() < 0.5 and not hostile:
                        value = ""
                    given[qid] = value
                    if value == "":
                        continue
                    rows.append({"item": k, "worker": names[worker], "question": qid, "answer": value,
                                 "seconds": str(seconds), "assignment": assignment})
    return rows


def write_results(rows: list[dict], path: pathlib.Path) -> pathlib.Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
