"""Generated results files for an example spec, in every format `hitc aggregate`
reads (docs/aggregate.md): MTurk batch results CSV, long CSV, long JSON Lines,
Prolific submissions, a generic host's submissions, and the platforms' exports (Label
Studio's JSON and JSON-MIN, Toloka's results TSV, Ground Truth's post-annotation payload,
Appen's full report). Small (a dozen items,
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


def _by_item(pages):
    """(item, [(worker, assignment, seconds, answers)]) in the order items first appear."""
    order, grouped = [], {}
    for _, worker, assignment, seconds, slots in pages:
        for item, answers in slots:
            if item not in grouped:
                order.append(item)
                grouped[item] = []
            grouped[item].append((worker, assignment, seconds, answers))
    return [(item, grouped[item]) for item in order]


def _ls_value(answer):
    """A Label Studio result value: choices for options (and scale points), text otherwise."""
    if isinstance(answer, list):
        return {"choices": answer}
    return {"choices": [answer]}


def label_studio(pages, config, minimal):
    """Label Studio's JSON export (tasks with annotations[].result[]) or its JSON-MIN export."""
    key = config.get("item_key") or "item"
    kinds = {q["id"]: q["type"] for q in config["questions"]}
    out, n = [], 0
    for t, (item, given) in enumerate(_by_item(pages), 1):
        if minimal:
            for worker, assignment, seconds, answers in given:
                n += 1
                row = {key: item, "id": t, "annotator": worker, "annotation_id": n, "lead_time": seconds}
                for q, a in answers.items():
                    row[q] = a if kinds[q] != "number" else [{"number": float(a)}]
                out.append(row)
            continue
        annotations = []
        for worker, assignment, seconds, answers in given:
            n += 1
            result = []
            for q, a in answers.items():
                kind = kinds[q]
                value = {"text": [a]} if kind == "text" else {"number": float(a)} if kind == "number" else _ls_value(a)
                result.append({"from_name": q, "to_name": key, "type": "textarea" if kind == "text" else "number" if kind == "number" else "choices", "value": value})
            annotations.append({"id": n, "completed_by": worker, "lead_time": seconds, "was_cancelled": False, "result": result})
        out.append({"id": t, "data": {key: item}, "annotations": annotations})
    return json.dumps(out, indent=1).encode("utf-8")


def toloka(pages, config):
    """Toloka's results TSV: INPUT:<key>, OUTPUT:<question>, ASSIGNMENT:* (a multi choice as a JSON object)."""
    key = config.get("item_key") or "item"
    questions = config["questions"]
    header = [f"INPUT:{key}"] + [f"OUTPUT:{q['id']}" for q in questions] + [
        "ASSIGNMENT:assignment_id", "ASSIGNMENT:worker_id", "ASSIGNMENT:status", "ASSIGNMENT:started", "ASSIGNMENT:submitted"]
    lines = ["\t".join(header)]
    for k, (_, worker, assignment, seconds, slots) in enumerate(pages):
        for item, answers in slots:
            cells = [item]
            for q in questions:
                a = answers.get(q["id"], "")
                if isinstance(a, list):
                    a = '"' + json.dumps({v: True for v in a}).replace('"', '""') + '"'
                cells.append(a)
            started = 1714564800 + k * 1000
            stamp = lambda t: f"2024-05-01T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}.000"
            cells += [assignment, worker, "SUBMITTED", stamp(started), stamp(started + seconds)]
            lines.append("\t".join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def ground_truth(pages, questions):
    """Ground Truth's post-annotation payload: one dataset object per HIT, each annotation the form's fields."""
    objects, index = [], {}
    for hit, worker, assignment, seconds, slots in pages:
        if hit not in index:
            index[hit] = len(objects)
            keys = [item for item, _ in slots]
            objects.append({"datasetObjectId": str(len(objects)), "dataObject": {"content": json.dumps(keys)}, "annotations": []})
        body = {"hitc_seconds": str(seconds)}
        for n, (item, answers) in enumerate(slots, 1):
            body[f"item{n}"] = item
            for q in questions:
                if q in answers:
                    body[f"item{n}_{q}"] = answers[q]
        objects[index[hit]]["annotations"].append({"workerId": worker, "annotationData": {"content": json.dumps(body)}})
    return json.dumps(objects).encode("utf-8")


def appen(pages, config):
    """Appen's full report: one row per judgment, names in lower case, a multi choice one option per line."""
    key = config.get("item_key") or "item"
    questions = [q["id"] for q in config["questions"]]
    own = ["_unit_id", "_created_at", "_golden", "_id", "_missed", "_started_at", "_tainted", "_channel", "_trust",
           "_worker_id", "_country", "_region", "_city", "_ip"]
    rows = [own + [q.lower() for q in questions] + [key.lower()]]
    units = {}
    for k, (_, worker, assignment, seconds, slots) in enumerate(pages):
        for item, answers in slots:
            unit = units.setdefault(item, str(1000 + len(units)))
            start = 3600 + k * 100
            stamp = lambda t: f"12/1/2026 {t // 3600}:{(t // 60) % 60:02d}:{t % 60:02d}"
            row = [unit, stamp(start + seconds), "false", f"{assignment}-{unit}", "", stamp(start), "false", "fuzz", "0.9",
                   worker, "GBR", "", "", "127.0.0.1"]
            row += ["\n".join(a) if isinstance(a, list) else a for a in (answers.get(q, "") for q in questions)]
            rows.append(row + [item])
    return _csv(rows)


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
        ("results-label-studio.json", label_studio(pages, config, minimal=False)),
        ("results-label-studio-min.json", label_studio(pages, config, minimal=True)),
        ("results-toloka.tsv", toloka(pages, config)),
        ("results-ground-truth.json", ground_truth(pages, questions)),
        ("results-appen.csv", appen(pages, config)),
    ]
