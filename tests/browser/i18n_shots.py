"""Screenshots of built pages at 1280 and 390 px (issue 16: look at the Arabic and Japanese pages).

    python tests/browser/i18n_shots.py OUT_DIR BUNDLE_DIR...

For each bundle: task.html with its spec's sample items (as MTurk would serve it, the first
item answered and the submit pressed once with a question left open, so error messages and
progress show), and guidelines.html; full-page PNGs named <bundle>-<page>-<width>.png.
Headless Chromium, no network (as in conftest.py). Not a test: a tool for looking.
"""

from __future__ import annotations

import base64
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import CHROMEDRIVER, CHROMIUM, ITEMS_PLACEHOLDER  # noqa: E402
from specinfo import item_payload, load_spec  # noqa: E402


def driver():
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1280,1000"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


def shoot(drv, url: str, out: pathlib.Path, width: int, prepare=None):
    drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    drv.get(url)
    if prepare:
        prepare(drv)
    height = drv.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    shot = drv.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}})
    out.write_bytes(base64.b64decode(shot["data"]))
    print(out)


def answer_first_and_submit(drv):
    drv.execute_script("""
      var first = document.querySelector('section.hitc-item[data-slot="1"] input[type=radio], section.hitc-item[data-slot="1"] input[type=checkbox]');
      if (first) first.click();
      document.getElementById('hitc-submit').click();
      window.scrollTo(0, 0);
    """)


def main(argv: list[str]) -> int:
    out = pathlib.Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    drv = driver()
    try:
        for bundle in map(pathlib.Path, argv[2:]):
            name = bundle.name
            task = bundle / "task.html"
            spec_path = None
            for candidate in (pathlib.Path("Specs") / name / "spec.yaml",):
                if candidate.is_file():
                    spec_path = candidate
            html = task.read_text(encoding="utf-8")
            if spec_path:
                items = load_spec(spec_path).items()
                html = html.replace(ITEMS_PLACEHOLDER, item_payload(items))
            page = out / f".{name}-task.html"
            page.write_text(html, encoding="utf-8")
            for width in (1280, 390):
                shoot(drv, page.resolve().as_uri(), out / f"{name}-task-{width}.png", width, answer_first_and_submit)
                shoot(drv, (bundle / "guidelines.html").resolve().as_uri(), out / f"{name}-guidelines-{width}.png", width)
            page.unlink()
    finally:
        drv.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
