"""Fixtures of the browser tests: bundles, one headless Chromium, a CDP side channel.

Bundles: `HITC_BUNDLES=DIR` names a folder that `hitc build` wrote (DIR/<id>/task.html,
...) for every spec in Specs/ and the XSS spec (what .ci/run does). Without it the
session builds them itself with `HITC_BIN` (default: the first of .build/debug/hitc,
.build-browser/debug/hitc that exists).

Browser: one Chromium session for the whole run (`--headless=new --no-sandbox`,
chromedriver from /usr/bin, never Selenium Manager). Chrome's own resolver is told
that no host exists (`--host-resolver-rules`), and a second DevTools client
(cdp.py) intercepts every network request: submissions are recorded and answered
locally, images get a 1x1 PNG, anything else is blocked and recorded. So nothing
leaves the machine, online or not, and the tests can read what would have been sent.

Every page opened through the `browser` fixture gets an instrumentation script
first (before any page script): alert/confirm/prompt/open calls and postMessage
messages are recorded in `window.__hitcTest`.
"""

from __future__ import annotations

import itertools
import json
import os
import pathlib
import subprocess
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from cdp import CDPSession
from specinfo import ROOT, Spec, all_specs, item_payload, load_spec

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"
ITEMS_PLACEHOLDER = "${items}"

INSTRUMENT = r"""
(function () {
  var t = window.__hitcTest = { calls: [], messages: [] };
  function wrap(name) {
    var orig = window[name];
    window[name] = function () {
      t.calls.push([name].concat(Array.prototype.map.call(arguments, String)));
      return name === 'open' ? null : orig.apply(this, arguments);
    };
  }
  ['alert', 'confirm', 'prompt', 'open'].forEach(wrap);
  window.addEventListener('message', function (e) {
    var data;
    try { data = JSON.parse(JSON.stringify(e.data)); } catch (err) { data = String(e.data); }
    t.messages.push({ data: data, origin: e.origin, fromChild: e.source !== window });
  });
})();
"""


# ---------------------------------------------------------------------------- bundles


def _find_hitc() -> pathlib.Path:
    env = os.environ.get("HITC_BIN")
    candidates = [pathlib.Path(env)] if env else [ROOT / ".build/debug/hitc", ROOT / ".build-browser/debug/hitc"]
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    pytest.fail(f"no hitc binary: set HITC_BUNDLES or HITC_BIN (looked at {', '.join(map(str, candidates))})")


@pytest.fixture(scope="session")
def specs() -> dict[str, Spec]:
    loaded = [load_spec(p) for p in all_specs()]
    return {s.id: s for s in loaded}


