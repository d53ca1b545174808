"""Reading a `report.html` that `hitc aggregate` wrote, and the checks the report tests make.

The HTML is parsed with the standard library's `html.parser` into a small tree (`Node`).
Every check is a pure function that returns a list of problems (empty: the property holds),
so the same function can be shown to fail on a deliberately broken copy of a report
(test_report.py's mutation tests).

The contract read here (docs/report.md): every chart is
`<figure class="chart" data-chart="<kind>" data-question="<question id or empty>">` with a
`<figcaption>`, one `<svg role="img">` holding `<title>` and `<desc>`, and one `<table>` of
the numbers; the batch overview is `<table id="batch">` whose rows are named by
`<th scope="row">`; the workers to review is `<table id="workers-to-review">`.
"""

from __future__ import annotations

import csv
import json
import math
import pathlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

# Elements a report may hold. Anything else (img, iframe, object, a custom tag from data, ...)
# is a problem. `script` is allowed only as hitc's own inline script, checked apart.
ALLOWED_TAGS = {
    # document
    "html", "head", "meta", "title", "style", "body", "script", "noscript",
    # text and sections
    "header", "footer", "main", "nav", "section", "article", "aside", "div", "span", "p",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "a", "b", "strong",
    "em", "i", "small", "code", "kbd", "samp", "abbr", "time", "data", "mark", "sub", "sup",
    "br", "wbr", "hr", "details", "summary", "figure", "figcaption", "blockquote", "q", "bdi", "bdo", "meter",
    # tables
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    # svg
    "svg", "g", "rect", "line", "polyline", "polygon", "path", "circle", "ellipse", "text", "tspan",
    "title", "desc", "defs", "pattern", "marker", "lineargradient", "stop", "clippath", "use", "symbol",
}
URL_ATTRS = {"href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "data", "background",
             "cite", "longdesc", "ping", "manifest", "codebase", "archive", "lowsrc", "dynsrc"}


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list = field(default_factory=list)  # Node or str
    parent: "Node | None" = None
    line: int = 0

    # -- queries ---------------------------------------------------------------------

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, **attrs) -> list["Node"]:
        out = []
        for n in self.iter():
            if tag is not None and n.tag != tag:
                continue
            if all(n.has("class" if k == "class_" else k.replace("_", "-"), v) for k, v in attrs.items()):
                out.append(n)
        return out

    def find(self, tag: str | None = None, **attrs) -> "Node | None":
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def has(self, name: str, value) -> bool:
        if name == "class":
            return value in self.attrs.get("class", "").split()
        if value is True:
            return name in self.attrs
        return self.attrs.get(name) == value

    def child_elements(self, tag: str | None = None) -> list["Node"]:
        return [c for c in self.children if isinstance(c, Node) and (tag is None or c.tag == tag)]

    def text(self) -> str:
        parts = []
        for c in self.children:
            parts.append(c if isinstance(c, str) else c.text())
        return "".join(parts)

    def clean_text(self) -> str:
        return " ".join(self.text().split())

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, parent=self.stack[-1],
                    line=self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, parent=self.stack[-1],
                    line=self.getpos()[0])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


@dataclass
class Report:
    """One aggregate run: its folder, the report's tree, summary.json, workers.csv, labels.csv,
    and (when the test knows them) the spec and the results rows it was made from."""

    folder: pathlib.Path
    html: str
    root: Node
    summary: dict
    workers: list[dict]
    labels: list[dict]
    spec: object = None
    rows: list[dict] | None = None

    @classmethod
    def load(cls, folder: pathlib.Path, spec=None, rows: list[dict] | None = None) -> "Report":
        html = (folder / "report.html").read_text(encoding="utf-8")
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        with open(folder / "workers.csv", encoding="utf-8", newline="") as f:
            workers = list(csv.DictReader(f))
        with open(folder / "labels.csv", encoding="utf-8", newline="") as f:
            labels = list(csv.DictReader(f))
        return cls(folder, html, parse(html), summary, workers, labels, spec, rows)

    def with_html(self, html: str) -> "Report":
        """The same run with other report text (a broken copy, in the mutation tests)."""
        return Report(self.folder, html, parse(html), self.summary, self.workers, self.labels, self.spec, self.rows)

    @property
    def charts(self) -> list[Node]:
        return self.root.find_all("figure", class_="chart")


