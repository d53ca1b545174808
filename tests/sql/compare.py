"""Comparing an engine's output tables with `hitc aggregate`'s files.

Every function returns a list of differences (empty when equal), each naming the row and
column, the native value and the engine's, so a failing test says exactly what differs.

- `hitc_labels` against `labels.csv`, by (question, item): the same rows; `label` and `status`
  equal as text (a `mean`/`median` label as a number, within the rounding of `labels.csv`),
  `judgments` equal, `confidence` within `TOLERANCE` of `labels.csv`.
- `hitc_workers` against `workers.csv`, by worker: every column of `workers.csv` (text equal,
  numbers within `TOLERANCE`, an empty cell a NULL).
- `hitc_agreement` against `summary.json`: `percent` and `fleiss_kappa` per question.

`labels.csv`, `workers.csv` and `summary.json` write numbers with at most six decimals
(`JSONBytes.appendNumber`), and the scripts round their figures to six decimals the same way
(half away from zero), so the printed values are compared within 1e-9 (`TOLERANCE`, relative
above 1): identical at print precision. A value on a rounding boundary that the two sides round
differently fails here, on purpose.
"""

import math

TOLERANCE = 1e-9
METRICS = {"percent": "percent_agreement", "percent_agreement": "percent_agreement", "fleiss_kappa": "fleiss_kappa"}


def _text(value):
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value):
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _close(native, engine):
    """Whether a native cell (text) and an engine value are the same number, or both empty."""
    a, b = _number(native), _number(engine)
    if a is None or b is None:
        return (native in ("", None)) and engine in ("", None)
    if math.isnan(b):
        return False
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a))


def _lower(row):
    return {str(k).lower(): v for k, v in row.items()}


def labels(native, engine, numeric_questions=()):
    """Differences between `labels.csv` rows and `hitc_labels` rows."""
    problems = []
    want = {(r["question"], r["item"]): r for r in native}
    got = {}
    for row in map(_lower, engine):
        key = (_text(row.get("question")), _text(row.get("item")))
        if key in got:
            problems.append(f"hitc_labels has {key} twice")
        got[key] = row
    for key in sorted(set(want) - set(got))[:10]:
        problems.append(f"hitc_labels lacks {key} (labels.csv: {want[key]})")
    for key in sorted(set(got) - set(want))[:10]:
        problems.append(f"hitc_labels has {key}, labels.csv does not: {got[key]}")
    for key in sorted(set(want) & set(got)):
        w, g = want[key], got[key]
        if w["status"] != _text(g.get("status")):
            problems.append(f"{key}: status {w['status']!r} native, {_text(g.get('status'))!r} engine")
        if key[0] in numeric_questions and w["label"] != "":
            if not _close(w["label"], g.get("label")):
                problems.append(f"{key}: label {w['label']!r} native, {g.get('label')!r} engine")
        elif w["label"] != _text(g.get("label")):
            problems.append(f"{key}: label {w['label']!r} native, {_text(g.get('label'))!r} engine")
        if not _close(w["confidence"], g.get("confidence")):
            problems.append(f"{key}: confidence {w['confidence']!r} native, {g.get('confidence')!r} engine")
        if "judgments" in g and _text(g.get("judgments")) != w["judgments"]:
            problems.append(f"{key}: judgments {w['judgments']} native, {g.get('judgments')!r} engine")
    return problems


def workers(native, engine):
    """Differences between `workers.csv` rows and `hitc_workers` rows, on every native column."""
    problems = []
    want = {r["worker"]: r for r in native}
    got = {_text(r.get("worker")): r for r in map(_lower, engine)}
    for key in sorted(set(want) ^ set(got))[:10]:
        problems.append(f"worker {key!r} only in {'workers.csv' if key in want else 'hitc_workers'}")
    for key in sorted(set(want) & set(got)):
        for column, value in want[key].items():
            if column == "worker":
                continue
            if column.lower() not in got[key]:
                problems.append(f"hitc_workers has no column {column!r}")
                continue
            mine = got[key][column.lower()]
            if value == "":
                same = mine is None or mine == ""
            elif _number(value) is not None and _number(mine) is not None:
                same = _close(value, mine)
            else:
                same = value == _text(mine)
            if not same:
                problems.append(f"worker {key!r}, {column}: {value!r} native, {mine!r} engine")
    return _dedupe(problems)


def agreement(summary, engine):
    """Differences between `summary.json`'s agreement figures and `hitc_agreement`."""
    problems = []
    figures = {}
    for row in map(_lower, engine):
        metric = METRICS.get(_text(row.get("metric")))
        if metric:
            figures[(_text(row.get("question")), metric)] = row.get("value")
    for question in summary.get("questions", []):
        agreement = question.get("agreement")
        if not agreement:
            continue
        for metric in ("percent_agreement", "fleiss_kappa"):
            native = agreement.get(metric)
            key = (question["question"], metric)
            if key not in figures:
                if native is not None:
                    problems.append(f"hitc_agreement lacks {key} (summary.json: {native})")
                continue
            if not _close("" if native is None else repr(native), figures[key]):
                problems.append(f"{key}: {native!r} native, {figures[key]!r} engine")
    return problems


def _dedupe(problems):
    seen, out = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


# hitc_rejected's reasons, by the code `hitc aggregate` refuses the same row with.
REASONS = {
    "E0502": {"not an option of the question", "not a scale point of the question",
              "not a set of the question's options", "not a number"},
    "E0503": {"not a question of the spec"},
    # E0504: an empty question (the script: not a question of the spec), item or worker.
    "E0504": {"not a question of the spec", "no item or worker"},
}


def _row_key(row):
    """(item, worker, question, answer) as text, NULL read as empty (results.csv has no NULL)."""
    return tuple(_text(row.get(c)) for c in ("item", "worker", "question", "answer"))


def _reason(code, key, answer_reasons):
    """The reasons hitc_rejected may give for a row hitc aggregate refuses with `code`."""
    if code == "E0504":  # an empty question, item or worker
        return {"not a question of the spec"} if key[2] in ("", None) else {"no item or worker"}
    if code == "E0502" and key[2] in answer_reasons:
        return {answer_reasons[key[2]]}
    return REASONS[code]


def rejected(refused, results, engine, answer_reasons=None):
    """Differences between the rows `hitc aggregate` refuses and `hitc_rejected`.

    `refused`: `native.refused()` ({row number: (code, message)}); `results`: results.csv's rows
    (item, worker, question, answer, ...), row 1 first; `engine`: hitc_rejected's rows. The two
    must hold the same rows (as a multiset of item, worker, question, answer), each with a reason
    that goes with the native code (`REASONS`; for E0502 exactly `answer_reasons[question]` when
    given, e.g. `not a number` for a number question)."""
    problems = []
    want = {}
    for number, (code, message) in sorted(refused.items()):
        key = tuple("" if v is None else v for v in results[number - 1][:4])
        want.setdefault(key, []).append((code, message))
    got = {}
    for row in map(_lower, engine):
        got.setdefault(_row_key(row), []).append(_text(row.get("reason")))
    for key in sorted(set(want) | set(got)):
        natively, mine = want.get(key, []), got.get(key, [])
        if len(natively) != len(mine):
            problems.append(f"row {key!r}: refused {len(natively)} time(s) by hitc aggregate "
                            f"{[m for _, m in natively]}, {len(mine)} in hitc_rejected {mine}")
            continue
        for (code, message), reason in zip(natively, sorted(mine)):
            if reason not in _reason(code, key, answer_reasons or {}):
                problems.append(f"row {key!r}: hitc aggregate {code} ({message}), hitc_rejected says {reason!r}")
    return problems
