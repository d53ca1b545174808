#!/usr/bin/env python3
"""hitc serve reload latency: from writing the spec to the load event of the page
reloaded in a real browser (headless Chromium through Selenium), over N edits of
each example spec and of the generated 1,000-question spec (bench/run.py's
large_spec). Each edit rewrites the spec's title (the new text written to a
temporary file, then renamed over the spec, as many editors save); the time runs
from just before the rename to `loadEventEnd` of the reloaded page showing the new title (both on this machine's
clock). Prints p50, p95 and max per spec, and the server's own build times; asserts
nothing.

Where the time goes (medians, ms), from the reloaded page's Navigation Timing and one
mark: `server` = file written -> the reload's navigation starts (the watcher's poll
and debounce, the build until the pages are ready, the event, the old page saving
its answers); `fetch` = navigation start -> the page's last byte; `parse` = last byte
-> the page script starts (a MutationObserver added before any page script, by CDP,
sees the parser insert the script element: the parser runs a microtask checkpoint
just before executing it); `script` = the page script starts -> `domInteractive`
(the script is the last element of the body, so this is its run); `after` =
`domInteractive` -> `loadEventEnd`.

Usage: python3 bench/serve.py [--edits N] [--binary PATH]
(needs selenium: tests/browser/requirements.txt; binary: HITC_BIN, --binary, or .build/debug/hitc)
"""
import argparse
import os
import pathlib
import re
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))
sys.path.insert(0, str(ROOT / "bench"))

from run import large_spec  # noqa: E402
from servekit import ServeProcess, copy_example, generation, serve_driver, wait_for_generation  # noqa: E402


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


# Run before any script of each page: notes when the parser inserts the page's own
# script (a <script> with no type, direct child of <body>), just before it runs.
SCRIPT_START = """
window.__hitcScriptStart = 0;
function hitcWatchBody(body) {
  new MutationObserver(function (records, observer) {
    for (var r of records) for (var n of r.addedNodes) {
      if (n.tagName === 'SCRIPT' && !n.type) { window.__hitcScriptStart = performance.now(); observer.disconnect(); return; }
    }
  }).observe(body, { childList: true });
}
// The document is empty when this runs: watch it until <html> exists, then <html> until <body> does
// (child lists only, so the records stay few), then <body>'s own children.
new MutationObserver(function (records, observer) {
  if (!document.documentElement) return;
  observer.disconnect();
  if (document.body) { hitcWatchBody(document.body); return; }
  new MutationObserver(function (records, inner) {
    if (document.body) { inner.disconnect(); hitcWatchBody(document.body); }
  }).observe(document.documentElement, { childList: true });
}).observe(document, { childList: true, subtree: true });
"""

PARTS = ("server", "fetch", "parse", "script", "after")


def wait_for_title(driver, marker, after, timeout=60):
    """Waits for a page of a later build than `after` whose title has `marker` to fire its
    load event; returns that time (epoch seconds). The build number alone is not enough:
    a save seen half-written makes one more build."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            end = driver.execute_script(
                "var n = performance.getEntriesByType('navigation')[0];"
                "if (!window.hitcServe || window.hitcServe.generation <= arguments[1] || !document.title.includes(arguments[0])) return 0;"
                "return n && n.loadEventEnd ? performance.timeOrigin + n.loadEventEnd : 0;", marker, after)
            if end:
                return end / 1000.0
        except Exception:  # the page is being replaced
            pass
        time.sleep(0.01)
    raise TimeoutError(f"no page titled {marker!r} within {timeout} s")


def breakdown(driver, start):
    """The reloaded page's time split in PARTS (ms), `start` the write's epoch seconds."""
    t = driver.execute_script(
        "var n = performance.getEntriesByType('navigation')[0];"
        "return [performance.timeOrigin, n.responseEnd, window.__hitcScriptStart || 0, n.domInteractive, n.loadEventEnd];")
    origin, response_end, script_start, interactive, load_end = t
    script_start = script_start or interactive
    return {"server": origin - start * 1000, "fetch": response_end, "parse": script_start - response_end,
            "script": interactive - script_start, "after": load_end - interactive}


def measure(spec: pathlib.Path, title: str, path: str, edits: int, driver):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": SCRIPT_START})
    with ServeProcess(spec) as server:
        driver.get(server.url(path))
        wait_for_generation(driver, 1, timeout=120)
        text = spec.read_text(encoding="utf-8")
        times, parts = [], []
        for i in range(1, edits + 1):
            time.sleep(0.15)  # a person does not save twice within 150 ms; lets the watcher settle
            edited = text.replace(f"title: {title}", f"title: {title} (edit {i})", 1)
            assert edited != text
            before = generation(driver)
            temporary = spec.with_name(spec.name + ".saving")
            temporary.write_text(edited, encoding="utf-8")
            start = time.time()
            os.replace(temporary, spec)  # saved whole, as editors that write a new file and rename it do
            loaded = wait_for_title(driver, f"(edit {i})", after=before)
            times.append((loaded - start) * 1000)
            parts.append(breakdown(driver, start))
        builds = [int(m) for m in re.findall(r"built in (\d+) ms", "".join(server.stdout))][1:]
    return times, builds, parts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--binary")
    parser.add_argument("--only", help="run only the specs whose name contains this")
    args = parser.parse_args()
    if args.binary:
        os.environ["HITC_BIN"] = args.binary
    driver = serve_driver()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            cases = []
            for name in sorted(p.parent.name for p in ROOT.glob("Specs/*/spec.yaml")):
                spec = copy_example(name, tmp)
                title = re.search(r"^title: (.*)$", spec.read_text(encoding="utf-8"), re.M).group(1)
                cases.append((name, spec, title, "/hit/1/preview"))
            (tmp / "large").mkdir()
            cases.append(("large spec (1,000 questions)", pathlib.Path(large_spec(str(tmp / "large"))),
                          "Large benchmark spec", "/hit/1/preview"))
            print(f"hitc serve: save-to-reloaded-page latency, {args.edits} edits each (ms)")
            print(f"load average at the start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
            for name, spec, title, path in cases:
                if args.only and args.only not in name:
                    continue
                times, builds, parts = measure(spec, title, path, args.edits, driver)
                build_median = statistics.median(builds) if builds else float("nan")
                split = "  ".join(f"{p} {statistics.median(x[p] for x in parts):.0f}" for p in PARTS)
                print(f"  {name:32s} p50 {percentile(times, 50):6.0f}  p95 {percentile(times, 95):6.0f}  "
                      f"max {max(times):6.0f}   (server build median {build_median:.0f} ms; medians: {split}; load {os.getloadavg()[0]:.1f})")
                sys.stdout.flush()
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