# ------------------------------------------------------------------------------ numbers


NUMBER = re.compile(r"[-−]?\d[\d,\u202f\u00a0]*(?:\.\d+)?")


def number_in(text: str) -> tuple[float, int, bool] | None:
    """The first number in a cell: (value, decimals shown, was a percentage), or None."""
    m = NUMBER.search(text)
    if not m:
        return None
    raw = m.group(0).replace("−", "-")
    raw = re.sub(r"[,\u202f\u00a0]", "", raw)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    percent = text[m.end():].lstrip().startswith("%")
    return float(raw), decimals, percent


def cell_shows(cell: Node, value) -> bool:
    """Whether a table cell holds `value`: its `data-value` (docs/report.md: the number as in
    summary.json / workers.csv) when it has one, and its text, rounded as the cell rounds it."""
    if isinstance(value, str):
        return cell.text().strip() == value
    text_ok = shows(cell.clean_text(), value)
    marked = [n for n in cell.iter() if "data-value" in n.attrs]
    if not marked:
        return text_ok
    raw = marked[0].attrs["data-value"]
    if value is None:
        return raw in ("", "null", "nan") and text_ok
    try:
        exact = float(raw)
    except ValueError:
        return False
    return abs(exact - float(value)) <= 5e-7 * max(1.0, abs(float(value))) and text_ok


