"""report.html from `hitc aggregate` (issue 17, docs/report.md), checked from outside.

Runs: the hitc binary (`HITC_BIN`, as conftest finds it) aggregates simulated results
(reportsim.py) of every example spec, and one hostile run: the XSS corpus spec answered by
workers whose ids, item keys and text answers hold markup, quotes, U+202E and 300-character
ids. For every report:

- the W3C Nu checker reports no error; axe-core no violation (1280 px and 390 px wide);
- with JavaScript disabled every part of docs/report.md's structure is shown, and every chart
  is drawn (non-zero size), nothing wider than a phone's screen at 390 px;
- every chart figure has a figcaption, one svg role=img with title and desc, and one table;
  every chart kind issue 17 asks for is there, inside its question's section;
- nothing in it came from data as markup: only known elements, no on* attribute, no URL that
  leaves the page, no script; opened with JavaScript on, it requests nothing but itself and
  calls no dialog; the hostile ids are there as text;
- the numbers in the batch overview, the workers to review and each question's agreement
  equal summary.json and workers.csv.

The checks are functions returning problems (reportkit.py and below), and
`test_checks_fail_on_a_broken_report` shows each one failing on a deliberately broken copy.

The screenshot test aggregates public datasets (Snow 2008 RTE, shipped; Zheng 2017 D_Product,
from HITC_DATASETS, skipped with the reason without it) and saves full-page PNGs at 1280 px
and 390 px into `HITC_REPORT_SHOTS` (default: a temporary folder; the path is printed).
"""

from __future__ import annotations

import base64
import filecmp
import json
import os
import pathlib
import shutil
import subprocess
from dataclasses import dataclass

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

import reportdatasets
import reportkit as rk
from conftest import CHROMEDRIVER, CHROMIUM, _find_hitc
from plans import EXAMPLES
from reportsim import HOSTILE_KEYS, HOSTILE_WORKERS, RUSHER, SPAMMER, simulate, write_results
from specinfo import Spec
from test_standards import AXE_RUN, _nu_check, axe_source  # noqa: F401  (axe_source is a fixture)

HOSTILE = "hostile"
RUNS = EXAMPLES + [HOSTILE]
WIDTHS = [1280, 390]


@dataclass
class Run:
    name: str
    spec: Spec
    rows: list[dict]
    folder: pathlib.Path

    @property
    def report_path(self) -> pathlib.Path:
        return self.folder / "report.html"

    def report(self) -> rk.Report:
        return rk.Report.load(self.folder)


