#!/usr/bin/env python3
"""What report.html costs: `hitc aggregate` with the report against `--no-report`, on the
1M-judgment benchmark, and how long headless Chromium takes to open the report.

Data: the files bench/aggregate.py makes (`results-1000000.csv`: 100,000 items x 10
judgments from 1,000 workers, 4 classes; specs `majority.yaml` and `dawid_skene.yaml`) in
--work (default /work/benchwork). For each spec, `hitc aggregate` runs --runs times with the
report and --runs times with `--no-report`, interleaved (report, no report, report, ...): wall
time, CPU time (user + system) and peak memory (max RSS), the last two from wait4(2). The
median of each is shown, and the time the report adds (median with / median without - 1).

Then report.html is opened --loads times in headless Chromium (/usr/bin/chromium through
/usr/bin/chromedriver, a fresh tab each time, cache off): Navigation Timing's
domContentLoadedEventEnd and loadEventEnd, first contentful paint, and the time until two
animation frames after load (everything laid out and painted once), all from navigation start.
The file's size is shown too. The browser part needs Selenium (the browser tests' venv:
tests/browser/requirements.txt); without it only the aggregate part runs.

With --baseline PATH a binary without the report (main's) runs interleaved too, so the cost
of what the report needs computed even under --no-report shows.

Usage: python3 bench/report.py [--binary PATH] [--baseline PATH] [--work DIR] [--runs N] [--loads N]
                               [--specs majority,dawid_skene] [--results FILE]
Without --binary the release product is built (`swift build -c release --scratch-path
.build-release --static-swift-stdlib --product hitc`, as the other bench scripts build it). Asserts nothing; prints a Markdown table. Run it with `nice`.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_measured(command):
    """Wall time (s), CPU time (user + system, s) and peak RSS (MB) of one child.

    From wait4(2)'s resource usage of that child alone: CPU time to the microsecond (where
    /usr/bin/time prints hundredths, coarse for a 0.15 s run) and its own max RSS."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"failed ({proc.returncode}): {' '.join(command)}\n{err.read().decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def release_binary():
    """The release product, built as the other bench scripts build it (static Swift stdlib)."""
    print("building hitc (release)...", file=sys.stderr, flush=True)
    build = ["swift", "build", "-c", "release", "--scratch-path", ".build-release", "--static-swift-stdlib"]
    subprocess.run(build + ["--product", "hitc"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(build + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True)
    return os.path.join(out.stdout.strip(), "hitc")


PAGE_TIMING = """
const done = arguments[arguments.length - 1];
function read() {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  requestAnimationFrame(() => requestAnimationFrame(() => done({
    dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
    fcp: fcp ? fcp.startTime : null, frames: performance.now(),
    nodes: document.getElementsByTagName('*').length,
    charts: document.querySelectorAll('figure.chart').length})));
}
if (document.readyState === 'complete') read(); else addEventListener('load', read);
"""


def browser_timings(path, loads):
    """Navigation timings (ms) of `loads` openings of the file in headless Chromium, or None."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("selenium is not installed: no browser timings (use the browser tests' venv)", file=sys.stderr)
        return None
    opts = Options()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-extensions"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    out = []
    try:
        driver.set_page_load_timeout(120)
        driver.set_script_timeout(120)
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        url = "file://" + os.path.abspath(path)
        for _ in range(loads):
            driver.get("about:blank")
            driver.get(url)
            out.append(driver.execute_async_script(PAGE_TIMING))
    finally:
        driver.quit()
    return out


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", help="hitc to time (default: build the release product)")
    parser.add_argument("--work", default="/work/benchwork", help="folder of bench/aggregate.py's files")
    parser.add_argument("--results", default="results-1000000.csv", help="results file in --work")
    parser.add_argument("--specs", default="majority,dawid_skene", help="spec names in --work (NAME.yaml)")
    parser.add_argument("--baseline", help="a hitc without the report (e.g. main's release build), run interleaved "
                                           "with the other two: what computing the report's figures costs even with --no-report")
    parser.add_argument("--runs", type=int, default=5, help="runs of each of the two (report, no report)")
    parser.add_argument("--loads", type=int, default=5, help="openings of report.html in Chromium")
    args = parser.parse_args()

    binary = args.binary or release_binary()
    results = os.path.join(args.work, args.results)
    if not os.path.exists(results):
        sys.exit(f"{results} is missing: make it with python3 bench/aggregate.py --skip-10m --work {args.work}")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    rows = []
    for name in args.specs.split(","):
        spec = os.path.join(args.work, f"{name}.yaml")
        modes = ["report", "no-report"] + (["baseline"] if args.baseline else [])
        measured = {m: [] for m in modes}
        for n in range(args.runs):
            for mode in modes:
                out = os.path.join(args.work, f"out-report-bench-{name}-{mode}")
                cmd = [args.baseline if mode == "baseline" else binary, "aggregate", spec, "--results", results,
                       "-o", out, "-q"]
                if mode == "no-report":
                    cmd.append("--no-report")
                measured[mode].append(run_measured(cmd))
                print(f"{name} {mode} run {n + 1}: {measured[mode][-1][0]:.2f} s", file=sys.stderr, flush=True)
        report = os.path.join(args.work, f"out-report-bench-{name}-report", "report.html")
        if not os.path.exists(report):
            sys.exit(f"{binary} wrote no {report}: does it know the report yet?")
        if os.path.exists(os.path.join(args.work, f"out-report-bench-{name}-no-report", "report.html")):
            sys.exit("--no-report wrote report.html")
        timings = browser_timings(report, args.loads)
        med = {m: [median([r[i] for r in measured[m]]) for i in range(3)] for m in measured}
        rows.append((name, med, os.path.getsize(report), timings))

    print(f"\n`hitc aggregate` on {args.results} ({version}; median of {args.runs} runs each, interleaved; "
          f"Chromium: median of {args.loads} loads)\n")
    print("| spec | run | wall | CPU | peak memory | wall against --no-report | CPU against --no-report |")
    print("|---|---|---:|---:|---:|---:|---:|")
    labels = {"report": "with report.html", "no-report": "`--no-report`", "baseline": "baseline binary"}
    for name, med, size, _ in rows:
        for mode, (wall, cpu, rss) in med.items():
            added = wall / med["no-report"][0] - 1
            cpu_added = cpu / med["no-report"][1] - 1
            print(f"| {name} | {labels[mode]} | {wall:.3f} s | {cpu:.3f} s | {rss:.0f} MB | {added * 100:+.1f}% "
                  f"| {cpu_added * 100:+.1f}% |")
    print("\n| spec | report.html |\n|---|---:|")
    for name, _, size, _ in rows:
        print(f"| {name} | {size:,} bytes |")
    if any(t for *_, t in rows):
        print("\n| spec | DOMContentLoaded | load | first contentful paint | laid out and painted | elements | charts |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, _, _, timings in rows:
            if not timings:
                continue
            fcp = [t["fcp"] for t in timings if t["fcp"] is not None]
            print(f"| {name} | {median([t['dcl'] for t in timings]):.0f} ms | {median([t['load'] for t in timings]):.0f} ms "
                  f"| {median(fcp):.0f} ms | {median([t['frames'] for t in timings]):.0f} ms "
                  f"| {timings[0]['nodes']:,} | {timings[0]['charts']} |")


if __name__ == "__main__":
    main()