def shows(text: str, value: float | None) -> bool:
    """Whether a cell's text shows `value` (rounded as the cell rounds it; a share may be a percentage)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        found = number_in(text)
        return found is None
    found = number_in(text)
    if found is None:
        return False
    shown, decimals, percent = found
    if percent:
        shown, decimals = shown / 100, decimals + 2
    return abs(shown - float(value)) <= 0.5 * 10 ** (-decimals) + 1e-9


def table_rows(table: Node) -> list[list[Node]]:
    """Rows (th and td cells) of a table, header rows included, in document order."""
    return [[c for c in tr.child_elements() if c.tag in ("th", "td")] for tr in table.find_all("tr")]


def header_and_body(table: Node) -> tuple[list[str], list[list[Node]]]:
    """Column names (the first row made only of th cells) and the other rows."""
    rows = table_rows(table)
    if not rows:
        return [], []
    head = rows[0] if all(c.tag == "th" for c in rows[0]) else []
    body = rows[1:] if head else rows
    return [c.clean_text().lower() for c in head], body


def row_headers(table: Node) -> dict[str, Node]:
    """`<th scope="row">` name (lower case) -> the first td of its row."""
    out = {}
    for row in table_rows(table):
        th = [c for c in row if c.tag == "th" and c.attrs.get("scope") == "row"]
        td = [c for c in row if c.tag == "td"]
        if th and td:
            out[th[0].clean_text().lower()] = td[0]
    return out


def value_of(row: dict, name: str):
    raw = row.get(name, "")
    if raw is None or raw == "":
        return None
    try:
        return float(raw)
    except ValueError:
        return raw


# ------------------------------------------------------------------------------ checks


def chart_problems(report: Report) -> list[str]:
    """Every chart: figcaption, one svg role=img with title and desc, one table of numbers."""
    problems = []
    charts = report.charts
    if not charts:
        problems.append("no <figure class=chart> in the report")
    for n, fig in enumerate(charts, 1):
        where = f"chart {n} ({fig.attrs.get('data-chart', '?')}, question {fig.attrs.get('data-question', '?')!r})"
        if not fig.attrs.get("data-chart"):
            problems.append(f"{where}: no data-chart kind")
        if "data-question" not in fig.attrs:
            problems.append(f"{where}: no data-question attribute")
        caps = fig.child_elements("figcaption")
        if len(caps) != 1 or not caps[0].clean_text():
            problems.append(f"{where}: needs one non-empty <figcaption>, has {len(caps)}")
        svgs = fig.find_all("svg")
        if len(svgs) != 1:
            problems.append(f"{where}: needs exactly one <svg>, has {len(svgs)}")
        for svg in svgs[:1]:
            if svg.attrs.get("role") != "img":
                problems.append(f"{where}: the svg has no role=img")
            for part in ("title", "desc"):
                found = svg.child_elements(part)
                if len(found) != 1 or not found[0].clean_text():
                    problems.append(f"{where}: the svg needs one non-empty <{part}> child, has {len(found)}")
            label = svg.attrs.get("aria-labelledby", "")
            for ref in label.split():
                if report.root.find(id=ref) is None:
                    problems.append(f"{where}: aria-labelledby names {ref!r}, which is no element's id")
        tables = fig.find_all("table")
        if len(tables) != 1:
            problems.append(f"{where}: needs exactly one <table> of its numbers, has {len(tables)}")
        elif not [r for r in table_rows(tables[0]) if any(c.tag == "td" for c in r)]:
            problems.append(f"{where}: its table has no data row")
    return problems


def expected_chart_kinds(report: Report) -> set[tuple[str, str]]:
    """(kind, question) pairs the report must draw (issue 17, docs/report.md): a distribution for
    choices and scales, a confusion heat map for single choices and scales, a spread plot for
    scales and numbers; the workers' gold and agreement scatter plots when some worker has the
    figure; the time histogram when the results hold times."""
    out = set()
    for qid, q in report.spec.questions.items():
        if q.type in ("single_choice", "multi_choice", "scale"):
            out.add(("distribution", qid))
        if q.type in ("single_choice", "scale"):
            out.add(("confusion", qid))
        if q.type in ("scale", "number"):
            out.add(("spread", qid))
    if any(w.get("gold_accuracy") for w in report.workers):
        out.add(("worker-gold", ""))
    if any(w.get("agreement") for w in report.workers):
        out.add(("worker-agreement", ""))
    if report.rows and any(r.get("seconds") for r in report.rows):
        out.add(("time-histogram", ""))
    return out


def markup_problems(report: Report, own_scripts: set[str] | None = None) -> list[str]:
    """No element or attribute from data: only known elements, no on* attribute, no URL that
    leaves the page, no script but hitc's own (same text in every report: `own_scripts`)."""
    problems = []
    for n in report.root.iter():
        if n.tag == "#document":
            continue
        where = f"line {n.line} <{n.tag}>"
        if n.tag not in ALLOWED_TAGS:
            problems.append(f"{where}: element not expected in a report")
        for name, value in n.attrs.items():
            if name.startswith("on"):
                problems.append(f"{where}: event-handler attribute {name}={value!r}")
            if name in URL_ATTRS and not value.startswith("#"):
                problems.append(f"{where}: {name}={value!r} is not a link inside the page")
            if name == "style" and re.search(r"url\s*\(|expression\s*\(|@import", value, re.I):
                problems.append(f"{where}: style attribute loads something: {value!r}")
            if name == "http-equiv" and value.lower() == "refresh":
                problems.append(f"{where}: meta refresh")
        if n.tag == "script":
            if "src" in n.attrs:
                problems.append(f"{where}: script with src")
            if own_scripts is not None and n.text() not in own_scripts:
                problems.append(f"{where}: a script unlike hitc's own: {n.text()[:80]!r}")
        if n.tag == "style" and re.search(r"url\s*\(\s*['\"]?(?!#|data:)|@import", n.text(), re.I):
            problems.append(f"{where}: the style sheet loads something")
    return problems


def scripts_of(report: Report) -> set[str]:
    return {n.text() for n in report.root.find_all("script")}


