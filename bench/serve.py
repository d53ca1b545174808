#!/usr/bin/env python3
"""hitc serve reload latency: from writing the spec to the load event of the page
reloaded in a real browser (headless Chromium through Selenium), over N edits of
each example spec and of the generated 1,000-question spec (bench/run.py's
large_spec). Each edit rewrites the spec's title; the time runs from just before
the file is written to `loadEventEnd` of the reloaded page (both on this machine's
clock). Prints p50, p95 and max per spec, and the server's own build times; asserts
nothing.

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
from servekit import ServeProcess, copy_example, serve_driver, wait_for_generation  # noqa: E402


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def measure(spec: pathlib.Path, title: str, path: str, edits: int, driver):
    with ServeProcess(spec) as server:
        driver.get(server.url(path))
        wait_for_generation(driver, 1, timeout=120)
        text = spec.read_text(encoding="utf-8")
        times = []
        for i in range(1, edits + 1):
            time.sleep(0.15)  # a person does not save twice within 150 ms; lets the watcher settle
            edited = text.replace(f"title: {title}", f"title: {title} (edit {i})", 1)
            assert edited != text
            start = time.time()
            spec.write_text(edited, encoding="utf-8")
            loaded = wait_for_generation(driver, i + 1, timeout=60)
            times.append((loaded - start) * 1000)
            assert f"(edit {i})" in driver.title or f"(edit {i})" in driver.page_source
        builds = [int(m) for m in re.findall(r"built in (\d+) ms", "".join(server.stdout))][1:]
    return times, builds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--binary")
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
            for name, spec, title, path in cases:
                times, builds = measure(spec, title, path, args.edits, driver)
                build_median = statistics.median(builds) if builds else float("nan")
                print(f"  {name:32s} p50 {percentile(times, 50):6.0f}  p95 {percentile(times, 95):6.0f}  "
                      f"max {max(times):6.0f}   (server build median {build_median:.0f} ms)")
                sys.stdout.flush()
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
