#!/usr/bin/env python3
"""How much page a worker scrolls through per item, and whether the first answer is above the fold.

Issue 14 measures the worker's page (`task.html`) by these figures; this script takes them:

    python3 bench/page_density.py --binary .build/debug/hitc [--baseline OTHER_HITC [--baseline-ref REV]]
                                  [--shots DIR] [--json FILE]

For each example spec (`Specs/*/spec.yaml`) and the 10-item multi-choice HIT
`bench/specs/multi-choice-tags/spec.yaml` (one short title and nine tag options per item),
the binary builds the bundle; `task.html` is opened from disk with its demo items (the spec's
sample rows) in headless Chromium, with a viewport of exactly 1280x800 and 390x844 (CDP
`Emulation.setDeviceMetricsOverride`, scale 1). Per spec and width it prints:

- `items`: the item sections on the page;
- `page`: the document height in px (`scrollHeight`) on a worker's return visit (the page
  was opened once before in the same browser profile, so a page that remembers its
  instructions has them collapsed); `page1`: the same on the first visit (storage cleared);
- `page/item`: `page` divided by `items`, the figure the issue's density target is about
  ("at most 60% of today's"); `item`: the mean height of one item section alone;
- `first`: the top y (px, page coordinates, scrolled to the top) of the first item's first
  answer control on the return visit, with `1st-visit` on the first visit; for a radio or
  check box styled as a button the box of its label is measured. `fold` is `yes` when that
  control lies wholly inside the viewport without scrolling and is the element hit at its
  centre (a sticky bar covering it counts as not visible);
- `bytes`: the size of `task.html`.

Nothing leaves the machine: Chrome resolves no host and every request is answered by a
DevTools client (tests/browser/cdp.py): images get an 800x600 grey PNG (a product photo's
usual shape, so image blocks take the room they take for a worker; the browser tests use a
1x1 PNG), anything else is refused. With `--baseline`, the same figures for the baseline
binary are printed beside them with the ratio new/baseline of `page/item`; `--baseline-ref main`
builds the baseline from the example specs as they are in that git revision (main's hitc refuses
keys that issue 14 added to the examples, such as `exclusive: true`).
With `--shots DIR`, full-page screenshots `<spec>-<width>.png` (return visit) and
`<spec>-<width>-first.png` (first visit, viewport only) are written to DIR.

Needs Python with selenium and PyYAML (tests/browser/requirements.txt), /usr/bin/chromium and
/usr/bin/chromedriver.
"""

from __future__ import annotations

import argparse
import base64
import json
import pathlib
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import cdp as cdp_module  # noqa: E402  (tests/browser/cdp.py)
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

MULTI_CHOICE_SPEC = ROOT / "bench" / "specs" / "multi-choice-tags" / "spec.yaml"
VIEWPORTS = [(1280, 800), (390, 844)]