def text_problems(report: Report, must_show: list[str]) -> list[str]:
    """Each string of `must_show` (hostile ids) appears verbatim as text of the report."""
    body = report.root.find("body") or report.root
    text = body.text()
    return [f"{s[:60]!r} is not shown as text" for s in must_show if s not in text]



# ------------------------------------------------------------------------------ the numbers


def keyed_rows(table: Node) -> dict[str, Node]:
    """`<tr data-key=K>` -> its first td."""
    out = {}
    for tr in table.find_all("tr"):
        tds = tr.child_elements("td")
        if "data-key" in tr.attrs and tds:
            out[tr.attrs["data-key"]] = tds[0]
    return out


def money(text: str) -> float:
    return float(str(text).split()[0])


def kept_judgments(report: Report) -> dict[str, dict[str, list[str]]]:
    """question -> item -> answers of kept workers, gold items left out, in results order."""
    dropped = {w["worker"] for w in report.workers if w.get("status") == "dropped"}
    gold: set[str] = set()
    if report.spec is not None:
        from reportsim import gold_rows

        gold |= {str(r[report.spec.key_field]) for r in gold_rows(report.spec)}
    out: dict[str, dict[str, list[str]]] = {}
    for r in report.rows or []:
        if r["worker"] in dropped or r["item"] in gold or r["answer"] == "":
            continue
        out.setdefault(r["question"], {}).setdefault(r["item"], []).append(r["answer"])
    return out


def first_appearance(report: Report) -> dict[str, int]:
    """item -> its rank of first appearance in the results file (any worker, any question)."""
    out: dict[str, int] = {}
    for r in report.rows or []:
        out.setdefault(r["item"], len(out))
    return out


def batch_problems(report: Report) -> list[str]:
    """The batch overview equals summary.json, and what the test can count itself: dropped
    workers, judgments_per_item, items below it (labels.csv), assignments and the cost."""
    table = report.root.find("table", id="batch")
    if table is None:
        return ["no <table id=batch>"]
    rows = keyed_rows(table)
    expected: dict[str, float] = {k: report.summary[k] for k in (
        "judgments", "items", "gold_items", "workers", "blank_answers", "rejected_assignments",
        "repeated_judgments", "fast_hits") if k in report.summary}
    expected["dropped_workers"] = len(report.summary.get("dropped_workers", []))
    if report.spec is not None:
        quality = report.spec.raw.get("quality") or {}
        per_item = int(quality.get("judgments_per_item", 1))
        expected["judgments_per_item"] = per_item
        most: dict[str, int] = {}
        for r in report.labels:
            most[r["item"]] = max(most.get(r["item"], 0), int(r["judgments"] or 0))
        expected["items_below_target"] = sum(1 for n in most.values() if n < per_item)
        reward = money(report.spec.raw["hit"]["reward"])
        expected["reward"] = reward
        if report.rows and any(r.get("assignment") for r in report.rows):
            assignments = len({r["assignment"] for r in report.rows if r.get("assignment")})
            expected["assignments"] = assignments
            expected["cost"] = round(assignments * reward, 6)
    problems = []
    for key, value in expected.items():
        cell = rows.get(key)
        if cell is None:
            problems.append(f"batch table: no row data-key={key!r}")
        elif not cell_shows(cell, value):
            problems.append(f"batch table: {key} shows {cell.clean_text()!r} (data-value "
                            f"{_data_value(cell)!r}), expected {value}")
    return problems


def _data_value(cell: Node):
    marked = [n for n in cell.iter() if "data-value" in n.attrs]
    return marked[0].attrs["data-value"] if marked else None


WORKER_COLUMNS = {
    # column name in the table (lower case) -> workers.csv column
    "judgments": "answers",
    "gold answers": "gold_answers",
    "gold correct": "gold_correct",
    "gold accuracy": "gold_accuracy",
    "agreement": "agreement",
    "median seconds": "median_seconds",
    "fast hits": "fast_hits",
}
REVIEW_LIMIT = 25


