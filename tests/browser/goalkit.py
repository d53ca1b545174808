"""Helpers of test_worker_goals.py (issue 14's measurable goals for the worker's page).

- Bundles of the small goal specs under tests/browser/specs/ (shared-keys, free-letters,
  exclusive) and of variants of an example spec (a text replacement in a copy of its folder),
  built with the hitc under test (HITC_BIN, else the binary conftest would use). A spec the
  binary refuses fails the test that needs it, with the compiler's output as the reason.
- An exact viewport (CDP `Emulation.setDeviceMetricsOverride`), restored afterwards.
- Product-photo-sized images: the shared interception answers images with a 1x1 PNG; the
  above-the-fold check swaps in an 800x600 one so image blocks take a real photo's room.
- Reading where things are: a control fully inside the viewport and not covered (hit test at
  its centre), the first item's first answer control, whether a text is visible.
- Keys: every key sent through `Keys.press` is counted, so a test can state how many it took.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import shutil
import struct
import subprocess
import time
import zlib

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys as K

import cdp as cdp_module
from specinfo import ROOT, item_payload

GOAL_SPECS = ROOT / "tests" / "browser" / "specs"
ITEMS_PLACEHOLDER = "${items}"
SANDBOX = "https://workersandbox.mturk.com"
MTURK_QUERY = ("assignmentId=3XGOALASSIGNMENT0001&hitId=3XGOALHIT0001"
               "&turkSubmitTo=https%3A%2F%2Fworkersandbox.mturk.com&workerId=A1GOALWORKER")


# -------------------------------------------------------------------------------- bundles


def hitc_binary() -> pathlib.Path:
    env = os.environ.get("HITC_BIN")
    candidates = [pathlib.Path(env)] if env else [ROOT / ".build/debug/hitc", ROOT / ".build-browser/debug/hitc"]
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    pytest.fail(f"no hitc binary for the goal specs: set HITC_BIN (looked at {', '.join(map(str, candidates))})")


def build_spec(spec: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    """Build one spec into `out`; the bundle folder. Fails the test with hitc's output if refused."""
    proc = subprocess.run([str(hitc_binary()), "build", str(spec), "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"hitc build {spec.relative_to(ROOT) if spec.is_relative_to(ROOT) else spec} "
                    f"refused ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    bundles = [p.parent for p in out.glob("*/task.html")]
    assert len(bundles) == 1, f"expected one bundle in {out}, found {bundles}"
    return bundles[0]


def build_goal_spec(name: str, tmp: pathlib.Path) -> pathlib.Path:
    return build_spec(GOAL_SPECS / name / "spec.yaml", tmp / f"goal-{name}")


def build_variant(spec_dir: pathlib.Path, replacements: list[tuple[str, str]], tmp: pathlib.Path,
                  tag: str) -> pathlib.Path:
    """Copy a spec folder, apply text replacements to its spec.yaml (each must match), build it."""
    copy = tmp / f"variant-{tag}"
    shutil.copytree(spec_dir, copy)
    spec = copy / "spec.yaml"
    text = spec.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"variant {tag}: {old!r} not in {spec_dir}/spec.yaml"
        text = text.replace(old, new)
    spec.write_text(text, encoding="utf-8")
    return build_spec(spec, tmp / f"variant-{tag}-out")


def task_copy(bundle: pathlib.Path, dest: pathlib.Path, items: list[dict] | None) -> pathlib.Path:
    """task.html with the payload of `items` (None: left as built, so the demo items show)."""
    html = (bundle / "task.html").read_text(encoding="utf-8")
    if items is not None:
        assert html.count(ITEMS_PLACEHOLDER) == 1
        html = html.replace(ITEMS_PLACEHOLDER, item_payload(items))
    dest.mkdir(parents=True, exist_ok=True)
    path = dest / "task.html"
    path.write_text(html, encoding="utf-8")
    return path


# -------------------------------------------------------------------------------- browser state


@contextlib.contextmanager
def viewport(driver, width: int, height: int):
    """A layout viewport of exactly width x height: scroll bars hidden, as on a phone (overlay
    scroll bars) and as bench/page_density.py measures (a classic scroll bar would take 15 px)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": False})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def grey_png(width: int, height: int) -> bytes:
    raw = b"".join(b"\x00" + b"\xb0\xb0\xb0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


PHOTO = grey_png(800, 600)


@contextlib.contextmanager
def photo_images():
    saved = cdp_module.PNG_1X1
    cdp_module.PNG_1X1 = PHOTO
    try:
        yield
    finally:
        cdp_module.PNG_1X1 = saved


def clear_storage(b) -> None:
    """Forget what earlier pages stored (file:// pages share one storage)."""
    b.js("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")


def settle_page(b) -> None:
    b.wait(lambda: b.js("return document.readyState === 'complete' && "
                        "Array.from(document.images).every(i => i.complete)"), message="page did not load")
    time.sleep(0.3)


# -------------------------------------------------------------------------------- where things are

IN_VIEW = r"""
const el = arguments[0];
if (!el || !el.getClientRects().length) return {inView: false, why: 'not rendered'};
const box = (el.type === 'radio' || el.type === 'checkbox') && el.closest('label') ? el.closest('label') : el;
const r = box.getBoundingClientRect();
const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), cy = r.top + r.height / 2;
const hit = (cy >= 0 && cy < innerHeight) ? document.elementFromPoint(cx, cy) : null;
const covered = !!hit && !(box.contains(hit) || hit.contains(box));
return {inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && !!hit && !covered,
        top: r.top, bottom: r.bottom, left: r.left, right: r.right, viewport: [innerWidth, innerHeight],
        hit: hit ? (hit.id || hit.tagName + '.' + hit.className) : null, covered: covered};
"""

FIRST_CONTROL = r"""
const first = document.querySelector('section.hitc-item[data-slot="1"]');
if (!first) return null;
for (const f of first.querySelectorAll('fieldset.hitc-question')) {
  if (f.hidden || !f.getClientRects().length) continue;
  const c = Array.from(f.querySelectorAll('input:not([type=hidden]), select, textarea'))
    .find(c => c.getClientRects().length || (c.closest('label') && c.closest('label').getClientRects().length));
  if (c) return c;
}
return null;
"""


def in_view(b, el) -> dict:
    return b.js(IN_VIEW, el)


def first_control(b):
    return b.js(FIRST_CONTROL)


def text_visible(b, phrase: str) -> bool:
    """Some rendered element (outside the item list) shows `phrase` (not inside a closed <details>)."""
    return b.js(
        r"""
        const phrase = arguments[0];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
          if (!node.textContent.includes(phrase)) continue;
          const el = node.parentElement;
          if (el.closest('#hitc-items-list, template')) continue;
          if (el.getClientRects().length && el.checkVisibility({visibilityProperty: true})) return true;
        }
        return false;
        """,
        phrase,
    )


def active_slot_in_view(b) -> bool:
    return b.js(
        """
        const sec = document.activeElement && document.activeElement.closest
          ? document.activeElement.closest('section.hitc-item') : null;
        if (!sec) return false;
        const r = sec.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
        """
    )


# -------------------------------------------------------------------------------- keys


class Keys:
    """Real key events to whatever has the focus, counted."""

    def __init__(self, b, gap: float = 0.15):
        self.b = b
        self.gap = gap  # a worker's pace; lets a smooth scroll finish between keys
        self.count = 0
        self.sent: list[str] = []

    def press(self, key: str, name: str | None = None):
        ActionChains(self.b.driver).send_keys(key).perform()
        self.count += 1
        self.sent.append(name or key)
        time.sleep(self.gap)

    def chord(self, modifier: str, key: str, name: str):
        ActionChains(self.b.driver).key_down(modifier).send_keys(key).key_up(modifier).perform()
        self.count += 1
        self.sent.append(name)
        time.sleep(self.gap)

    def ctrl_enter(self):
        self.chord(K.CONTROL, K.ENTER, "Ctrl+Enter")

    def cmd_enter(self):
        self.chord(K.META, K.ENTER, "Cmd+Enter")
