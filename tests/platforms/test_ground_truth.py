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
import importlib.util
import json
import pathlib
import re
import shutil

import pytest
import yaml
from liquid import Environment

from conftest import EXAMPLE_SPECS, ROOT

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
        # the configuration, the template's script, and the Markdown renderer when the layout has a markdown block
        has_markdown = "- markdown:" in gt.spec.read_text(encoding="utf-8")
        assert [s[1].get("src") for s in scripts[1:]] == [None, None] + ([None] if has_markdown else [])
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
    # the crowd script, the configuration, the template's script and the Markdown renderer
    assert run("return document.scripts.length") == 4
    # markdown: rendered by the task page's renderer as DOM nodes; raw HTML stays text, no javascript: link
    md = run("""
      var all = Array.from(document.querySelectorAll('.gt-markdown'));
      return [all.length, all.every(function (el) { return el.hidden || el.classList.contains('gt-rendered'); }),
              Array.from(document.querySelectorAll('.gt-markdown a')).every(function (a) { return a.protocol === 'https:'; }),
              document.querySelectorAll('.gt-markdown script, .gt-markdown img, .gt-markdown iframe').length];""")
    assert md[0] > 0 and md[1:] == [True, True, 0], md
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
    has_markdown = "- markdown:" in gt.spec.read_text(encoding="utf-8")
    # the Markdown renderer comes only with a markdown block
    assert ("function markdown(el, source)" in template) == has_markdown
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
        # every markdown block with a value is rendered (none left as raw source)
        assert run("return document.querySelectorAll('.gt-markdown:not(.gt-rendered)').length") == 0


def test_an_exclusive_option_clears_the_others_and_a_mix_is_refused(platform_build, chromium, tmp_path):
    """product-categorisation's 'None of these' (`exclusive: true`) on the rendered page: ticking it
    (click or key) clears the item's other tags, ticking a tag clears it, as on hitc's task page; a
    mix made behind the script's back makes the form invalid with the option's message."""
    spec = next(s for s in EXAMPLE_SPECS if s.parent.name == "product-categorisation")
    build = platform_build(spec, KEY)
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><meta charset=utf-8>" + render(template_of(build), manifest(build)[0]), encoding="utf-8")
    chromium.set_window_size(1280, 900)
    chromium.get(page.as_uri())
    run = chromium.execute_script
    ticked = """
      return Array.from(document.querySelectorAll('section[data-slot="%s"] fieldset[data-question="dietary_tags"] input:checked'))
        .map(function (c) { return c.value; });"""
    box = 'section[data-slot="%s"] fieldset[data-question="dietary_tags"] input[value="%s"]'
    run("document.querySelector(arguments[0]).click(); document.querySelector(arguments[1]).click()",
        box % (1, "vegan"), box % (1, "organic"))
    assert run(ticked % 1) == ["vegan", "organic"]
    run("document.querySelector(arguments[0]).click()", box % (1, "none_apply"))
    assert run(ticked % 1) == ["none_apply"]
    run("document.querySelector(arguments[0]).click()", box % (1, "gluten_free"))
    assert run(ticked % 1) == ["gluten_free"]
    # by key: '6' is 'None of these', '1' is 'Vegan', in the item holding the focus
    from selenium.webdriver.common.action_chains import ActionChains
    run("document.querySelector(arguments[0]).focus()", box % (2, "vegan"))
    ActionChains(chromium).send_keys("1").perform()
    assert run(ticked % 2) == ["vegan"]
    ActionChains(chromium).send_keys("6").perform()
    assert run(ticked % 2) == ["none_apply"]
    ActionChains(chromium).send_keys("1").perform()
    assert run(ticked % 2) == ["vegan"]
    assert run(ticked % 1) == ["gluten_free"]  # the other item is untouched
    # a mix set without events: the submit check refuses it with the option's message
    run("document.querySelector(arguments[0]).checked = true", box % (1, "none_apply"))
    assert run(ticked % 1) == ["gluten_free", "none_apply"]
    run("window.hitcGroundTruth.check()")
    message = "\u201cNone of these\u201d is chosen alone: untick it or the other options."
    assert run("return document.querySelector(arguments[0]).validationMessage", box % (1, "vegan")) == message
    assert run("""return document.querySelector('section[data-slot="1"] fieldset[data-question="dietary_tags"] .gt-error').textContent""") == message
    assert not run("return window.__errors || []")


# ---------------------------------------------------------------------------- the labeling-job request