def review_order(workers: list[dict]) -> list[str]:
    """docs/report.md's order of the workers to review: dropped first; then most fast HITs;
    then agreement, lowest first (none last); then more judgments; then first appearance
    (workers.csv's order)."""
    def key(pair):
        n, w = pair
        agreement = value_of(w, "agreement")
        return (w.get("status") != "dropped", -int(w.get("fast_hits") or 0),
                agreement is None, agreement if agreement is not None else 0, -int(w["answers"]), n)
    return [w["worker"] for _, w in sorted(enumerate(workers), key=key)][:REVIEW_LIMIT]


def workers_problems(report: Report) -> list[str]:
    """The workers to review: the right workers in the stated order, each row's numbers,
    status and flags equal to workers.csv."""
    table = report.root.find("table", id="workers-to-review")
    if table is None:
        return ["no <table id=workers-to-review>"]
    names, body = header_and_body(table)
    by_id = {r["worker"]: r for r in report.workers}
    problems = []
    shown = []
    for tr in table.find_all("tr"):
        if "data-worker" not in tr.attrs:
            continue
        worker = tr.attrs["data-worker"]
        cells = [c for c in tr.child_elements() if c.tag in ("th", "td")]
        th = [c for c in cells if c.tag == "th" and c.attrs.get("scope") == "row"]
        if not th or th[0].text().strip() != worker:
            problems.append(f"workers-to-review: row of {worker[:40]!r} is not named by it in a <th scope=row>")
        shown.append(worker)
        row = by_id.get(worker)
        if row is None:
            problems.append(f"workers-to-review: worker {worker[:60]!r} is not in workers.csv")
            continue
        if tr.attrs.get("data-status") != row.get("status"):
            problems.append(f"workers-to-review: {worker[:40]!r} data-status {tr.attrs.get('data-status')!r}, "
                            f"workers.csv {row.get('status')!r}")
        if tr.attrs.get("data-flags", "") != row.get("flags", ""):
            problems.append(f"workers-to-review: {worker[:40]!r} data-flags {tr.attrs.get('data-flags')!r}, "
                            f"workers.csv {row.get('flags')!r}")
        for name, column in WORKER_COLUMNS.items():
            if name not in names or column not in row:
                continue
            i = names.index(name)
            if i < len(cells) and not cell_shows(cells[i], value_of(row, column)):
                problems.append(f"workers-to-review: {worker[:40]!r} {name} shows {cells[i].clean_text()!r},"
                                f" workers.csv {column} is {row[column]!r}")
    for name in ("judgments", "gold accuracy", "agreement"):
        if name not in names:
            problems.append(f"workers-to-review: no {name!r} column (columns {names})")
    expected = review_order(report.workers)
    if shown != expected:
        problems.append(f"workers-to-review: shows {[w[:20] for w in shown]}, docs/report.md's order gives "
                        f"{[w[:20] for w in expected]}")
    return problems


def question_section(report: Report, qid: str) -> Node | None:
    for n in report.root.find_all("section", class_="question"):
        if n.attrs.get("data-question") == qid:
            return n
    return None


AGREEMENT_KEYS = ("krippendorff_alpha", "fleiss_kappa", "percent_agreement", "pairable_items")


def agreement_problems(report: Report) -> list[str]:
    """Each question's agreement table (`data-agreement`) equals summary.json's figures."""
    problems = []
    metric = (report.summary.get("agreement") or {}).get("metric")
    for q in report.summary.get("questions", []):
        figures = q.get("agreement")
        if not figures:
            continue
        tables = [t for t in report.root.find_all("table") if t.attrs.get("data-agreement") == q["question"]]
        if len(tables) != 1:
            problems.append(f"question {q['question']}: {len(tables)} agreement tables")
            continue
        rows = keyed_rows(tables[0])
        keys = list(AGREEMENT_KEYS) + (["metric"] if metric and metric in figures else [])
        for key in keys:
            value = figures.get(metric if key == "metric" else key)
            cell = rows.get(key)
            if value is None:
                continue
            if cell is None:
                problems.append(f"question {q['question']}: no agreement row {key!r}")
            elif not cell_shows(cell, value):
                problems.append(f"question {q['question']}: {key} shows {cell.clean_text()!r} (data-value "
                                f"{_data_value(cell)!r}), summary.json {value}")
    return problems


