"""Submit URLs that hitc accepts as written differently from what the browser
sends (case, the default port, leading zeros, an IDN in its xn-- form, no path,
a fragment) still reach their server: the page's Content-Security-Policy names
the origin the browser computes, so connect-src never blocks the page's own
submission (issue 9, item 6)."""

import os
import pathlib
import shutil
import subprocess

import pytest

import pagekit as pk
from plans import MOUSE
from specinfo import item_payload

ROOT = pathlib.Path(__file__).resolve().parents[2]
LINE = 'generic:  { submit_url: "https://labels.example.com/submit" }'

# As written in the spec, and as the browser sends the request.
URLS = [
    ("HTTPS://Labels.Example.COM/Submit", "https://labels.example.com/Submit"),
    ("https://labels.example.com:443/submit", "https://labels.example.com/submit"),
    ("https://labels.example.com:08443/submit?x=1", "https://labels.example.com:8443/submit?x=1"),
    ("https://xn--bcher-kva.example/submit", "https://xn--bcher-kva.example/submit"),
    ("https://labels.example.com", "https://labels.example.com/"),
    ("https://a-b.example.com/p#top", "https://a-b.example.com/p"),
]


def _hitc() -> pathlib.Path:
    path = pathlib.Path(os.environ.get("HITC_BIN") or ROOT / ".build/debug/hitc")
    if not path.is_file():
        pytest.skip(f"no hitc binary at {path} (set HITC_BIN)")
    return path


@pytest.mark.parametrize("written,sent", URLS)
def test_the_page_submits_to_a_url_written_in_any_accepted_form(browser, specs, tmp_path, written, sent):
    spec = specs["grocery-search-relevance"]
    folder = tmp_path / "spec"
    shutil.copytree(spec.path.parent, folder)
    text = (folder / "spec.yaml").read_text(encoding="utf-8")
    assert text.count(LINE) == 1
    (folder / "spec.yaml").write_text(text.replace(LINE, f'generic:  {{ submit_url: "{written}" }}'), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([str(_hitc()), "build", "-q", str(folder / "spec.yaml"), "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    html = (out / spec.id / "task.html").read_text(encoding="utf-8")
    page = tmp_path / "task.html"
    page.write_text(html.replace("${items}", item_payload(spec.items())), encoding="utf-8")
    browser.open(page, query="target=generic", submission_patterns=[sent.split("?")[0] + "*"])
    assert browser.js("return window.hitc.target") == "generic"
    pk.fill_by_mouse(browser, spec, MOUSE[spec.id])
    pk.click_submit(browser)
    rec = browser.cdp.wait_for_submission()
    assert (rec.method, rec.url) == ("POST", sent)
    browser.wait(lambda: "sent" in browser.driver.find_element("id", "hitc-status").text,
                 message="no confirmation after the answers were sent")
    assert browser.console_errors() == []