ACCOUNT = "123456789012"
FULL_SETTINGS = (
    '{ role_arn: "arn:aws:iam::%(a)s:role/GroundTruth", '
    'workteam_arn: "arn:aws:sagemaker:us-east-1:%(a)s:workteam/private-crowd/hitc", '
    's3_prefix: "s3://labels-bucket/hitc/", max_concurrent_tasks: 100, task_availability: 2d, '
    'pre_annotation_lambda_arn: "arn:aws:lambda:us-east-1:%(a)s:function:sagemaker-hitc-pre", '
    'post_annotation_lambda_arn: "arn:aws:lambda:us-east-1:%(a)s:function:sagemaker-hitc-post" }'
) % {"a": ACCOUNT}

# CreateLabelingJob as SageMaker's API model (sagemaker 2017-07-24) writes the members hitc fills:
# (path, required, pattern (full match), min length or value, max length or value). Checked against
# botocore 1.43.11's service model; used when botocore is not installed.
STRING, INTEGER = "string", "integer"
DOCUMENTED = [
    ("LabelingJobName", True, STRING, r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}", 1, 63),
    ("LabelAttributeName", True, STRING, r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,126}", 1, 127),
    ("InputConfig.DataSource.S3DataSource.ManifestS3Uri", True, STRING, r"(https|s3)://([^/]+)/?(.*)", 0, 1024),
    ("OutputConfig.S3OutputPath", True, STRING, r"(https|s3)://([^/]+)/?(.*)", 0, 1024),
    ("RoleArn", True, STRING, r"arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+", 20, 2048),
    ("HumanTaskConfig.WorkteamArn", True, STRING, r"arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:workteam/.*", 0, 256),
    ("HumanTaskConfig.UiConfig.UiTemplateS3Uri", True, STRING, r"(https|s3)://([^/]+)/?(.*)", 0, 1024),
    ("HumanTaskConfig.PreHumanTaskLambdaArn", False, STRING,
     r"arn:aws[a-z\-]*:lambda:[a-z0-9\-]*:[0-9]{12}:function:.*", 0, 2048),
    ("HumanTaskConfig.TaskTitle", True, STRING, "[\t\n\r -\ud7ff\ue000-\ufffd]*", 1, 128),
    ("HumanTaskConfig.TaskDescription", True, STRING, r".+", 1, 255),
    ("HumanTaskConfig.NumberOfHumanWorkersPerDataObject", True, INTEGER, None, 1, 9),
    ("HumanTaskConfig.TaskTimeLimitInSeconds", True, INTEGER, None, 30, 28800),
    ("HumanTaskConfig.TaskAvailabilityLifetimeInSeconds", False, INTEGER, None, 60, None),
    ("HumanTaskConfig.MaxConcurrentTaskCount", False, INTEGER, None, 1, 5000),
    ("HumanTaskConfig.AnnotationConsolidationConfig.AnnotationConsolidationLambdaArn", True, STRING,
     r"arn:aws[a-z\-]*:lambda:[a-z0-9\-]*:[0-9]{12}:function:.*", 0, 2048),
    ("HumanTaskConfig.PublicWorkforceTaskPrice.AmountInUsd.Dollars", False, INTEGER, None, 0, 2),
    ("HumanTaskConfig.PublicWorkforceTaskPrice.AmountInUsd.Cents", False, INTEGER, None, 0, 99),
    ("HumanTaskConfig.PublicWorkforceTaskPrice.AmountInUsd.TenthFractionsOfACent", False, INTEGER, None, 0, 9),
]
KEYWORD = r"[A-Za-z0-9]+( [A-Za-z0-9]+)*"
PUBLIC_PRICES = ["0.012", "0.024", "0.036", "0.048", "0.060", "0.072", "0.120", "0.240", "0.360", "0.480",
                 "0.600", "0.720", "0.840", "0.960", "1.080", "1.200"]


def member(obj: dict, path: str):
    for part in path.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return None
        obj = obj[part]
    return obj


def documented_problems(job: dict) -> list[str]:
    """What breaks the documented shapes above (and TaskKeywords: 1 to 5 keywords of 1 to 30)."""
    problems = []
    for path, required, kind, pattern, low, high in DOCUMENTED:
        value = member(job, path)
        if value is None:
            if required:
                problems.append(f"{path}: missing")
            continue
        if kind == STRING:
            if not isinstance(value, str) or not re.fullmatch(pattern, value) or not (low <= len(value) <= high):
                problems.append(f"{path}: {value!r}")
        elif not isinstance(value, int) or isinstance(value, bool) or value < low or (high is not None and value > high):
            problems.append(f"{path}: {value!r}")
    keywords = member(job, "HumanTaskConfig.TaskKeywords")
    if keywords is not None and not (1 <= len(keywords) <= 5 and all(
            isinstance(k, str) and 1 <= len(k) <= 30 and re.fullmatch(KEYWORD, k) for k in keywords)):
        problems.append(f"TaskKeywords: {keywords!r}")
    return problems