def _option_value(th: Node) -> str:
    """The option value a distribution row names: "Label (value)" or just "value"."""
    text = th.text().strip()
    m = re.search(r"\(([^()]*)\)$", text)
    return m.group(1) if m else text


def distribution_problems(report: Report) -> list[str]:
    """Each distribution's label counts equal labels.csv's (items decided or tied, by option; a
    multi choice counts each of its options), and its gold counts the gold file's answers."""
    problems = []
    gold_answers: dict[str, dict[str, int]] = {}
    if report.spec is not None:
        from reportsim import gold_rows

        seen = {r["item"] for r in report.rows or []}
        for g in gold_rows(report.spec):
            if report.rows is not None and str(g[report.spec.key_field]) not in seen:
                continue
            for qid in report.spec.questions:
                for v in (g.get(qid) or "").split("|"):
                    if v:
                        gold_answers.setdefault(qid, {}).setdefault(v, 0)
                        gold_answers[qid][v] += 1
    for fig in report.charts:
        if fig.attrs.get("data-chart") != "distribution":
            continue
        qid = fig.attrs.get("data-question", "")
        table = fig.find("table")
        if table is None:
            continue
        names, body = header_and_body(table)
        counts: dict[str, int] = {}
        for r in report.labels:
            if r["question"] == qid and r["status"] in ("decided", "tie") and r["label"] != "":
                for v in r["label"].split("|"):
                    counts[v] = counts.get(v, 0) + 1
        if "labels" not in names:
            problems.append(f"distribution {qid}: no 'Labels' column (columns {names})")
            continue
        li = names.index("labels")
        gi = names.index("gold") if "gold" in names else None
        listed = set()
        for row in body:
            value = _option_value(row[0])
            listed.add(value)
            if not cell_shows(row[li], counts.get(value, 0)):
                problems.append(f"distribution {qid}: {value} shows {row[li].clean_text()!r} labels, labels.csv has "
                                f"{counts.get(value, 0)}")
            if gi is not None and qid in gold_answers and not cell_shows(row[gi], gold_answers[qid].get(value, 0)):
                problems.append(f"distribution {qid}: {value} shows {row[gi].clean_text()!r} gold answers, the gold "
                                f"file has {gold_answers[qid].get(value, 0)}")
        missing = set(counts) - listed
        if missing:
            problems.append(f"distribution {qid}: labels {sorted(missing)} are not in its table")
    return problems


def agreeing_pairs(answers: list[str]) -> float:
    n = len(answers)
    counts: dict[str, int] = {}
    for a in answers:
        counts[a] = counts.get(a, 0) + 1
    return sum(c * (c - 1) for c in counts.values()) / (n * (n - 1))


def lowest_problems(report: Report) -> list[str]:
    """The lowest-agreement items of each choice or scale question, recomputed from the kept
    judgments: items with two judgments or more whose pairs do not all agree, by the share of
    agreeing pairs, lowest first, ties in order of the item's first appearance in the results,
    at most 20."""
    if report.rows is None or report.spec is None:
        return []
    problems = []
    kept = kept_judgments(report)
    for qid, q in report.spec.questions.items():
        if q.type not in ("single_choice", "scale", "multi_choice"):
            continue
        tables = [t for t in report.root.find_all("table") if t.attrs.get("data-lowest") == qid]
        first = first_appearance(report)
        shares = [(agreeing_pairs(a), first[item], item) for item, a in kept.get(qid, {}).items()
                  if len(a) >= 2 and agreeing_pairs(a) < 1]
        expected = [(item, share) for share, _, item in sorted(shares)[:20]]
        if not tables:
            if expected and q.type != "multi_choice":
                problems.append(f"lowest agreement {qid}: no table, expected {[i[:20] for i, _ in expected]}")
            continue
        names, body = header_and_body(tables[0])
        shown = [(row[0].text().strip(), row) for row in body]
        if [i for i, _ in shown] != [i for i, _ in expected]:
            problems.append(f"lowest agreement {qid}: shows {[i[:20] for i, _ in shown]}, the kept judgments give "
                            f"{[i[:20] for i, _ in expected]}")
            continue
        si = names.index("agreeing pairs") if "agreeing pairs" in names else None
        for (item, row), (_, share) in zip(shown, expected):
            if si is not None and not cell_shows(row[si], round(share, 6)):
                problems.append(f"lowest agreement {qid}: {item[:30]!r} shows {row[si].clean_text()!r}, expected {share:.6f}")
    return problems


