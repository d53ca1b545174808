"""Label Studio: every example spec's `label_studio/config.xml` passes label-studio-sdk's own
validation (`LabelInterface(config).validate()`: its tag schema, unique names, every `toName` an
object's name), every task of `label_studio/tasks.json` its `validate_task` (each object's
`$field` present in the task's data), `label_studio/project.json` is the create-project body with
that config, and the XSS spec's hostile values stay data (no element of the config comes from data).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from label_studio_sdk.label_interface import LabelInterface

KEY = "label_studio"


def config_of(build) -> str:
    return (build.bundle / "label_studio/config.xml").read_text(encoding="utf-8")


def tasks_of(build) -> list:
    return json.loads((build.batch / "label_studio/tasks.json").read_text(encoding="utf-8"))


def test_config_and_tasks_pass_the_sdk(example_spec, platform_build):
    build = platform_build(example_spec, KEY)
    config = config_of(build)
    interface = LabelInterface(config)
    interface.validate()  # raises on a schema error, a repeated name or a dangling toName
    controls = {c.name for c in interface.controls}
    assert controls, "the config has no control tag"
    tasks = tasks_of(build)
    assert tasks, "tasks.json holds no task"
    for task in tasks:
        assert set(task) == {"data"}, task
        assert interface.validate_task(task), f"task fails validate_task: {task}"


def test_project_json_is_the_create_project_body(example_spec, platform_build):
    build = platform_build(example_spec, KEY)
    project = json.loads((build.bundle / "label_studio/project.json").read_text(encoding="utf-8"))
    assert project["label_config"] == config_of(build)
    assert 3 <= len(project["title"]) <= 50
    assert project["show_instruction"] is True
    assert project["expert_instruction"].strip(), "the guidelines are missing from the instructions"
    assert "<html" not in project["expert_instruction"].lower()
    assert project["maximum_annotations"] >= 1
    assert project["sampling"] in ("Sequential sampling", "Uniform sampling")


def test_a_broken_config_is_rejected():
    """Negative controls: the validator used above does refuse what Label Studio refuses."""
    good = '<View><Text name="t" value="$x"/><Choices name="c" toName="t"><Choice value="a"/></Choices></View>'
    LabelInterface(good).validate()
    with pytest.raises(Exception):
        LabelInterface(good.replace('toName="t"', 'toName="nothing"')).validate()
    with pytest.raises(Exception):
        LabelInterface(good.replace('name="c"', 'name="t"')).validate()
    interface = LabelInterface(good)
    assert not interface.validate_task({"data": {"y": "no x here"}})




@pytest.fixture
def xss_build(platform_build):
    from conftest import EXAMPLE_SPECS
    xss = next(p for p in EXAMPLE_SPECS if p.parent.name == "xss")
    return platform_build(xss, KEY)


ALLOWED_TAGS = {"View", "Header", "Text", "HyperText", "Image", "Audio", "Video", "Choices", "Choice", "Number", "TextArea"}
# The HTML hitc puts in a task's data for links and Markdown (shown by an inline HyperText, which
# Label Studio does not sanitise): only these elements and attributes, no script, no handler.
SAFE_HTML = {"a": {"href", "target", "rel"}, "p": set(), "em": set(), "strong": set(), "code": set(),
             "pre": set(), "ul": set(), "ol": set(), "li": set(), "br": set(), "blockquote": set(),
             "h1": set(), "h2": set(), "h3": set(), "h4": set(), "h5": set(), "h6": set(), "del": set(),
             "table": set(), "thead": set(), "tbody": set(), "tr": set(), "th": {"align"}, "td": {"align"},
             "hr": set(), "img": {"src", "alt", "title"}}


class HTMLCheck:
    """Parses an HTML fragment and lists what is not in SAFE_HTML."""

    def __init__(self, html: str):
        from html.parser import HTMLParser
        problems = []

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                allowed = SAFE_HTML.get(tag)
                if allowed is None:
                    problems.append(f"<{tag}>")
                    return
                for name, value in attrs:
                    if name not in allowed:
                        problems.append(f"<{tag} {name}>")
                    # cmark-gfm's safe mode leaves an unsafe link's href empty
                    if name in ("href", "src") and value and not value.lower().startswith(("https://", "http://", "mailto:", "#")):
                        problems.append(f"<{tag} {name}={value!r}>")

        Parser().feed(html)
        self.problems = problems


def test_xss_config_has_only_hitc_tags_and_data_only_in_references(xss_build):
    config = config_of(xss_build)
    root = ET.fromstring(config)
    spec_text = xss_build.spec.read_text(encoding="utf-8")
    # Values only the data holds (the XSS spec also writes some hostile strings as its own labels,
    # which the config shows as text): none may reach the config.
    data_values = set()
    for task in tasks_of(xss_build):
        for key, value in task["data"].items():
            if isinstance(value, str) and len(value) > 3 and value not in spec_text:
                data_values.add(value)
    assert data_values, "the XSS batch has no data values of its own"
    for element in root.iter():
        assert element.tag in ALLOWED_TAGS, f"unexpected element <{element.tag}> in the config"
        for name, value in element.attrib.items():
            assert value not in data_values, f"a data value became the attribute {element.tag}@{name}"
            if name == "value" and value.startswith("$"):
                assert value[1:].replace("_", "").isalnum(), value
    # a hostile value of the data is nowhere in the config's text
    for value in data_values:
        if "<" in value:
            assert value not in config


def test_links_and_markdown_are_safe_html_made_by_hitc(example_spec, platform_build):
    """Every `hitc_link_*`/`hitc_html_*` value of every task (and each note in the config) is HTML of
    the safe list; on the XSS spec the hostile links and Markdown are among them."""
    build = platform_build(example_spec, KEY)
    root = ET.fromstring(config_of(build))
    derived = 0
    for task in tasks_of(build):
        for key, value in task["data"].items():
            if key.startswith(("hitc_link_", "hitc_html_")):
                derived += 1
                assert HTMLCheck(value).problems == [], (key, value)
    for element in root.iter("HyperText"):
        value = element.get("value")
        if value.startswith("$"):
            assert value[1:].startswith(("hitc_link_", "hitc_html_")), value
        else:
            assert "$" not in value and HTMLCheck(value).problems == [], value
    if example_spec.parent.name in ("xss", "grocery-search-relevance"):
        assert derived, "no link or Markdown value was derived"


def test_html_check_refuses_markup_it_should():
    """Negative control of HTMLCheck."""
    assert HTMLCheck('<a href="https://x.test" target="_blank" rel="noopener">x</a><p><em>y</em></p>').problems == []
    assert HTMLCheck("<img src=x onerror=alert(1)>").problems
    assert HTMLCheck('<a href="javascript:alert(1)">x</a>').problems
    assert HTMLCheck("<script>alert(1)</script>").problems