def botocore_problems(job: dict) -> list[str] | None:
    """botocore's own validation of the request against SageMaker's service model (types, required
    members, lengths, ranges) plus every string's `pattern` from the model; None without botocore."""
    try:
        import botocore.session
        from botocore.validate import ParamValidator
    except ImportError:
        return None
    shape = botocore.session.get_session().get_service_model("sagemaker").operation_model("CreateLabelingJob").input_shape
    report = ParamValidator().validate(job, shape)
    problems = [report.generate_report()] if report.has_errors() else []

    def walk(value, s, path):
        if s.type_name == "structure":
            for name, sub in s.members.items():
                if name in value:
                    walk(value[name], sub, f"{path}.{name}")
        elif s.type_name == "list":
            for v in value:
                walk(v, s.member, path)
        elif s.type_name == "string" and "pattern" in s.metadata and not re.fullmatch(s.metadata["pattern"], value):
            problems.append(f"{path}: {value!r} does not match {s.metadata['pattern']}")
    walk(job, shape, "")
    return problems


def labeling_job(build) -> dict:
    return json.loads((build.bundle / "ground_truth/labeling-job.json").read_text(encoding="utf-8"))


def test_the_request_with_every_setting_is_valid_for_the_api(example_spec, platform_build):
    build = platform_build(example_spec, KEY, FULL_SETTINGS)
    job = labeling_job(build)
    spec = spec_yaml(build)
    assert documented_problems(job) == []
    problems = botocore_problems(job)
    assert problems in (None, []), problems
    task = job["HumanTaskConfig"]
    assert job["LabelingJobName"] == spec["id"]
    assert task["NumberOfHumanWorkersPerDataObject"] == spec.get("quality", {}).get("judgments_per_item", 1)
    assert task["TaskTitle"] == spec["title"]
    assert task["MaxConcurrentTaskCount"] == 100 and task["TaskAvailabilityLifetimeInSeconds"] == 2 * 86400
    assert "PublicWorkforceTaskPrice" not in task  # a private team is paid outside Ground Truth
    assert task["UiConfig"]["UiTemplateS3Uri"] == "s3://labels-bucket/hitc/template.liquid.html"
    manifest_info = json.loads((build.bundle / "manifest.json").read_text(encoding="utf-8"))["ground_truth"]
    assert manifest_info == {"labelingJob": "ground_truth/labeling-job.json", "placeholders": []}
    # The template fits the model's limit on a template's content (UiTemplate.Content, TemplateContent).
    limit = 128000
    try:
        import botocore.session
        model = botocore.session.get_session().get_service_model("sagemaker")
        limit = model.shape_for("UiTemplate").members["Content"].metadata["max"]
        assert limit == 128000
    except ImportError:
        pass
    assert len(template_of(build).encode("utf-16-le")) // 2 <= limit


def test_an_empty_mapping_leaves_named_placeholders_the_api_refuses(platform_build):
    build = platform_build(ROOT / "Specs/grocery-search-relevance/spec.yaml", KEY)
    job = labeling_job(build)
    problems = documented_problems(job)
    placeholder_members = ["InputConfig.DataSource.S3DataSource.ManifestS3Uri", "OutputConfig.S3OutputPath", "RoleArn",
                           "HumanTaskConfig.WorkteamArn", "HumanTaskConfig.UiConfig.UiTemplateS3Uri",
                           "HumanTaskConfig.PreHumanTaskLambdaArn",
                           "HumanTaskConfig.AnnotationConsolidationConfig.AnnotationConsolidationLambdaArn"]
    assert [p.split(":")[0] for p in problems] == placeholder_members, problems
    for path in placeholder_members:
        assert member(job, path).startswith("<targets.ground_truth.")
    info = json.loads((build.bundle / "manifest.json").read_text(encoding="utf-8"))["ground_truth"]
    assert info["placeholders"] == ["s3_prefix", "role_arn", "workteam_arn", "pre_annotation_lambda_arn",
                                    "post_annotation_lambda_arn"]
    boto = botocore_problems(job)
    if boto is not None:
        assert len([p for p in boto if "does not match" in p]) == len(placeholder_members), boto


@pytest.mark.parametrize("price", ["0.012", "0.360", "1.200"])
def test_the_public_workforce_is_paid_the_reward(tmp_path, platform_build, price):
    source = ROOT / "Specs/grocery-search-relevance"
    spec = tmp_path / "src" / "spec.yaml"
    shutil.copytree(source, spec.parent)
    # MTurk takes whole cents only, so the MTurk target goes (0.012 is not a price MTurk can pay).
    text = spec.read_text(encoding="utf-8").replace("reward: 0.45 USD", f"reward: {price} USD")
    text = re.sub(r"(?m)^  mturk: .*\n", "", text)
    spec.write_text(text, encoding="utf-8")
    build = platform_build(spec, KEY, "{ workforce: public, region: us-west-2 }")
    task = labeling_job(build)["HumanTaskConfig"]
    usd = task["PublicWorkforceTaskPrice"]["AmountInUsd"]
    assert f"{usd['Dollars']}.{usd['Cents']:02d}{usd['TenthFractionsOfACent']}" == price
    assert task["WorkteamArn"] == "arn:aws:sagemaker:us-west-2:394669845002:workteam/public-crowd/default"
    assert documented_problems(labeling_job(build))[0].startswith("InputConfig")  # only placeholders remain


