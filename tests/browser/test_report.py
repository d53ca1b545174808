"""report.html from `hitc aggregate` (issue 17, docs/report.md), checked from outside.

Runs: the hitc binary (`HITC_BIN`, as conftest finds it) aggregates simulated results
(reportsim.py) of every example spec, and one hostile run: the XSS corpus spec answered by
workers whose ids, item keys and text answers hold markup, quotes, U+202E and 300-character
ids. For every report:

- the W3C Nu checker reports no error; axe-core no violation (1280 px and 390 px wide);
- with JavaScript disabled every part of docs/report.md's structure is shown, and every chart
  is drawn (non-zero size), nothing wider than a phone's screen at 390 px; printed (print
  media), every part and every chart's table is still shown;
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
import csv
import filecmp
import json
import os
import pathlib
import re
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
    results: pathlib.Path

    @property
    def report_path(self) -> pathlib.Path:
        return self.folder / "report.html"

    def report(self) -> rk.Report:
        return rk.Report.load(self.folder, self.spec, self.rows)


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
        run = Run(name, spec, rows, root / name, results)
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
    for sel in rk.section_ids(None, spec):
        why = driver.execute_script(SHOWN, sel)
        if why:
            problems.append(f"{sel}: {why}")
    problems += driver.execute_script(CHARTS_DRAWN)
    widths = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    if widths[0] > widths[1]:
        problems.append(f"the page is {widths[0]}px wide in a {widths[1]}px window")
    return problems


def print_problems(driver, path: pathlib.Path, spec: Spec) -> list[str]:
    """Printed (CSS print media), every part and every chart's table is still shown."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        driver.get(path.resolve().as_uri())
        problems = []
        for sel in rk.section_ids(None, spec):
            why = driver.execute_script(SHOWN, sel)
            if why:
                problems.append(f"{sel}: {why}")
        hidden = driver.execute_script(
            "return Array.from(document.querySelectorAll('figure.chart table, figure.chart svg'))"
            ".filter(t => !t.getClientRects().length).length")
        if hidden:
            problems.append(f"{hidden} chart tables or drawings are not printed")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
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


number_problems = rk.number_problems


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
    proc = aggregate(run.spec.path, run.results, tmp_path / "again")  # the same path: the report names it
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
def test_report_prints_every_part(runs, nojs_driver, name):
    problems = print_problems(nojs_driver, runs[name].report_path, runs[name].spec)
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


def _sub_once(html: str, pattern: str, repl) -> str:
    """`html` with the first match of the regular expression replaced (it must match)."""
    out, n = re.subn(pattern, repl, html, count=1, flags=re.S)
    assert n == 1, f"mutation pattern {pattern[:60]!r} not in the report"
    return out


def _renumber(match: re.Match) -> str:
    """A `data-value="N">N<` cell with its number made 999 in both places."""
    return 'data-value="999">999<'


def _swap_first_two_workers(html: str) -> str:
    rows = re.findall(r"<tr data-worker=.*?</tr>", html, flags=re.S)
    assert len(rows) >= 2, "fewer than two workers to review"
    return html.replace(rows[0], "\x00", 1).replace(rows[1], rows[0], 1).replace("\x00", rows[1], 1)


def _in_table(attr: str, html: str, pattern: str, repl) -> str:
    """A substitution inside the first table carrying `attr` (e.g. data-lowest=...)."""
    start = html.index(attr)
    end = html.index("</table>", start)
    return html[:start] + _sub_once(html[start:end], pattern, repl) + html[end:]


