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
    """One aggregate run: its folder, the report's tree, summary.json and workers.csv."""

    folder: pathlib.Path
    html: str
    root: Node
    summary: dict
    workers: list[dict]

    @classmethod
    def load(cls, folder: pathlib.Path, html: str | None = None) -> "Report":
        html = (folder / "report.html").read_text(encoding="utf-8") if html is None else html
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        with open(folder / "workers.csv", encoding="utf-8", newline="") as f:
            workers = list(csv.DictReader(f))
        return cls(folder, html, parse(html), summary, workers)

    def with_html(self, html: str) -> "Report":
        """The same run with other report text (a broken copy, in the mutation tests)."""
        return Report(self.folder, html, parse(html), self.summary, self.workers)

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


def expected_chart_kinds(spec) -> set[tuple[str, str]]:
    """(kind, question) pairs a report of `spec` must draw, from issue 17 and docs/report.md."""
    out = set()
    for qid, q in spec.questions.items():
        if q.type in ("single_choice", "multi_choice", "scale"):
            out.add(("distribution", qid))
        if q.type == "single_choice":
            out.add(("confusion", qid))
        if q.type in ("scale", "number"):
            out.add(("spread", qid))
    out.add(("worker-scatter", ""))
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


BATCH_ROWS = {
    # row name in the batch table (starts with) -> summary.json key
    "judgments": "judgments",
    "items": "items",
    "gold items": "gold_items",
    "workers": "workers",
}


def batch_problems(report: Report) -> list[str]:
    """The batch overview's numbers equal summary.json's."""
    table = report.root.find("table", id="batch")
    if table is None:
        return ["no <table id=batch>"]
    rows = row_headers(table)
    problems = []
    for name, key in BATCH_ROWS.items():
        if key not in report.summary:
            continue
        cell = rows.get(name)
        if cell is None:
            problems.append(f"batch table: no row named {name!r} (rows: {sorted(rows)})")
        elif not cell_shows(cell, report.summary[key]):
            problems.append(f"batch table: {name} shows {cell.clean_text()!r}, summary.json says {report.summary[key]}")
    return problems


WORKER_COLUMNS = {
    # workers.csv column -> words one of the table's column names contains
    "answers": ("judgments", "answers"),
    "gold_accuracy": ("gold accuracy", "accuracy on gold"),
    "agreement": ("agreement",),
    "median_seconds": ("median seconds", "seconds", "time"),
    "fast_hits": ("fast",),
}


def _column(names: list[str], words: tuple[str, ...]) -> int | None:
    for w in words:
        for i, n in enumerate(names):
            if w in n:
                return i
    return None


def workers_problems(report: Report) -> list[str]:
    """The workers-to-review table: every row's worker is in workers.csv and its numbers equal it;
    every dropped or flagged worker is in the table."""
    table = report.root.find("table", id="workers-to-review")
    if table is None:
        return ["no <table id=workers-to-review>"]
    names, body = header_and_body(table)
    problems = []
    wcol = _column(names, ("worker",))
    if wcol is None:
        return [f"workers-to-review: no worker column (columns: {names})"]
    by_id = {r["worker"]: r for r in report.workers}
    shown = set()
    for row in body:
        if len(row) <= wcol:
            continue
        worker = row[wcol].text().strip()
        shown.add(worker)
        csv_row = by_id.get(worker)
        if csv_row is None:
            problems.append(f"workers-to-review: worker {worker[:60]!r} is not in workers.csv")
            continue
        for column, words in WORKER_COLUMNS.items():
            i = _column(names, words)
            if i is None or i >= len(row) or column not in csv_row:
                continue
            if not cell_shows(row[i], value_of(csv_row, column)):
                problems.append(f"workers-to-review: {worker[:40]!r} {names[i]} shows {row[i].clean_text()!r},"
                                f" workers.csv {column} is {csv_row[column]!r}")
        status = csv_row.get("status", "")
        if status and status not in row[_column(names, ("status",)) or wcol].clean_text() and \
                _column(names, ("status",)) is not None:
            problems.append(f"workers-to-review: {worker[:40]!r} status is not {status!r}")
    for r in report.workers:
        if (r.get("status") == "dropped" or r.get("flags")) and r["worker"] not in shown:
            problems.append(f"workers-to-review: {r['worker'][:40]!r} ({r.get('status')}, flags {r.get('flags')!r})"
                            " is not listed")
    if not body:
        problems.append("workers-to-review: no rows")
    return problems


def question_section(report: Report, qid: str) -> Node | None:
    for n in report.root.find_all("section", class_="question"):
        if n.attrs.get("data-question") == qid:
            return n
    return None


def agreement_problems(report: Report) -> list[str]:
    """Each question's agreement figure (the spec's metric) is shown in its section, equal to summary.json's."""
    problems = []
    metric = (report.summary.get("agreement") or {}).get("metric")
    for q in report.summary.get("questions", []):
        value = (q.get("agreement") or {}).get(metric) if metric else None
        if value is None:
            continue
        section = question_section(report, q["question"])
        if section is None:
            problems.append(f"question {q['question']}: no section")
            continue
        cells = [c for c in section.iter() if c.tag in ("td", "dd", "p", "span", "data") and "data-value" in c.attrs]
        cells += [c for c in section.find_all("td") if c not in cells]
        if not any(cell_shows(c, value) for c in cells):
            problems.append(f"question {q['question']}: {metric} {value} is shown nowhere in its section")
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
        tag, _, rest = sel.partition("#") if "#" in sel else sel.partition(".")
        if "#" in sel:
            if report.root.find(tag, id=rest) is None:
                problems.append(f"no {sel}")
        elif question_section(report, sel.split('"')[1]) is None:
            problems.append(f"no {sel}")
    have = {(f.attrs.get("data-chart", ""), f.attrs.get("data-question", "")) for f in report.charts}
    for kind, qid in sorted(expected_chart_kinds(spec) - have):
        problems.append(f"no {kind} chart for question {qid!r}" if qid else f"no {kind} chart")
    for f in report.charts:
        qid = f.attrs.get("data-question", "")
        if qid:
            section = question_section(report, qid)
            if section is None or f not in list(section.iter()):
                problems.append(f"the {f.attrs.get('data-chart')} chart of {qid!r} is not inside that question's section")
    return problems


def distribution_problems(report: Report, rows: list[dict]) -> list[str]:
    """Each distribution chart's counts equal the workers' answers counted from the results
    (kept and dropped workers alike: the report says which; here the total must be one of the two)."""
    problems = []
    for fig in report.charts:
        if fig.attrs.get("data-chart") != "distribution":
            continue
        qid = fig.attrs.get("data-question", "")
        table = fig.find("table")
        if table is None:
            continue
        names, body = header_and_body(table)
        counts: dict[str, int] = {}
        for r in rows:
            if r["question"] == qid and r["answer"] != "":
                for v in r["answer"].split("|"):
                    counts[v] = counts.get(v, 0) + 1
        ccol = _column(names, ("judgments", "count", "answers", "workers"))
        if ccol is None:
            problems.append(f"distribution {qid}: no count column (columns {names})")
            continue
        seen = 0
        for row in body:
            if len(row) <= ccol:
                continue
            found = number_in(row[ccol].clean_text())
            if found:
                seen += int(found[0])
        if seen and seen != sum(counts.values()):
            problems.append(f"distribution {qid}: its counts add up to {seen}, the results hold {sum(counts.values())}")
    return problems