def aggregate(spec_path: pathlib.Path, results: pathlib.Path, out: pathlib.Path, *extra: str):
    hitc = _find_hitc()
    cmd = [str(hitc), "aggregate", str(spec_path), "--results", str(results), "-o", str(out), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def runs(specs, tmp_path_factory) -> dict[str, Run]:
    root = tmp_path_factory.mktemp("reports")
    out = {}
    for name in RUNS:
        spec = specs["xss-corpus" if name == HOSTILE else name]
        rows = simulate(spec, hostile=(name == HOSTILE))
        results = write_results(rows, root / f"{name}.csv")
        proc = aggregate(spec.path, results, root / name)
        assert proc.returncode == 0, f"hitc aggregate {name}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        run = Run(name, spec, rows, root / name)
        assert run.report_path.is_file(), f"hitc aggregate wrote no report.html for {name}: {sorted(os.listdir(run.folder))}"
        out[name] = run
    return out


@pytest.fixture(scope="session")
def nojs_driver():
    """A second Chromium whose content settings block JavaScript on every page."""
    opts = Options()
    if pathlib.Path(CHROMIUM).exists():
        opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=en-US", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(30)
    yield drv
    drv.quit()


# ---------------------------------------------------------------------------- browser checks


SHOWN = """
const sel = arguments[0];
const el = document.querySelector(sel);
if (!el) return 'missing';
const r = el.getBoundingClientRect();
const st = getComputedStyle(el);
if (el.closest('[hidden]') || st.display === 'none' || st.visibility !== 'visible' || r.width < 1 || r.height < 1)
  return 'not shown (' + Math.round(r.width) + 'x' + Math.round(r.height) + ', ' + st.display + ', ' + st.visibility + ')';
return '';
"""

CHARTS_DRAWN = """
const out = [];
document.querySelectorAll('figure.chart').forEach((f, i) => {
  const svg = f.querySelector('svg');
  const name = (f.dataset.chart || '?') + '/' + (f.dataset.question || '');
  if (!svg) { out.push(name + ': no svg'); return; }
  const r = svg.getBoundingClientRect();
  if (r.width < 50 || r.height < 30) out.push(name + ': svg drawn ' + Math.round(r.width) + 'x' + Math.round(r.height));
  const fr = f.getBoundingClientRect();
  if (r.right > fr.right + 1 && !f.querySelector('[tabindex]'))
    out.push(name + ': svg overflows its figure (' + Math.round(r.right) + ' > ' + Math.round(fr.right) + ')');
  if (getComputedStyle(f).display === 'none' || f.closest('[hidden]')) out.push(name + ': hidden');
});
return out;
"""


def nojs_problems(driver, path: pathlib.Path, spec: Spec, width: int = 1280) -> list[str]:
    """With JavaScript off: every part of the structure shown, every chart drawn, no page scrolling sideways."""
    driver.set_window_size(width, 1000)
    driver.get(path.resolve().as_uri())
    problems = []
    if driver.execute_script("return document.title") == "":
        problems.append("empty <title>")
    for sel in rk.section_ids(rk.Report.load(path.parent), spec):
        why = driver.execute_script(SHOWN, sel)
        if why:
            problems.append(f"{sel}: {why}")
    problems += driver.execute_script(CHARTS_DRAWN)
    widths = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    if widths[0] > widths[1]:
        problems.append(f"the page is {widths[0]}px wide in a {widths[1]}px window")
    return problems


def network_problems(browser, path: pathlib.Path, must_show: list[str]) -> list[str]:
    """With JavaScript on: the page requests nothing but itself, runs no script, calls no
    dialog, logs no error, has no event-handler attribute, and shows `must_show` as text."""
    url = browser.open(path, wait_for_hitc=False)
    problems = []
    for r in browser.requests():
        if r["url"] != url and not r["url"].startswith("data:"):
            problems.append(f"request {r['method']} {r['url'][:120]} ({r['type']})")
    for method, target, disposition in browser.cdp.non_image():
        problems.append(f"intercepted {method} {target[:120]} ({disposition})")
    resources = browser.js("return performance.getEntriesByType('resource').map(e => e.name)")
    problems += [f"resource loaded: {r[:120]}" for r in resources if not r.startswith("data:")]
    calls = browser.script_calls()
    if calls:
        problems.append(f"dialogs or window.open called: {calls}")
    errors = browser.console_errors()
    if errors:
        problems.append(f"console errors: {errors}")
    n_scripts = browser.js("return document.scripts.length")
    if n_scripts:
        problems.append(f"{n_scripts} script elements in the DOM (docs/report.md: no script)")
    handlers = browser.js(
        "return Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)"
        ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))")
    problems += [f"event handler attribute in the DOM: {h}" for h in handlers]
    text = browser.js("return document.body.textContent")
    problems += [f"not shown as text: {s[:60]!r}" for s in must_show if s not in text]
    return problems


def axe_problems(browser, axe_src: str, path: pathlib.Path, width: int) -> list[str]:
    size = browser.driver.get_window_size()
    browser.driver.set_window_size(width, 1000)
    try:
        browser.open(path, wait_for_hitc=False)
        browser.js(axe_src)
        result = browser.driver.execute_async_script(AXE_RUN)
    finally:
        browser.driver.set_window_size(size["width"], size["height"])
    if "error" in result:
        return [f"axe failed: {result['error']}"]
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
            for v in result["violations"]]


def must_show(run: Run) -> list[str]:
    """Hostile ids the report must show as text: the workers it has to list for review."""
    if run.name != HOSTILE:
        return []
    return [HOSTILE_WORKERS[SPAMMER], HOSTILE_WORKERS[RUSHER]]


def number_problems(report: rk.Report) -> list[str]:
    return rk.batch_problems(report) + rk.workers_problems(report) + rk.agreement_problems(report)


# ---------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("name", EXAMPLES)
def test_no_report_leaves_report_html_out_and_changes_nothing_else(runs, tmp_path, name):
    run = runs[name]
    results = write_results(run.rows, tmp_path / "results.csv")
    proc = aggregate(run.spec.path, results, tmp_path / "out", "--no-report")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (tmp_path / "out" / "report.html").exists(), "--no-report still wrote report.html"
    for file in ("labels.csv", "labels.jsonl", "workers.csv"):
        assert filecmp.cmp(run.folder / file, tmp_path / "out" / file, shallow=False), f"{file} differs with --no-report"


def test_the_same_results_give_the_same_report_bytes(runs, tmp_path):
    run = runs["grocery-search-relevance"]
    results = write_results(run.rows, tmp_path / "results.csv")
    proc = aggregate(run.spec.path, results, tmp_path / "again")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "again" / "report.html").read_bytes() == run.report_path.read_bytes()


def test_nu_checker_passes_every_report(runs, tmp_path):
    for name, run in runs.items():
        shutil.copy(run.report_path, tmp_path / f"{name}.html")
    code, output = _nu_check(tmp_path)
    assert code == 0, f"Nu checker errors:\n{output}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", RUNS)
