"""SageMaker Ground Truth: every example spec (and the XSS corpus spec) built and batched for
`ground_truth`; the worker task template rendered with python-liquid against each line of the
input manifest, as Ground Truth renders it: `task.input` is the manifest line itself, which is what
the pass-through pre-annotation Lambda of Ground Truth's documentation returns as `taskInput`
(`{"taskInput": event["dataObject"]}`). The rendered page is parsed as HTML and checked for the
crowd elements, the form field names the results reader maps back, and data that stays data.

A browser test opens rendered pages in headless Chromium (the crowd-elements script cannot be
fetched here; nothing resolves): the layout at 1280 and 390 px, the template's own script
(visible_if, checks) without errors, hostile data inert.
"""

from __future__ import annotations

import html.parser
import json
import pathlib
import re

import pytest
import yaml
from liquid import Environment

from conftest import ROOT

KEY = "ground_truth"
CROWD_SCRIPT = "https://assets.crowd.aws/crowd-html-elements.js"
XSS_SPEC = ROOT / "tests/browser/specs/xss/spec.yaml"


# ---------------------------------------------------------------------------- helpers


class Page(html.parser.HTMLParser):
    """Elements (tag, attributes, open elements around it) and text of a rendered page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.feed(text)
        self.close()

    VOID = {"input", "img", "br", "hr", "meta", "link", "source", "col", "wbr"}

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), tuple(self.stack)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), tuple(self.stack)))

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str):
        return [e for e in self.elements if e[0] == tag]

    def names(self) -> list[str]:
        return [a["name"] for t, a, _ in self.elements if t in ("input", "select", "textarea") and a.get("name")]

    def shape(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each element's tag and attribute names, in order: what data must never change."""
        return [(t, tuple(sorted(a))) for t, a, _ in self.elements]


def render(template: str, line: dict) -> str:
    return Environment().from_string(template).render(task={"input": line})


def manifest(build) -> list[dict]:
    path = build.batch / "ground_truth/manifest.jsonl"
    return [json.loads(l) for l in path.read_text(encoding="utf-8").split("\n") if l]


def template_of(build) -> str:
    return (build.bundle / "ground_truth/template.liquid.html").read_text(encoding="utf-8")


def spec_yaml(build) -> dict:
    return yaml.safe_load(build.spec.read_text(encoding="utf-8"))


def neutral(line: dict) -> dict:
    """The line with every data value replaced by a harmless one of the same kind (https stays https)."""
    def value(v: str) -> str:
        if not v:
            return ""
        return "https://example.com/x" if v.strip().lower().startswith("https://") else "x"
    return {**line, "items": [{k: value(v) for k, v in item.items()} for item in line["items"]]}


@pytest.fixture
def gt(example_spec, platform_build):
    return platform_build(example_spec, KEY)


# ---------------------------------------------------------------------------- the manifest


def test_the_manifest_has_a_line_per_hit_with_source_items_and_gold_marks(gt):
    spec = spec_yaml(gt)
    hits = [json.loads(l) for l in (gt.batch / "hits.jsonl").read_text(encoding="utf-8").split("\n") if l]
    lines = manifest(gt)
    assert len(lines) == len(hits) > 0
    key = spec["data"]["key"]
    for line, hit in zip(lines, hits):
        assert set(line) <= {"source", "hitc_hit", "hitc_gold", "items"}
        assert line["hitc_hit"] == hit["hit"]
        keys = [item[key] for item in line["items"]]
        assert keys == hit["item_keys"]
        assert json.loads(line["source"]) == keys
        gold = [keys[s - 1] for s in hit["gold_slots"]]
        assert line.get("hitc_gold", []) == gold
        for item in line["items"]:
            assert list(item) == list(spec["data"]["fields"])
            assert all(isinstance(v, str) for v in item.values())
        # Ground Truth's documented limits on a manifest line and on one attribute.
        assert len(json.dumps(line, ensure_ascii=False)) <= 100_000
        assert all(len(json.dumps(v, ensure_ascii=False)) <= 20_000 for v in line.values())


# ---------------------------------------------------------------------------- the template


