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
EXTRA_ATTRIBUTES = {"cml:ratings": {"points"}, "cml:checkboxes": {"exact"}, "cml:text": {"data-validates-regex"}, "cml:textarea": {"data-validates-regex"}}
OPTION_ATTRIBUTES = {"label", "value", "default"}
# "Guide to Validators" (Appen) and "Validations" (CrowdFlower): validators without arguments, and those
# with one, in their documented argument forms (integerRange:{min:1,max:100}, minLength:4,
# rangeLength:{min:5,max:32}; maxLength:N as Appen's own API tests write it). `regex` reads its expression
# from data-validates-regex.
VALIDATORS = {"required", "integer", "positiveInteger", "numeric", "digits", "alpha", "alphanum", "url", "email",
              "regex"}
ARGUMENT_VALIDATORS = {
    "integerRange": re.compile(r"integerRange:\{min:(-?\d+),max:(-?\d+)\}"),
    "rangeLength": re.compile(r"rangeLength:\{min:(\d+),max:(\d+)\}"),
    "minLength": re.compile(r"minLength:(\d+)"),
    "maxLength": re.compile(r"maxLength:(\d+)"),
}
# Validators that read a typed answer: only on cml:text and cml:textarea.
TEXT_VALIDATORS = {"integer", "positiveInteger", "numeric", "digits", "alpha", "alphanum", "url", "email", "regex",
                   "integerRange", "rangeLength", "minLength", "maxLength"}
REGEX_ATTRIBUTE = "data-validates-regex"
# The HTML a CML job may hold here: layout and cmark-gfm's safe output; nothing that runs.
HTML_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "img", "a", "audio", "video", "div",
             "span", "strong", "em", "del", "ul", "ol", "li", "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
             "input"}
HTML_ATTRIBUTES = {"style", "class", "src", "alt", "href", "target", "rel", "controls", "title", "align", "start",
                   "type", "checked", "disabled"}
NAME = re.compile(r"[a-z0-9_]+")
SELECTOR = re.compile(r"!?([a-z0-9_]+)(?::\[(\d+)\])?")
LIQUID_OUTPUT = re.compile(r"\{\{(.*?)\}\}", re.S)


def lint_validators(tag: str, question: str, validators: list[str], regex: str | None) -> list[str]:
    """The problems of one element's validators: unknown names, malformed or empty arguments, a validator on a
    control it cannot read, `regex` and its expression without each other."""
    problems: list[str] = []
    for validator in validators:
        base = validator.split(":", 1)[0]
        if base in ARGUMENT_VALIDATORS:
            m = ARGUMENT_VALIDATORS[base].fullmatch(validator)
            if not m:
                problems.append(f"{tag} {question!r}: validator {validator!r} is not in its documented form")
                continue
            bounds = [int(g) for g in m.groups()]
            if len(bounds) == 2 and bounds[0] > bounds[1]:
                problems.append(f"{tag} {question!r}: validator {validator!r} admits nothing")
        elif validator not in VALIDATORS:
            problems.append(f"{tag} {question!r}: unknown validator {validator!r}")
            continue
        if base in TEXT_VALIDATORS and tag not in ("cml:text", "cml:textarea"):
            problems.append(f"{tag} {question!r}: validator {base!r} reads typed text, not a {tag}")
    if ("regex" in validators) != (regex is not None):
        problems.append(f"{tag} {question!r}: 'regex' and {REGEX_ATTRIBUTE} go together")
    elif regex is not None:
        if not (regex.startswith("^(?:") and (regex.endswith(")$") or regex.endswith(")?$"))):
            problems.append(f"{tag} {question!r}: {REGEX_ATTRIBUTE} {regex!r} does not test the whole answer")
        try:
            re.compile(regex)
        except re.error as error:
            problems.append(f"{tag} {question!r}: {REGEX_ATTRIBUTE} {regex!r} does not compile: {error}")
    return problems


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
                problems += lint_validators(name, question, element.get("validates", "").split(),
                                            element.get(REGEX_ATTRIBUTE))
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
                if settings["type"] == "multi_choice":
                    # Scored as hitc scores gold: the same set, not one matching option.
                    cml = (build.bundle / "appen/cml.xml").read_text(encoding="utf-8")
                    assert re.search(rf'<cml:checkboxes name="{q.lower()}"[^>]* gold="true" exact="true"', cml), q
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
    # {} keeps Appen's defaults for what the spec does not say.
    assert "max_judgments_per_worker" not in job and "minimum_requirements" not in job
    min_accuracy = ((spec["quality"].get("gold") or {}).get("min_accuracy"))
    assert (job.get("options") or {}).get("reject_at") == (None if min_accuracy is None else pytest.approx(min_accuracy * 100))


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
<cml:text name="n" label="N" validates="integerRange:{min:5,max:1} minLength:x regex"/>
<cml:radios name="r" label="R" validates="numeric" data-validates-regex="^(?:a)$"><cml:radio label="A" value="a"/></cml:radios>
<cml:textarea name="t" label="T" validates="regex" data-validates-regex="a("/>
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
        "validator 'integerRange:{min:5,max:1}' admits nothing",
        "validator 'minLength:x' is not in its documented form",
        "cml:text 'n': 'regex' and data-validates-regex go together",
        "validator 'numeric' reads typed text, not a cml:radios",
        "cml:radios: attribute 'data-validates-regex' is not allowed",
        "data-validates-regex 'a(' does not test the whole answer",
        "data-validates-regex 'a(' does not compile",
        "HTML tag script is not allowed",
        "a href='javascript:alert(1)' is neither a column nor https",
    ]
    for message in expected:
        assert any(message in p for p in problems), f"{message!r} not in {problems}"
    assert lint_cml("<p>unclosed", set()) and "not well-formed" in lint_cml("<p>unclosed", set())[0]
    good = ('<cml:radios name="v" label="V"><cml:radio label="A" value="a"/></cml:radios><p>{{ title | escape }}</p>'
            '<cml:text name="n" label="N" validates="required integerRange:{min:-2,max:9}"/>'
            '<cml:textarea name="t" label="T" validates="rangeLength:{min:1,max:9} regex" data-validates-regex="^(?:[a-z]+)?$"/>')
    assert lint_cml(good, {"title"}) == []


