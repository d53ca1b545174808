"""Appen: every example spec (and the XSS corpus spec) built and batched for `appen`.

`appen/cml.xml` passes a CML lint written from Appen's documented rules (CrowdFlower's CML docs:
basic tags, meta tags, common attributes, logic; Appen's Success Center: "Guide to CML",
"Guide to CML Attributes", "Guide to CML Logic", "Guide to Validators"):

- it is well-formed (CML is HTML with `cml:` helper tags; hitc writes it as XML);
- every `cml:` tag is one Appen documents, with attributes it documents;
- every question's `name` is lower case `[a-z0-9_]` ("should not contain capital letters, spaces,
  or non alpha-numeric characters") and unique ("must be unique across all base tags");
- `only-if` names existing questions, and an option index within the question's options;
- `validates` holds documented validators only;
- every Liquid output `{{ column }}` is a column of `units.csv`, and is escaped (`| escape`);
  there is no Liquid tag (`{% ... %}`);
- the HTML around the CML is a known, script-free set of tags and attributes;
- rendered with python-liquid against each unit of `units.csv` (as Appen shows a unit), the page
  has the same elements and attributes whatever the data: data never becomes markup.

`units.csv` has the spec's fields as lower-case columns, one row per item, and each gold item once
with `_golden` TRUE and its expected answers in `<question>_gold` (a multiple choice's options one
per line); `job.json` carries the spec's judgments, page size and reward.
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import pathlib
import re
import xml.etree.ElementTree as ET

import pytest
import yaml
from liquid import Environment

from conftest import ROOT

KEY = "appen"
XSS_SPEC = ROOT / "tests/browser/specs/xss/spec.yaml"

# ---------------------------------------------------------------------------- the CML lint

CML_NS = "urn:hitc-test:cml"

# Question ("base") tags and the option tags they hold (CrowdFlower's CML docs, "Basic tags").
BASE_TAGS = {"cml:text", "cml:textarea", "cml:checkbox", "cml:checkboxes", "cml:radios", "cml:select", "cml:ratings"}
OPTION_TAGS = {"cml:radios": "cml:radio", "cml:checkboxes": "cml:checkbox", "cml:select": "cml:option",
               "cml:ratings": "cml:rating"}
META_TAGS = {"cml:instructions", "cml:gold", "cml:group", "cml:meta"}
# "Common attributes" (label, name, value, default, instructions, only-if, validates, aggregation),
# gold="true" as Appen's job examples mark a question with test question answers, and a rating's points.
COMMON_ATTRIBUTES = {"label", "name", "value", "default", "instructions", "only-if", "validates", "aggregation", "gold",
                     "class"}
EXTRA_ATTRIBUTES = {"cml:ratings": {"points"}}
OPTION_ATTRIBUTES = {"label", "value", "default"}
# "Guide to Validators".
VALIDATORS = {"required", "integer", "positiveInteger", "numeric", "digits", "alpha", "alphanum", "url", "email"}
# The HTML a CML job may hold here: layout and cmark-gfm's safe output; nothing that runs.
HTML_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "img", "a", "audio", "video", "div",
             "span", "strong", "em", "del", "ul", "ol", "li", "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
             "input"}
HTML_ATTRIBUTES = {"style", "class", "src", "alt", "href", "target", "rel", "controls", "title", "align", "start",
                   "type", "checked", "disabled"}
NAME = re.compile(r"[a-z0-9_]+")
SELECTOR = re.compile(r"!?([a-z0-9_]+)(?::\[(\d+)\])?")
LIQUID_OUTPUT = re.compile(r"\{\{(.*?)\}\}", re.S)


def lint_cml(cml: str, columns: set[str]) -> list[str]:
    """The problems of a CML document, as messages; [] when it keeps every rule above."""
    problems: list[str] = []
    if "{%" in cml:
        problems.append("a Liquid tag ({% ... %})")
    for m in LIQUID_OUTPUT.finditer(cml):
        parts = [p.strip() for p in m.group(1).split("|")]
        if parts[0] not in columns:
            problems.append(f"{{{{ {parts[0]} }}}} is not a units.csv column")
        if parts[1:] != ["escape"]:
            problems.append(f"{{{{ {m.group(1).strip()} }}}} is not escaped")
    try:
        root = ET.fromstring(f'<root xmlns:cml="{CML_NS}">{cml}</root>')
    except ET.ParseError as error:
        return problems + [f"not well-formed: {error}"]

    def tag(element) -> str:
        return element.tag.replace("{" + CML_NS + "}", "cml:")

    options: dict[str, int] = {}
    conditions: list[tuple[str, str]] = []
    parent = {child: element for element in root.iter() for child in element}
    for element in root.iter():
        name = tag(element)
        if element is root:
            continue
        in_list = element in parent and tag(parent[element]) in OPTION_TAGS
        if name.startswith("cml:"):
            if in_list and name == OPTION_TAGS[tag(parent[element])]:
                allowed = OPTION_ATTRIBUTES
            elif name in BASE_TAGS:
                allowed = COMMON_ATTRIBUTES | EXTRA_ATTRIBUTES.get(name, set())
                question = element.get("name", "")
                if not NAME.fullmatch(question):
                    problems.append(f"{name} name {question!r} is not lower case [a-z0-9_]")
                if question in options:
                    problems.append(f"{name} name {question!r} is not unique")
                children = [tag(c) for c in element]
                if name in OPTION_TAGS:
                    if not children or any(c != OPTION_TAGS[name] for c in children):
                        problems.append(f"{name} {question!r} holds {children}, not {OPTION_TAGS[name]} options")
                    values = [c.get("value", "") for c in element]
                    if any(not v or re.search(r"\s", v) for v in values) or len(set(values)) != len(values):
                        problems.append(f"{name} {question!r}: option values {values} empty, with white space or repeated")
                options[question] = len(children)
                for validator in element.get("validates", "").split():
                    if validator not in VALIDATORS:
                        problems.append(f"{name} {question!r}: unknown validator {validator!r}")
                if element.get("only-if"):
                    conditions.append((question, element.get("only-if")))
                if not element.get("label"):
                    problems.append(f"{name} {question!r} has no label")
            elif name in META_TAGS:
                allowed = COMMON_ATTRIBUTES
            else:
                problems.append(f"unknown CML tag {name}")
                continue
        else:
            if name not in HTML_TAGS:
                problems.append(f"HTML tag {name} is not allowed")
                continue
            allowed = HTML_ATTRIBUTES
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not (value.startswith("{{") or value.startswith("https://")):
                    problems.append(f"{name} {attribute}={value!r} is neither a column nor https")
        for attribute in element.attrib:
            if attribute not in allowed or re.fullmatch(r"on[a-z]+", attribute.lower()):
                problems.append(f"{name}: attribute {attribute!r} is not allowed")
    for question, expression in conditions:
        for conjunct in expression.split("++"):
            for selector in conjunct.split("||"):
                m = SELECTOR.fullmatch(selector.strip())
                if not m or m.group(1) not in options:
                    problems.append(f"only-if of {question!r}: {selector!r} names no question")
                elif m.group(2) is not None and int(m.group(2)) >= options[m.group(1)]:
                    problems.append(f"only-if of {question!r}: {selector!r} is past the last option")
    return problems


# ---------------------------------------------------------------------------- rendering as Appen shows a unit


class Shape(html.parser.HTMLParser):
    """Each element's tag and attribute names, in order: what data must never change."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, tuple[str, ...]]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, tuple(sorted(a for a, _ in attrs))))

    handle_startendtag = handle_starttag