def test_the_template_renders_each_line_with_crowd_elements_and_field_names(gt):
    spec = spec_yaml(gt)
    template = template_of(gt)
    questions = list(spec["hit"]["questions"])
    key = spec["data"]["key"]
    feedback = (spec.get("communication") or {}).get("feedback") == "optional"
    for line in manifest(gt):
        page = Page(render(template, line))
        scripts = page.all("script")
        assert scripts[0][1].get("src") == CROWD_SCRIPT
        assert [s[1].get("src") for s in scripts[1:]] == [None, None]
        assert len(page.all("crowd-form")) == 1
        for region in ("short-instructions", "full-instructions"):
            found = page.all(region)
            assert len(found) == 1 and "crowd-form" in found[0][2]
        sections = [e for e in page.all("section") if e[1].get("class") == "gt-item"]
        assert len(sections) == len(line["items"])
        names = page.names()
        expected = ["hitc_seconds"] + (["hitc_feedback"] if feedback else [])
        for n, item in enumerate(line["items"], start=1):
            hidden = [a for t, a, _ in page.elements if t == "input" and a.get("name") == f"item{n}"]
            assert len(hidden) == 1 and hidden[0]["type"] == "hidden" and hidden[0]["value"] == item[key]
            expected.append(f"item{n}")
            for q in questions:
                assert f"item{n}_{q}" in names, f"no control named item{n}_{q}"
                expected.append(f"item{n}_{q}")
        assert set(names) == set(expected)
        # every control is inside the crowd-form, so crowd-form submits it
        for t, a, around in page.elements:
            if a.get("name"):
                assert "crowd-form" in around
        # the whole guidelines are in the full instructions
        text = "".join(page.text)
        assert spec["title"].split()[0] in text


def test_no_liquid_markup_survives_rendering_and_static_braces_are_references(gt):
    template = template_of(gt)
    tags = re.findall(r"\{[{%].*?[}%]\}", template, re.S)
    allowed = re.compile(r"^\{\{ (forloop\.(index|length)|item\.\w+ \| escape|url \| escape) \}\}$|^\{% .* %\}$")
    assert tags and all(allowed.match(t) for t in tags), [t for t in tags if not allowed.match(t)]
    assert "{#" not in template
    for line in manifest(gt)[:3]:
        out = render(template, neutral(line))
        assert "{%" not in out and "{{" not in out


# ---------------------------------------------------------------------------- hostile data


def xss_build(platform_build):
    return platform_build(XSS_SPEC, KEY)


def test_hostile_values_change_no_element_or_attribute(platform_build):
    build = xss_build(platform_build)
    template = template_of(build)
    lines = manifest(build)
    assert lines
    for line in lines:
        page = Page(render(template, line))
        assert page.shape() == Page(render(template, neutral(line))).shape()
        for t, a, around in page.elements:
            assert not any(name.startswith("on") for name in a), (t, a)
            for attr in ("src", "href"):
                # in the items (the guidelines are the spec's own, checked by hitc build): https only
                if attr in a and "section" in around and "full-instructions" not in around:
                    assert (a[attr] or "").startswith("https://"), (t, a)
        text = "".join(page.text)
        for item in line["items"]:
            if item["title"].strip():
                assert item["title"] in text


def test_negative_control_unescaped_output_is_caught(platform_build):
    """The shape comparison fails when the template outputs data unescaped."""
    build = xss_build(platform_build)
    broken = template_of(build).replace(" | escape }}", " }}")
    caught = False
    for line in manifest(build):
        if Page(render(broken, line)).shape() != Page(render(broken, neutral(line))).shape():
            caught = True
    assert caught


# ---------------------------------------------------------------------------- in a browser