def test_each_spec_check_is_its_validator(example_spec, platform_build):
    """Each number and text check of the spec is on its CML element as the validator that expresses it."""
    build = platform_build(example_spec, KEY)
    cml = (build.bundle / "appen/cml.xml").read_text(encoding="utf-8")
    root = ET.fromstring(f'<root xmlns:cml="{CML_NS}">{cml}</root>')
    elements = {e.get("name"): e for e in root.iter() if e.tag.startswith("{" + CML_NS + "}") and e.get("name")}
    checked = 0
    for q, settings in spec_of(build)["hit"]["questions"].items():
        element = elements[q.lower()]
        validates = element.get("validates", "").split()
        required = settings.get("required", True)
        assert ("required" in validates) == bool(required), q
        if settings["type"] == "text":
            lo, hi = settings.get("min_length"), settings.get("max_length")
            if lo and hi and required:
                assert f"rangeLength:{{min:{lo},max:{hi}}}" in validates, q
            elif hi:
                assert f"maxLength:{hi}" in validates, q
            if settings.get("pattern") and "\\p{" not in settings["pattern"]:
                assert "regex" in validates, q
                regex = element.get(REGEX_ATTRIBUTE)
                anchored = re.compile(regex)
                assert settings["pattern"] in regex
                if not required:
                    assert anchored.fullmatch("")
            checked += 1
        elif settings["type"] == "number":
            lo, hi, step = settings.get("min"), settings.get("max"), settings.get("step")
            if step == 1 and lo is not None and hi is not None and float(lo).is_integer():
                assert f"integerRange:{{min:{int(lo)},max:{int(hi // 1)}}}" in validates, q
            else:
                assert {"numeric", "integer", "positiveInteger"} & set(validates), q
            checked += 1
    assert lint_cml(cml, set(units(build)[0])) == []


def test_the_job_carries_the_quality_settings(platform_build):
    spec = ROOT / "Specs/answer-helpfulness/spec.yaml"
    build = platform_build(spec, KEY, "{ max_judgments_per_worker: 40, level: 2 }")
    job = json.loads((build.bundle / "appen/job.json").read_text(encoding="utf-8"))
    quality = spec_of(build)["quality"]
    assert job["options"]["reject_at"] == pytest.approx(quality["gold"]["min_accuracy"] * 100)
    assert job["max_judgments_per_worker"] == 40
    assert job["minimum_requirements"] == {"min_score": 1, "skill_scores": {"level_2_contributors": 1}}
    locales = (quality.get("qualification") or {}).get("locales") or []
    assert job.get("included_countries") == ([l.split("-")[0] for l in locales] or None)