def test_axe_reports_no_violation(runs, browser, axe_source, name, width):  # noqa: F811
    problems = axe_problems(browser, axe_source, runs[name].report_path, width)
    assert problems == [], "axe-core violations:\n" + "\n".join(problems)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", RUNS)
def test_report_reads_without_javascript(runs, nojs_driver, name, width):
    problems = nojs_problems(nojs_driver, runs[name].report_path, runs[name].spec, width)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", RUNS)
def test_every_chart_has_its_text_alternative(runs, name):
    report = runs[name].report()
    problems = rk.chart_problems(report) + rk.structure_problems(report, runs[name].spec)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", RUNS)
def test_no_markup_comes_from_data(runs, name):
    report = runs[name].report()
    problems = rk.markup_problems(report, own_scripts=set()) + rk.text_problems(report, must_show(runs[name]))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", RUNS)
def test_report_requests_nothing_and_runs_nothing(runs, browser, name):
    problems = network_problems(browser, runs[name].report_path, must_show(runs[name]))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", RUNS)
def test_numbers_equal_summary_json_and_workers_csv(runs, name):
    problems = number_problems(runs[name].report())
    assert problems == [], "\n".join(problems)


# ---------------------------------------------------------------------------- the checks can fail


def _replace_once(html: str, old: str, new: str) -> str:
    assert old in html, f"mutation anchor {old[:60]!r} not in the report"
    return html.replace(old, new, 1)


def _first_between(html: str, start: str, end: str) -> str:
    i = html.index(start)
    j = html.index(end, i) + len(end)
    return html[i:j]


def _batch_cell(html: str, row_name: str) -> str:
    """The `<td ...>...</td>` after the batch table's row header `row_name`."""
    table = _first_between(html, '<table id="batch"', "</table>")
    i = table.lower().index(row_name.lower() + "</th>")
    return _first_between(table[i:], "<td", "</td>")


def _worker_cell(html: str, column: int) -> str:
    table = _first_between(html, '<table id="workers-to-review"', "</table>")
    body = table[table.index("<tbody"):] if "<tbody" in table else table[table.index("</tr>"):]
    row = _first_between(body, "<tr", "</tr>")
    cells = []
    rest = row
    while "<td" in rest or "<th" in rest:
        k = min(x for x in (rest.find("<td"), rest.find("<th")) if x >= 0)
        tag = rest[k + 1 : k + 3]
        cell = _first_between(rest[k:], f"<{tag}", f"</{tag}>")
        cells.append(cell)
        rest = rest[k + len(cell):]
    return cells[column]


def _with_number(cell: str, value: str) -> str:
    """A table cell with its number (text and data-value) replaced."""
    import re

    cell = re.sub(r'data-value="[^"]*"', f'data-value="{value}"', cell)
    head, _, tail = cell.partition(">")
    inner, _, close = tail.rpartition("<")
    return head + ">" + re.sub(r"\d[\d,.]*", value, inner, count=1) + "<" + close


MUTATIONS = {
    # name: (check that must fail, function of the report text)
    "svg without desc": ("charts", lambda h: _replace_once(h, _first_between(h, "<desc", "</desc>"), "")),
    "chart without table": ("charts", lambda h: _replace_once(
        h, _first_between(h[h.index('class="chart"'):], "<table", "</table>"), "<p>numbers</p>")),
    "no confusion chart": ("charts", lambda h: h.replace('data-chart="confusion"', 'data-chart="other"')),
    "event attribute": ("markup", lambda h: _replace_once(h, "<td", '<td onmouseover="alert(1)"')),
    "injected img": ("markup", lambda h: _replace_once(h, "</figcaption>", '<img src="https://evil.example.com/x.png" alt=""></figcaption>')),
    "injected script": ("markup", lambda h: _replace_once(h, "</main>", "<script>alert(1)</script></main>")),
    "hostile id gone": ("markup", lambda h: h.replace("alert(5)", "alert(6)")),
    "batch judgments changed": ("numbers", lambda h: _replace_once(h, _batch_cell(h, "Judgments"), _with_number(_batch_cell(h, "Judgments"), "999"))),
    "worker agreement changed": ("numbers", lambda h: h.replace(
        _first_between(h[h.index('id="workers-to-review"'):], "<tbody", "</tbody>"),
        _first_between(h[h.index('id="workers-to-review"'):], "<tbody", "</tbody>").replace("data-value=\"", "data-value=\"7", 3))),
    "section hidden": ("nojs", lambda h: _replace_once(h, '<section id="workers"', '<section hidden id="workers"')),
    "chart squashed": ("nojs", lambda h: _replace_once(h, "<svg", '<svg style="width:2px;height:2px"')),
    "external image": ("network", lambda h: _replace_once(h, "</main>", '<img src="https://img.example.com/x.png" alt="x"></main>')),
    "inline handler": ("network", lambda h: _replace_once(h, "<body", '<body onload="alert(1)"')),
    "invalid html": ("nu", lambda h: _replace_once(h, "<figcaption", '<tr><figcaption')),
    "duplicate id": ("nu", lambda h: _replace_once(h, '<table id="batch"', '<p id="batch">x</p><table id="batch"')),
    "low contrast": ("axe", lambda h: _replace_once(h, "</main>", '<p style="color:#eeeeee;background:#ffffff">faint</p></main>')),
    "svg without name": ("axe", lambda h: _replace_once(
        h, _first_between(h, "<svg", ">"), '<svg role="img">').replace(
        _first_between(h, "<title id", "</desc>"), "", 1)),
}