@pytest.fixture(scope="module")
def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    if pathlib.Path("/usr/bin/chromium").exists():
        opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run", "--disable-background-networking"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
      window.__calls = [];
      ['alert', 'confirm', 'prompt', 'open'].forEach(function (n) {
        window[n] = function () { window.__calls.push(n); return null; };
      });
      window.addEventListener('error', function (e) { (window.__errors = window.__errors || []).push(String(e.message)); });
    """})
    yield drv
    drv.quit()


SHOTS = pathlib.Path(__import__("os").environ.get("HITC_SCREENSHOTS", "/tmp/hitc-gt-screenshots"))


@pytest.mark.parametrize("width", [1280, 390])
def test_the_rendered_page_works_in_chromium(platform_build, chromium, tmp_path, width):
    build = xss_build(platform_build)
    line = manifest(build)[0]
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
                    + render(template_of(build), line), encoding="utf-8")
    chromium.set_window_size(width, 900)
    chromium.get_log("browser")
    chromium.get(page.as_uri())
    run = chromium.execute_script
    assert run("return typeof window.hitcGroundTruth") == "object"
    assert run("return window.__calls") == []
    assert not run("return window.__errors || []")
    logs = [e for e in chromium.get_log("browser") if e["level"] == "SEVERE" and e.get("source") != "network"]
    assert not logs, logs
    # no element came from data: no image with the hostile onerror, no extra script
    assert run("return document.scripts.length") == 3
    assert run("return document.querySelectorAll('[onerror],[onclick],[onload],svg,iframe').length") == 0
    # visible_if: 'flags' shows only when 'verdict' is 'unsafe'; hidden = disabled, not required
    state = run("""
      var fs = document.querySelector('section[data-slot="1"] fieldset[data-question="flags"]');
      var boxes = Array.from(fs.querySelectorAll('input'));
      return [fs.hidden, boxes.every(function (b) { return b.disabled; })];""")
    assert state == [True, True]
    run("document.querySelector('section[data-slot=\"1\"] input[name=\"item1_verdict\"][value=\"unsafe\"]').click()")
    state = run("""
      var fs = document.querySelector('section[data-slot="1"] fieldset[data-question="flags"]');
      var boxes = Array.from(fs.querySelectorAll('input'));
      return [fs.hidden, boxes.some(function (b) { return b.disabled; })];""")
    assert state == [False, False]
    # the checks: an unanswered required question makes the form invalid, with the page's message
    first = run("return window.hitcGroundTruth.check() && window.hitcGroundTruth.check().fs.getAttribute('data-question')")
    assert first == "verdict"  # slot 2's verdict is still unanswered
    msg = run("return document.querySelector('input[name=\"item2_verdict\"]').validationMessage")
    assert msg
    # hotkeys: '2' answers 'verdict' of the item that has the focus (unsafe), which shows its 'flags'
    run("document.querySelector('input[name=\"item2_verdict\"]').focus()")
    from selenium.webdriver.common.action_chains import ActionChains
    ActionChains(chromium).send_keys("2").perform()
    state = run("""
      return [document.querySelector('input[name="item2_verdict"]:checked') && document.querySelector('input[name="item2_verdict"]:checked').value,
              document.querySelector('section[data-slot="2"] fieldset[data-question="flags"]').hidden,
              document.querySelector('input[name="item1_verdict"]:checked').value];""")
    assert state == ["unsafe", False, "unsafe"]
    # the layout fits the width (no sideways scrolling)
    assert run("return document.documentElement.scrollWidth") <= width
    # without crowd-html-elements.js the instruction regions show inline: look at the items
    run("document.querySelector('.gt-task').scrollIntoView()")
    SHOTS.mkdir(parents=True, exist_ok=True)
    chromium.save_screenshot(str(SHOTS / f"ground-truth-xss-{width}.png"))


@pytest.mark.parametrize("width", [390])
def test_every_example_page_runs_without_errors_and_fits_a_phone(gt, chromium, tmp_path, width):
    template = template_of(gt)
    for n, line in enumerate(manifest(gt)[:2]):
        page = tmp_path / f"page{n}.html"
        page.write_text("<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
                        + render(template, line), encoding="utf-8")
        chromium.set_window_size(width, 900)
        chromium.get_log("browser")
        chromium.get(page.as_uri())
        run = chromium.execute_script
        assert run("return typeof window.hitcGroundTruth") == "object"
        assert not run("return window.__errors || []")
        logs = [e for e in chromium.get_log("browser") if e["level"] == "SEVERE" and e.get("source") != "network"]
        assert not logs, logs
        assert run("return document.querySelectorAll('section.gt-item').length") == len(line["items"])
        # every question with visible_if starts hidden and disabled until its condition holds
        hidden_ok = run("""
          var cfg = JSON.parse(document.getElementById('gt-config').textContent);
          return cfg.questions.filter(function (q) { return q.visibleIf.length; }).every(function (q) {
            return Array.from(document.querySelectorAll('fieldset[data-question="' + q.id + '"]')).every(function (fs) {
              return fs.hidden && Array.from(fs.querySelectorAll('input,select,textarea')).every(function (c) { return c.disabled; });
            });
          });""")
        assert hidden_ok
        assert run("return document.documentElement.scrollWidth") <= width