def render(cml: str, unit: dict[str, str]) -> str:
    return Environment().from_string(cml).render(**unit)


# ---------------------------------------------------------------------------- files


def units(build) -> tuple[list[str], list[dict[str, str]]]:
    text = (build.batch / "appen/units.csv").read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    header = rows[0]
    assert all(len(r) == len(header) for r in rows[1:]), "every row has the header's cells"
    return header, [dict(zip(header, r)) for r in rows[1:]]


def spec_of(build) -> dict:
    return yaml.safe_load(build.spec.read_text(encoding="utf-8"))


def gold_rows(build, spec: dict) -> list[dict[str, str]]:
    gold = (spec.get("quality") or {}).get("gold")
    if not gold:
        return []
    path = build.spec.parent / gold["file"]
    if path.suffix == ".jsonl":
        return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


# ---------------------------------------------------------------------------- tests


def test_every_example_builds_a_cml_the_lint_accepts_and_data_stays_data(example_spec, platform_build):
    build = platform_build(example_spec, KEY)
    cml = (build.bundle / "appen/cml.xml").read_text(encoding="utf-8")
    header, rows = units(build)
    spec = spec_of(build)
    assert lint_cml(cml, set(header)) == []
    questions = spec["hit"]["questions"]
    names = [q.lower() for q in questions]
    for q in names:
        assert re.search(rf'name="{q}"', cml), f"question {q} has its CML element"

    # As Appen shows a unit: the same elements and attributes whatever the data.
    benign = Shape(render(cml, {c: "x" for c in header})).elements
    for row in rows:
        page = render(cml, row)
        assert Shape(page).elements == benign, f"unit {row}"
        assert "<script" not in page.lower()