MUTATIONS = {
    # name: (check that must fail, function of the report text)
    "svg without desc": ("charts", lambda h: _sub_once(h, r"<desc[^>]*>.*?</desc>", "")),
    "chart without table": ("charts", lambda h: _sub_once(h, r'(class="chart".*?)<table.*?</table>', r"\1<p>numbers</p>")),
    "no confusion chart": ("charts", lambda h: h.replace('data-chart="confusion"', 'data-chart="other"')),
    "event attribute": ("markup", lambda h: _sub_once(h, r"<td", '<td onmouseover="alert(1)"')),
    "injected img": ("markup", lambda h: _sub_once(h, r"</figcaption>", '<img src="https://evil.example.com/x.png" alt=""></figcaption>')),
    "injected script": ("markup", lambda h: _sub_once(h, r"</main>", "<script>alert(1)</script></main>")),
    "hostile id gone": ("markup", lambda h: h.replace("alert(5)", "alert(6)")),
    "batch judgments changed": ("numbers", lambda h: _sub_once(h, r'(<tr data-key="judgments">.*?)data-value="\d+">[\d,]+<',
                                                                 lambda m: m.group(1) + _renumber(m))),
    "workers reordered": ("numbers", _swap_first_two_workers),
    "worker judgments changed": ("numbers", lambda h: _sub_once(
        h, r'(<tr data-worker=[^>]*>.*?<th scope="row">.*?</th>)<td class="r-num" data-value="\d+">\d+<',
        lambda m: m.group(1) + '<td class="r-num" ' + _renumber(m))),
    "agreement changed": ("numbers", lambda h: _sub_once(h, r'(<tr data-key="krippendorff_alpha">.*?data-value=")0\.',
                                                         r"\g<1>0.0")),
    "distribution count changed": ("numbers", lambda h: _sub_once(
        h, r'(data-chart="distribution".*?<tbody>\s*<tr><th scope="row">.*?</th>)<td class="r-num" data-value="\d+">\d+<',
        lambda m: m.group(1) + '<td class="r-num" ' + _renumber(m))),
    "lowest item dropped": ("numbers", lambda h: _in_table("data-lowest=", h, r"<tbody>\s*<tr>.*?</tr>", "<tbody>")),
    "section hidden": ("nojs", lambda h: _sub_once(h, r'<section([^>]*) id="workers"', r'<section hidden\1 id="workers"')),
    "chart squashed": ("nojs", lambda h: _sub_once(h, r"<svg", '<svg style="width:2px;height:2px"')),
    "tables not printed": ("print", lambda h: _sub_once(h, r"</style>", "@media print{figure.chart table{display:none}}</style>")),
    "external image": ("network", lambda h: _sub_once(h, r"</main>", '<img src="https://img.example.com/x.png" alt="x"></main>')),
    "inline handler": ("network", lambda h: _sub_once(h, r"<body", '<body onload="alert(1)"')),
    "invalid html": ("nu", lambda h: _sub_once(h, r"<figcaption", "<tr><figcaption")),
    "duplicate id": ("nu", lambda h: _sub_once(h, r'<h2 id="[^"]*"', '<h2 id="batch"')),
    "low contrast": ("axe", lambda h: _sub_once(h, r"</main>", '<p style="color:#eeeeee;background:#ffffff">faint</p></main>')),
    "svg without name": ("axe", lambda h: _sub_once(_sub_once(h, r"<svg[^>]*>", '<svg role="img">'),
                                                    r"<title id=[^>]*>.*?</desc>", "")),
}


def test_checks_fail_on_a_broken_report(runs, browser, nojs_driver, axe_source, tmp_path):  # noqa: F811
    """Each check above finds the fault in a copy of a good report broken on purpose: a test
    whose check cannot fail would prove nothing."""
    good = runs[HOSTILE]
    base = good.report()
    missed = []

    def run_check(check: str, folder: pathlib.Path, report: rk.Report) -> list[str]:
        if check == "charts":
            return rk.chart_problems(report) + rk.structure_problems(report, good.spec)
        if check == "markup":
            return rk.markup_problems(report, own_scripts=set()) + rk.text_problems(report, must_show(good))
        if check == "numbers":
            return number_problems(report)
        if check == "nojs":
            return nojs_problems(nojs_driver, folder / "report.html", good.spec)
        if check == "print":
            return print_problems(nojs_driver, folder / "report.html", good.spec)
        if check == "network":
            return network_problems(browser, folder / "report.html", must_show(good))
        if check == "nu":
            code, output = _nu_check(folder)
            # the message only: file names and line numbers differ between copies
            return [line.split(": error: ", 1)[1] for line in output.splitlines() if ": error: " in line] or (
                [output] if code != 0 else [])
        if check == "axe":
            return axe_problems(browser, axe_source, folder / "report.html", 1280)
        raise AssertionError(check)

    def copy_with(html: str, folder: pathlib.Path) -> pathlib.Path:
        folder.mkdir()
        for f in ("summary.json", "workers.csv", "labels.csv"):
            shutil.copy(good.folder / f, folder / f)
        (folder / "report.html").write_text(html, encoding="utf-8")
        return folder

    # What each check says of the good report itself: a mutation must add a problem to it.
    baseline: dict[str, list[str]] = {}
    for n, (name, (check, mutate)) in enumerate(MUTATIONS.items()):
        if check not in baseline:
            baseline[check] = run_check(check, copy_with(base.html, tmp_path / f"good-{check}"), base)
        try:
            html = mutate(base.html)
        except (ValueError, AssertionError) as e:
            missed.append(f"{name}: could not break the report ({e})")
            continue
        assert html != base.html, name
        folder = copy_with(html, tmp_path / f"m{n}")
        found = [p for p in run_check(check, folder, base.with_html(html)) if p not in baseline[check]]
        if not found:
            missed.append(f"{name}: the {check} check found nothing new")
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
    with open(results, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    report = rk.Report.load(path.parent, spec, rows)
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