def test_a_public_reward_outside_the_price_list_is_refused_at_check(tmp_path):
    from conftest import copy_with_target, run_hitc
    spec = copy_with_target(ROOT / "Specs/grocery-search-relevance/spec.yaml", KEY, tmp_path, "{ workforce: public }")
    checked = run_hitc("check", str(spec))
    assert checked.returncode == 1
    assert "Ground Truth pays the public workforce one of fixed prices per task, and 0.45 USD is not one of them [E0216]" in checked.stderr
    assert ", ".join(PUBLIC_PRICES) in checked.stderr


# ---------------------------------------------------------------------------- the Lambda functions


def load_lambda(build, name: str):
    path = build.bundle / "ground_truth" / name
    spec = importlib.util.spec_from_file_location(name.replace("-", "_")[:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pre_annotation_lambda_passes_the_manifest_line_as_the_task_input(gt):
    pre = load_lambda(gt, "pre-annotation-lambda.py")
    template = template_of(gt)
    for line in manifest(gt):
        # The request as Ground Truth's documentation shows it: the manifest line as dataObject.
        event = {"version": "2018-10-16", "labelingJobArn": "arn:aws:sagemaker:us-east-1:%s:labeling-job/x" % ACCOUNT,
                 "dataObject": line}
        response = pre.lambda_handler(event, None)
        assert set(response) == {"taskInput"}
        assert render(template, response["taskInput"]) == render(template, line)


def test_the_post_annotation_lambda_keeps_every_answer_in_the_documented_response(gt, tmp_path):
    post = load_lambda(gt, "post-annotation-lambda.py")
    lines = manifest(gt)
    # An annotations file as Ground Truth's documentation shows it: dataObject.content is the line's source.
    entries = [{"datasetObjectId": str(i), "dataObject": {"content": line["source"]},
                "annotations": [{"workerId": f"private.us-east-1.w{w}",
                                 "annotationData": {"content": json.dumps({"item1": json.loads(line["source"])[0]})}}
                                for w in range(2)]}
               for i, line in enumerate(lines)]
    asked = []
    post.read_s3 = lambda uri: asked.append(uri) or json.dumps(entries)
    event = {"version": "2018-10-16", "labelingJobArn": "arn:aws:sagemaker:us-east-1:%s:labeling-job/x" % ACCOUNT,
             "labelCategories": [], "labelAttributeName": "answers", "roleArn": "arn:aws:iam::%s:role/r" % ACCOUNT,
             "payload": {"s3Uri": "s3://bucket/annotations.json"}}
    response = post.lambda_handler(event, None)
    assert asked == ["s3://bucket/annotations.json"]
    # The documented response: a list of {datasetObjectId, consolidatedAnnotation: {content: {<label attribute>: ...}}}.
    assert isinstance(response, list) and len(response) == len(entries)
    for entry, out in zip(entries, response):
        assert set(out) == {"datasetObjectId", "consolidatedAnnotation"}
        assert out["datasetObjectId"] == entry["datasetObjectId"]
        assert set(out["consolidatedAnnotation"]) == {"content"}
        assert out["consolidatedAnnotation"]["content"] == {"answers": entry}
    # The labels, gathered from the output manifest into one array, are the payload hitc aggregate reads.
    assert [out["consolidatedAnnotation"]["content"]["answers"] for out in response] == entries


def test_markdown_data_is_rendered_as_dom_nodes_and_raw_html_stays_text(platform_build, chromium, tmp_path):
    build = xss_build(platform_build)
    line = next(l for l in manifest(build) if any(i.get("item_id") == "x-001" for i in l["items"]))
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><meta charset=utf-8>" + render(template_of(build), line), encoding="utf-8")
    chromium.get(page.as_uri())
    slot = 1 + [i.get("item_id") for i in line["items"]].index("x-001")
    md = chromium.execute_script("""
      var el = document.querySelector('section[data-slot="%d"] .gt-markdown');
      return [el.classList.contains('gt-rendered'), el.querySelector('strong') && el.querySelector('strong').textContent,
              el.querySelectorAll('a, script, img, span').length, el.textContent.indexOf('<script>alert(1)</script>') >= 0,
              el.textContent.indexOf('[click me](javascript:alert(1))') >= 0];""" % slot)
    assert md == [True, "bold stays", 0, True, True]
    assert chromium.execute_script("return window.__calls") == []