@pytest.fixture(scope="session")
def bundle_root(specs, tmp_path_factory) -> pathlib.Path:
    env = os.environ.get("HITC_BUNDLES")
    if env:
        root = pathlib.Path(env)
    else:
        root = tmp_path_factory.mktemp("bundles") / "out"
        hitc = _find_hitc()
        cmd = [str(hitc), "build", *[str(s.path) for s in specs.values()], "-o", str(root)]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.fail(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    missing = [sid for sid in specs if not (root / sid / "task.html").is_file()]
    if missing:
        pytest.fail(f"bundle folder {root} lacks {missing}")
    return root


# ---------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def download_dir(tmp_path_factory) -> pathlib.Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="session")
def driver(download_dir):
    opts = Options()
    if pathlib.Path(CHROMIUM).exists():
        opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=en-US",
        # Nothing resolves, so nothing could leave even if interception failed.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--remote-allow-origins=*",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    opts.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
    opts.add_experimental_option(
        "prefs", {"download.default_directory": str(download_dir), "download.prompt_for_download": False}
    )
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_script_timeout(60)
    drv.set_page_load_timeout(30)
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": INSTRUMENT})
    yield drv
    drv.quit()


@pytest.fixture(scope="session")
def cdp(driver):
    address = driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
    handle = driver.current_window_handle
    with urllib.request.urlopen(f"http://{address}/json/list", timeout=10) as r:
        targets = json.load(r)
    pages = [t for t in targets if t.get("type") == "page"]
    chosen = [t for t in pages if t["id"] == handle or handle.endswith(t["id"])] or pages
    session = CDPSession(chosen[0]["webSocketDebuggerUrl"])
    yield session
    session.close()


class Browser:
    """One test's view of the shared browser: open pages, read what happened."""

    _counter = itertools.count(1)

    def __init__(self, driver, cdp: CDPSession, workdir: pathlib.Path, bundle_root: pathlib.Path, specs):
        self.driver = driver
        self.cdp = cdp
        self.workdir = workdir
        self.bundle_root = bundle_root
        self.specs = specs
        self.console: list[dict] = []
        self.performance: list[dict] = []

    # -- opening pages ---------------------------------------------------------------

    def bundle(self, spec_id: str) -> pathlib.Path:
        return self.bundle_root / spec_id

    def task_file(self, spec_id: str, items: list[dict] | None = None) -> pathlib.Path:
        """task.html as MTurk would serve it: the `${items}` placeholder replaced by a payload.

        items=None leaves the page as built (no payload: demo items or an error)."""
        html = (self.bundle(spec_id) / "task.html").read_text(encoding="utf-8")
        if items is not None:
            assert html.count(ITEMS_PLACEHOLDER) == 1, "task.html must hold the ${items} placeholder exactly once"
            html = html.replace(ITEMS_PLACEHOLDER, item_payload(items))
        folder = self.workdir / f"{spec_id}-{next(self._counter)}"
        folder.mkdir(parents=True)
        path = folder / "task.html"
        path.write_text(html, encoding="utf-8")
        return path

    def open(self, path: pathlib.Path, query: str = "", submission_patterns=(), wait_for_hitc: bool = True):
        """Open a page; the console and performance logs start afresh for it."""
        self.reset_logs()
        self.cdp.reset(list(submission_patterns))
        url = path.resolve().as_uri() + (("?" + query) if query else "")
        self.driver.get(url)
        if wait_for_hitc:
            WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return !!window.hitc"))
        return url

    def open_task(self, spec_id: str, items: list[dict] | None = None, query: str = "", submission_patterns=()):
        if items is None:
            items = self.specs[spec_id].items()
        return self.open(self.task_file(spec_id, items), query, submission_patterns)

    # -- what happened -------------------------------------------------------------------

    def drain(self):
        """Collect the browser's console and performance logs so far."""
        self.console += self.driver.get_log("browser")
        for entry in self.driver.get_log("performance"):
            self.performance.append(json.loads(entry["message"])["message"])

    def reset_logs(self):
        self.drain()
        self.console = []
        self.performance = []

    def console_errors(self) -> list[str]:
        self.drain()
        return [e["message"] for e in self.console if e["level"] in ("SEVERE", "ERROR")]

    def requests(self) -> list[dict]:
        """Every request the page (and its frames) started, from Chrome's performance log."""
        self.drain()
        out = []
        for m in self.performance:
            if m.get("method") == "Network.requestWillBeSent":
                p = m["params"]
                out.append({"url": p["request"]["url"], "method": p["request"]["method"], "type": p.get("type", "")})
        return out

    def script_calls(self) -> list:
        """alert/confirm/prompt/open calls seen by the instrumentation (and a dialog left open)."""
        try:
            alert = self.driver.switch_to.alert
            text = alert.text
            alert.dismiss()
            return [["open dialog", text]]
        except NoAlertPresentException:
            pass
        return self.driver.execute_script("return (window.__hitcTest || {calls: []}).calls") or []

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def answers(self) -> dict:
        return self.js("return window.hitc.answers()")

    def wait(self, condition, timeout: float = 10, message: str = ""):
        return WebDriverWait(self.driver, timeout).until(lambda d: condition(), message)


@pytest.fixture
def browser(driver, cdp, bundle_root, specs, tmp_path):
    b = Browser(driver, cdp, tmp_path, bundle_root, specs)
    b.reset_logs()
    yield b
    if cdp.errors:
        pytest.fail(f"CDP interception errors: {cdp.errors}")


def settle(seconds: float = 0.05):
    time.sleep(seconds)