def test_units_hold_each_item_once_and_gold_as_test_questions(example_spec, platform_build):
    build = platform_build(example_spec, KEY)
    header, rows = units(build)
    spec = spec_of(build)
    fields = list(spec["data"]["fields"])
    assert header[: len(fields)] == [f.lower() for f in fields]
    key = spec["data"]["key"].lower()
    keys = [r[key] for r in rows]
    assert len(set(keys)) == len(keys), "one unit per item"
    hits = [json.loads(l) for l in (build.batch / "hits.jsonl").read_text(encoding="utf-8").splitlines() if l]
    gold = gold_rows(build, spec)
    gold_keys = {str(g[spec["data"]["key"]]) for g in gold}
    assert {r[key] for r in rows if r.get("_golden") == "TRUE"} == gold_keys
    if gold:
        assert "_golden" in header
        questions = spec["hit"]["questions"]
        for q, settings in questions.items():
            column = q.lower() + "_gold"
            if column not in header:
                assert all(not str(g.get(q) or "").strip() for g in gold), f"{q} has gold answers but no column"
                continue
            values = {str(o["value"] if isinstance(o, dict) else o) for o in settings.get("options", [])}
            for row in rows:
                answer = row[column]
                if row["_golden"] != "TRUE":
                    assert answer == ""
                elif answer and values:
                    parts = answer.split("\n")
                    assert set(parts) <= values, f"{q}: {answer!r}"
                    if settings["type"] != "multi_choice":
                        assert len(parts) == 1
    # Every item the batch put in a HIT is a unit.
    hit_keys = {str(k) for h in hits for k in h["item_keys"]}
    assert hit_keys
    assert hit_keys <= set(keys)

    job = json.loads((build.bundle / "appen/job.json").read_text(encoding="utf-8"))
    assert job["units_per_assignment"] == spec["hit"]["items_per_hit"]
    assert job["judgments_per_unit"] == spec["quality"]["judgments_per_item"]
    amount, currency = spec["hit"]["reward"].split()
    assert currency == "USD" and job["payment_cents"] == round(float(amount) * 100)
    assert job["title"] == spec["title"]
    if gold:
        assert job["gold_per_assignment"] == spec["quality"]["gold"]["per_hit"]
    else:
        assert "gold_per_assignment" not in job
    assert "<main" not in job["instructions"] and "{{" not in job["instructions"]


def test_the_xss_corpus_stays_text_in_units_and_on_the_page(platform_build):
    build = platform_build(XSS_SPEC, KEY)
    cml = (build.bundle / "appen/cml.xml").read_text(encoding="utf-8")
    header, rows = units(build)
    sample = [json.loads(l) for l in (XSS_SPEC.parent / "data/sample.jsonl").read_text(encoding="utf-8").splitlines() if l]
    by_key = {r["item_id"]: r for r in rows}
    for item in sample:
        unit = by_key[str(item["item_id"])]
        for field, value in item.items():
            assert unit[field.lower()] == ("" if value is None else str(value)), f"{field} of {item['item_id']}"
        page = render(cml, unit)
        for field in ("title", "body"):
            text = str(item.get(field) or "")
            if text:
                # The value comes back from the page's text as written (HTML-escaped once, decoded once).
                assert html.unescape(page).count(text) >= 1 or text.strip() == "", field
    # The spec's own hostile labels ("{{x}} and {{{x}}}") are no Liquid for Appen.
    assert "{{x}}" not in cml and "&#123;&#123;x&#125;&#125;" in cml


def test_the_lint_rejects_what_appen_would_not_take():
    bad = """<cml:radios name="Verdict" label="V" validates="required sometimes" only-if="nothing:[0]">
  <cml:radio label="A" value="a"/><cml:radio label="B" value="a b"/>
</cml:radios>
<cml:text name="verdict" label="" onclick="x()"/>
<cml:text name="why" label="Why" only-if="verdict:[5]"/>
<cml:slider name="s" label="S"/>
<script>alert(1)</script>
<a href="javascript:alert(1)">x</a>
<p>{{ secret }} {{ title }} {% if x %}</p>
"""
    problems = lint_cml(bad, {"title"})
    expected = [
        "a Liquid tag",
        "{{ secret }} is not a units.csv column",
        "{{ title }} is not escaped",
        "name 'Verdict' is not lower case",
        "unknown validator 'sometimes'",
        "option values ['a', 'a b']",
        "attribute 'onclick' is not allowed",
        "cml:text 'verdict' has no label",
        "'nothing:[0]' names no question",
        "'verdict:[5]' is past the last option",
        "unknown CML tag cml:slider",
        "HTML tag script is not allowed",
        "a href='javascript:alert(1)' is neither a column nor https",
    ]
    for message in expected:
        assert any(message in p for p in problems), f"{message!r} not in {problems}"
    assert lint_cml("<p>unclosed", set()) and "not well-formed" in lint_cml("<p>unclosed", set())[0]
    good = '<cml:radios name="v" label="V"><cml:radio label="A" value="a"/></cml:radios><p>{{ title | escape }}</p>'
    assert lint_cml(good, {"title"}) == []