def spread_problems(report: Report) -> list[str]:
    """Each spread chart's table: the items of widest range (more judgments first, then first
    appearance), at most 20, with min, median, max and range of the kept judgments."""
    if report.rows is None:
        return []
    import statistics

    problems = []
    kept = kept_judgments(report)
    for fig in report.charts:
        if fig.attrs.get("data-chart") != "spread":
            continue
        qid = fig.attrs["data-question"]
        first = first_appearance(report)
        items = [(item, [float(a) for a in answers]) for item, answers in kept.get(qid, {}).items()]
        ranked = sorted(items, key=lambda p: (-(max(p[1]) - min(p[1])), -len(p[1]), first[p[0]]))
        expected = [item for item, _ in ranked[:20]]
        table = fig.find("table")
        names, body = header_and_body(table)
        shown = [row[0].text().strip() for row in body]
        if shown != expected[: len(shown)] or not shown:
            problems.append(f"spread {qid}: shows {shown[:8]}, the kept judgments give {expected[:8]}")
            continue
        answers = dict(items)
        for row in body:
            a = answers[row[0].text().strip()]
            for name, value in (("judgments", len(a)), ("min", min(a)), ("median", statistics.median(a)),
                                ("max", max(a)), ("range", max(a) - min(a))):
                if name in names and not cell_shows(row[names.index(name)], value):
                    problems.append(f"spread {qid}: {row[0].text()[:30]!r} {name} shows "
                                    f"{row[names.index(name)].clean_text()!r}, expected {value}")
    return problems


def section_ids(report: Report, spec) -> list[str]:
    """CSS selectors of every part the report must show (docs/report.md's structure)."""
    out = ["table#batch", "section#checklist", "section#workers", "table#workers-to-review"]
    out += [f'section.question[data-question="{qid}"]' for qid in spec.questions]
    return out


def structure_problems(report: Report, spec) -> list[str]:
    """Every part of docs/report.md's structure is there, and every chart kind issue 17 asks for."""
    problems = []
    for sel in section_ids(report, spec):
        if "#" in sel:
            tag, _, rest = sel.partition("#")
            if report.root.find(tag, id=rest) is None:
                problems.append(f"no {sel}")
        elif question_section(report, sel.split('"')[1]) is None:
            problems.append(f"no {sel}")
    have = {(f.attrs.get("data-chart", ""), f.attrs.get("data-question", "")) for f in report.charts}
    for kind, qid in sorted(expected_chart_kinds(report) - have):
        problems.append(f"no {kind} chart for question {qid!r}" if qid else f"no {kind} chart")
    for f in report.charts:
        qid = f.attrs.get("data-question", "")
        if qid:
            section = question_section(report, qid)
            if section is None or not any(n is f for n in section.iter()):
                problems.append(f"the {f.attrs.get('data-chart')} chart of {qid!r} is not inside that question's section")
    return problems


def number_problems(report: Report) -> list[str]:
    return (batch_problems(report) + workers_problems(report) + agreement_problems(report)
            + distribution_problems(report) + lowest_problems(report) + spread_problems(report))