def grey_png(width: int, height: int) -> bytes:
    """A flat grey PNG of the given size (no imaging library needed)."""
    raw = b"".join(b"\x00" + b"\xb0\xb0\xb0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def spec_paths(root: pathlib.Path = ROOT) -> list[pathlib.Path]:
    """The example specs under `root` (this checkout, or a baseline's extract) and the 10-item HIT."""
    return sorted(root.glob("Specs/*/spec.yaml")) + [MULTI_CHOICE_SPEC]


def extract_specs(ref: str, dest: pathlib.Path) -> pathlib.Path:
    """`Specs/` as of git revision `ref`, extracted into `dest` (for a baseline binary that
    refuses keys the current examples use)."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "Specs"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def spec_id(path: pathlib.Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("id:"):
            return line.split(":", 1)[1].strip()
    raise SystemExit(f"{path}: no top-level id")


def build(binary: pathlib.Path, out: pathlib.Path, specs: list[pathlib.Path] | None = None) -> None:
    cmd = [str(binary), "build", *map(str, specs or spec_paths()), "-o", str(out)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


# -------------------------------------------------------------------------------- browser


def start_browser(profile: pathlib.Path):
    opts = Options()
    opts.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--lang=en-US", f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--remote-allow-origins=*",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-default-apps", "--disable-sync", "--hide-scrollbars",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.set_page_load_timeout(30)
    address = driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
    handle = driver.current_window_handle
    with urllib.request.urlopen(f"http://{address}/json/list", timeout=10) as r:
        pages = [t for t in json.load(r) if t.get("type") == "page"]
    chosen = [t for t in pages if t["id"] == handle or handle.endswith(t["id"])] or pages
    session = cdp_module.CDPSession(chosen[0]["webSocketDebuggerUrl"])
    return driver, session


MEASURE = r"""
const first = document.querySelector('section.hitc-item[data-slot="1"]');
const sections = Array.from(document.querySelectorAll('section.hitc-item[data-slot]'));
let control = null, box = null;
if (first) {
  const fields = Array.from(first.querySelectorAll('fieldset.hitc-question'))
    .filter(f => !f.hidden && f.getClientRects().length);
  for (const f of fields) {
    control = Array.from(f.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
      .find(c => c.getClientRects().length || (c.closest('label') && c.closest('label').getClientRects().length));
    if (control) break;
  }
}
let firstTop = null, firstBottom = null, fold = false;
if (control) {
  const label = (control.type === 'radio' || control.type === 'checkbox') ? control.closest('label') : null;
  box = label || control;
  const r = box.getBoundingClientRect();
  firstTop = r.top + window.scrollY;
  firstBottom = r.bottom + window.scrollY;
  const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), cy = r.top + r.height / 2;
  const hit = (cy >= 0 && cy < innerHeight) ? document.elementFromPoint(cx, cy) : null;
  fold = r.top >= 0 && r.bottom <= innerHeight && !!hit && (box.contains(hit) || hit.contains(box) ||
         (label && label.contains(hit)));
}
const heights = sections.map(s => s.getBoundingClientRect().height);
return {
  page: document.documentElement.scrollHeight,
  width: document.documentElement.scrollWidth,
  viewport: [innerWidth, innerHeight],
  items: sections.length,
  item: heights.length ? heights.reduce((a, b) => a + b, 0) / heights.length : null,
  first: firstTop, firstBottom: firstBottom, fold: fold
};
"""


def open_and_measure(driver, url: str, width: int, height: int) -> dict:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.get(url)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(
        "return !!window.hitc && document.readyState === 'complete' && "
        "Array.from(document.images).every(i => i.complete)"))
    time.sleep(0.3)  # scripts that settle layout after load (focus, storage)
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.05)
    return driver.execute_script(MEASURE)


def full_page_shot(driver, path: pathlib.Path, width: int) -> None:
    h = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(h, 16000), "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def measure_binary(binary: pathlib.Path, shots: pathlib.Path | None, ref: str | None = None) -> dict:
    """{(spec, width): figures} for one hitc binary, in a fresh browser profile; the example
    specs of this checkout, or of git revision `ref`."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="page-density-") as tmp:
        tmp = pathlib.Path(tmp)
        specs = spec_paths(extract_specs(ref, tmp / "src")) if ref else spec_paths()
        build(binary, tmp / "bundles", specs)
        driver, session = start_browser(tmp / "profile")
        saved = cdp_module.PNG_1X1
        cdp_module.PNG_1X1 = grey_png(800, 600)
        try:
            for path in specs:
                sid = spec_id(path)
                page = tmp / "bundles" / sid / "task.html"
                url = page.resolve().as_uri()
                for width, height in VIEWPORTS:
                    session.reset()
                    driver.get("about:blank")
                    driver.get(url)  # same origin as the page, so its storage can be cleared
                    driver.execute_script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")
                    first = open_and_measure(driver, url, width, height)
                    if shots:
                        shots.mkdir(parents=True, exist_ok=True)
                        driver.save_screenshot(str(shots / f"{sid}-{width}-first.png"))
                    again = open_and_measure(driver, url, width, height)
                    if shots:
                        full_page_shot(driver, shots / f"{sid}-{width}.png", width)
                    again["page1"] = first["page"]
                    again["first1"] = first["first"]
                    again["fold1"] = first["fold"]
                    again["bytes"] = page.stat().st_size
                    results[(sid, width)] = again
                    if session.errors:
                        raise SystemExit(f"CDP interception errors: {session.errors}")
        finally:
            cdp_module.PNG_1X1 = saved
            session.close()
            driver.quit()
    return results


# -------------------------------------------------------------------------------- report


def fmt(v, digits=0) -> str:
    if v is None:
        return "-"
    return f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def per_item(r: dict) -> float | None:
    return r["page"] / r["items"] if r["items"] else None


def row(r: dict) -> list[str]:
    return [
        str(r["items"]), str(r["page"]), str(r["page1"]), fmt(per_item(r)), fmt(r["item"]),
        f"{fmt(r['first'])} / {fmt(r['first1'])}",
        f"{'yes' if r['fold'] else 'no'} / {'yes' if r['fold1'] else 'no'}",
        str(r["bytes"]),
    ]


HEAD = ["items", "page", "page1", "page/item", "item", "first (ret / 1st-visit)", "fold (ret / 1st)", "bytes"]


def print_table(title: str, rows: list[list[str]], head: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    print(title)
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=pathlib.Path, default=ROOT / ".build/debug/hitc", help="the hitc to measure")
    ap.add_argument("--baseline", type=pathlib.Path, help="a second hitc (e.g. main's) to print beside it")
    ap.add_argument("--baseline-ref", metavar="REV",
                    help="build the baseline from the example specs of this git revision (e.g. main), "
                         "for a baseline that refuses keys the current examples use")
    ap.add_argument("--shots", type=pathlib.Path, help="write screenshots of --binary's pages here")
    ap.add_argument("--json", type=pathlib.Path, help="also write the figures as JSON here")
    args = ap.parse_args()

    new = measure_binary(args.binary.resolve(), args.shots)
    base = measure_binary(args.baseline.resolve(), None, args.baseline_ref) if args.baseline else None
    keys = list(new)
    rows = [[sid, str(w)] + row(new[(sid, w)]) for sid, w in keys]
    print_table(f"hitc under test: {args.binary}", rows, ["spec", "width"] + HEAD)
    if base:
        rows = [[sid, str(w)] + row(base[(sid, w)]) for sid, w in keys if (sid, w) in base]
        print_table(f"baseline: {args.baseline}", rows, ["spec", "width"] + HEAD)
        cmp_rows = []
        for sid, w in keys:
            n, b = new[(sid, w)], base.get((sid, w))
            if not b:
                continue
            ratio = per_item(n) / per_item(b) if per_item(n) and per_item(b) else None
            cmp_rows.append([sid, str(w), fmt(per_item(b)), fmt(per_item(n)), fmt(ratio, 2),
                             fmt(b["first"]), fmt(n["first"]), str(b["bytes"]), str(n["bytes"])])
        print_table("page height per item, baseline vs under test (ratio = new / baseline; the goal is <= 0.60)",
                    cmp_rows, ["spec", "width", "base/item", "new/item", "ratio", "base first", "new first",
                               "base bytes", "new bytes"])
    if args.json:
        out = {"binary": str(args.binary), "results": {f"{s}@{w}": v for (s, w), v in new.items()}}
        if base:
            out["baseline"] = {"binary": str(args.baseline), "results": {f"{s}@{w}": v for (s, w), v in base.items()}}
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