def test_checks_fail_on_a_broken_report(runs, browser, nojs_driver, axe_source, tmp_path):  # noqa: F811
    """Each check above finds the fault in a copy of a good report broken on purpose: a test
    whose check cannot fail would prove nothing."""
    good = runs[HOSTILE]
    base = good.report()
    missed = []
    for n, (name, (check, mutate)) in enumerate(MUTATIONS.items()):
        try:
            html = mutate(base.html)
        except (ValueError, AssertionError) as e:
            missed.append(f"{name}: could not break the report ({e})")
            continue
        assert html != base.html, name
        folder = tmp_path / f"m{n}"
        folder.mkdir()
        for f in ("summary.json", "workers.csv", "labels.csv"):
            shutil.copy(good.folder / f, folder / f)
        (folder / "report.html").write_text(html, encoding="utf-8")
        broken = base.with_html(html)
        if check == "charts":
            found = rk.chart_problems(broken) + rk.structure_problems(broken, good.spec)
        elif check == "markup":
            found = rk.markup_problems(broken, own_scripts=set()) + rk.text_problems(broken, must_show(good))
        elif check == "numbers":
            found = number_problems(broken)
        elif check == "nojs":
            found = nojs_problems(nojs_driver, folder / "report.html", good.spec)
        elif check == "network":
            found = network_problems(browser, folder / "report.html", must_show(good))
        elif check == "nu":
            nu = tmp_path / f"nu{n}"
            nu.mkdir()
            shutil.copy(folder / "report.html", nu / "report.html")
            code, output = _nu_check(nu)
            found = [output] if code != 0 else []
        elif check == "axe":
            found = axe_problems(browser, axe_source, folder / "report.html", 1280)
        else:
            raise AssertionError(check)
        if not found:
            missed.append(f"{name}: the {check} check found nothing")
        else:
            print(f"\n{name} -> {check}: {found[0][:160]}")
    browser.cdp.reset()
    assert missed == [], "checks that did not fail on a broken report:\n" + "\n".join(missed)


# ---------------------------------------------------------------------------- a real dataset


DATASETS = {"snow2008-rte": reportdatasets.snow_rte, "zheng2017-d-product": reportdatasets.zheng_product}


def _full_page_png(driver, width: int) -> bytes:
    driver.set_window_size(width, 1000)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": min(int(height), 16000), "deviceScaleFactor": 1, "mobile": width < 600})
    try:
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return base64.b64decode(shot["data"])


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_report_of_a_public_dataset_opens_and_is_photographed(nojs_driver, tmp_path, dataset):
    ds = DATASETS[dataset]()
    if isinstance(ds, str):
        pytest.skip(ds)
    spec_path, results = reportdatasets.write_run(ds, tmp_path / dataset)
    proc = aggregate(spec_path, results, tmp_path / dataset / "out")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    path = tmp_path / dataset / "out" / "report.html"
    from specinfo import load_spec

    spec = load_spec(spec_path)
    report = rk.Report.load(path.parent)
    problems = rk.chart_problems(report) + rk.structure_problems(report, spec) + number_problems(report)
    problems += rk.markup_problems(report, own_scripts=set())
    shots = pathlib.Path(os.environ.get("HITC_REPORT_SHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        problems += [f"{width}px: {p}" for p in nojs_problems(nojs_driver, path, spec, width)]
        png = _full_page_png(nojs_driver, width)
        assert png.startswith(b"\x89PNG"), "no screenshot"
        (shots / f"{dataset}-{width}.png").write_bytes(png)
    print(f"\nscreenshots of {dataset}: {shots} ({path.stat().st_size:,} bytes of HTML)")
    summary = json.loads((path.parent / "summary.json").read_text(encoding="utf-8"))
    assert summary["rows"] == len(ds.judgments)
    assert problems == [], "\n".join(problems)
