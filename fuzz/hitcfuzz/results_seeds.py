"""Generated results files for an example spec, in every format `hitc aggregate`
reads (docs/aggregate.md): MTurk batch results CSV, long CSV, long JSON Lines,
Prolific submissions and a generic host's submissions. Small (a dozen items,
three workers each) and valid, so mutations start from something that passes."""

import csv
import io
import json

MTURK_HEAD = ["HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments",
              "RequesterAnnotation", "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration",
              "NumberOfSimilarHITs", "LifetimeInSeconds", "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime",
              "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime", "RequesterFeedback", "WorkTimeInSeconds",
              "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate", "Input.items"]


def item_keys(seed, config, limit=12):
    """Keys of the sample items and the gold items (a few of each)."""
    key = config.get("item_key")
    keys = []
    for path in seed.tables():
        found = []
        data = seed.files[path].decode("utf-8", "replace")
        if path.endswith(".csv"):
            for row in csv.DictReader(io.StringIO(data, newline="")):
                if row.get(key):
                    found.append(row[key])
        else:
            for line in data.splitlines():
                try:
                    value = json.loads(line).get(key)
                except (ValueError, AttributeError):
                    continue
                if value is not None:
                    found.append(str(value))
        keys += found[:limit // 2 if "gold" in path else limit]
    return keys or [f"it-{n}" for n in range(limit)]


def _answer(rng, q, answers):
    """A valid answer to question `q` (a dict of aggregation.json), or None when it is hidden."""
    for other, values in (q.get("visible_if") or {}).items():
        given = answers.get(other)
        if given is None or not (set(given) if isinstance(given, list) else {given}) & set(values):
            return None
    if rng.random() < 0.05 and not q.get("required", True):
        return None
    kind = q["type"]
    if kind in ("single_choice", "scale"):
        return rng.choice(q["values"])
    if kind == "multi_choice":
        return rng.sample(q["values"], rng.randint(1, min(3, len(q["values"]))))
    if kind == "number":
        return str(rng.randint(0, 5))
    return rng.choice(["looks fine", "no image, \"404\"", "x", "Spelling: colour, flavour", "tiny"])


def _pages(rng, keys, config, workers=3):
    """Simulated submitted pages: (hit, worker, assignment, seconds, [(item, {question: answer})])."""
    per_hit = max(1, min(int(config.get("items_per_hit", 2)), 6))
    pages = []
    hits = [keys[i:i + per_hit] for i in range(0, len(keys), per_hit)]
    for h, items in enumerate(hits, 1):
        for w in range(workers):
            slots = []
            for item in items:
                answers = {}
                for q in config["questions"]:
                    a = _answer(rng, q, answers)
                    if a is not None:
                        answers[q["id"]] = a
                slots.append((item, answers))
            worker = f"W{(h + w) % (workers + 2)}"
            pages.append((f"HIT{h}", worker, f"A{h}-{w}", rng.randint(5, 200), slots))
    return pages, per_hit


def _flat(answer):
    """A multi_choice answer joined by `|`, as in flat files."""
    return "|".join(answer) if isinstance(answer, list) else answer


def _csv(rows):
    """Rows as CSV bytes."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def mturk(pages, per_hit, questions):
    """MTurk's batch results CSV: one row per assignment, `Answer.item<N>_<question>` columns."""
    header = MTURK_HEAD + [c for n in range(1, per_hit + 1) for c in [f"Answer.item{n}"] + [f"Answer.item{n}_{q}" for q in questions]]
    header += ["Answer.hitc_seconds", "Answer.hitc_feedback", "Approve", "Reject"]
    rows = [header]
    for hit, worker, assignment, seconds, slots in pages:
        row = [hit, "T1", "Rate things", "Desc, with comma", "a,b", "$0.45", "Mon Jan 12", "3", "", "1200", "259200", "",
               "0", "604800", assignment, worker, "Approved", "", "", "", "", "", "", str(seconds), "100%", "100%", "100%", "hitc1:W10"]
        for n in range(per_hit):
            item, answers = slots[n] if n < len(slots) else ("", {})
            row += [item] + [_flat(answers.get(q, "")) for q in questions]
        rows.append(row + [str(seconds), "", "", ""])
    return _csv(rows)


def long_rows(pages, questions):
    """(item, worker, question, answer, seconds, assignment) of every answer given."""
    for _, worker, assignment, seconds, slots in pages:
        for item, answers in slots:
            for q in questions:
                if q in answers:
                    yield item, worker, q, answers[q], seconds, assignment


def long_csv(pages, questions):
    """The long format as CSV."""
    rows = [["item", "worker", "question", "answer", "seconds", "assignment"]]
    rows += [[i, w, q, _flat(a), str(s), asg] for i, w, q, a, s, asg in long_rows(pages, questions)]
    return _csv(rows)


def long_jsonl(pages, questions):
    """The long format as JSON Lines (multi_choice answers as lists)."""
    lines = [json.dumps({"item": i, "worker": w, "question": q, "answer": a, "seconds": s, "assignment": asg})
             for i, w, q, a, s, asg in long_rows(pages, questions)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def submissions(pages, questions, prolific):
    """The bodies a page POSTs, one per line: Prolific's (PROLIFIC_PID, SESSION_ID) or a generic host's (worker)."""
    lines = []
    for k, (_, worker, assignment, seconds, slots) in enumerate(pages):
        body = {}
        for n, (item, answers) in enumerate(slots, 1):
            body[f"item{n}"] = item
            for q in questions:
                body[f"item{n}_{q}"] = _flat(answers.get(q, ""))
        body["hitc_seconds"] = str(seconds)
        body["hitc_feedback"] = ""
        if prolific:
            body.update({"PROLIFIC_PID": worker, "STUDY_ID": "study-1", "SESSION_ID": f"session-{k}"})
        else:
            body["worker"] = worker
        lines.append(json.dumps(body))
    return ("\n".join(lines) + "\n").encode("utf-8")


def generate(seed, config, rng):
    """(file name, bytes) of each generated results file."""
    keys = item_keys(seed, config)
    pages, per_hit = _pages(rng, keys, config)
    questions = [q["id"] for q in config["questions"]]
    return [
        ("results-mturk.csv", mturk(pages, per_hit, questions)),
        ("results-long.csv", long_csv(pages, questions)),
        ("results-long.jsonl", long_jsonl(pages, questions)),
        ("results-prolific.jsonl", submissions(pages, questions, True)),
        ("results-generic.jsonl", submissions(pages, questions, False)),
    ]
