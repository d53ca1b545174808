"""The XSS corpus (tests/browser/specs/xss): hostile data runs nothing and shows as text.

For the preview (sample rows built into the page) and the task page (the same
rows sent as an item payload, as MTurk would), every check is made on the
rendered page: no alert/confirm/prompt/window.open call, no console error, no
script, frame, style or event-handler attribute that the data brought, links
only to https, images only from the item's image field, and every text field
shown exactly as the data holds it (textContent equality)."""

import csv
import re
from urllib.parse import urlencode

import pytest
from selenium.webdriver.common.by import By

import pagekit as pk

SPEC = "xss-corpus"
SANDBOX = "https://workersandbox.mturk.com"

DOM_AUDIT = r"""
// arguments[0]: CSS selector of the part to audit; arguments[1]: regex of allowed link targets.
const out = {bad: [], scripts: [], hiddenItems: 0};
const root = document.querySelector(arguments[0]) || document.body;
const allowed = new RegExp(arguments[1], 'i');
const banned = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'style', 'meta',
                        'base', 'link', 'form', 'noscript', 'template', 'audio', 'video', 'source']);
for (const el of root.querySelectorAll('*')) {
  if (el.localName === 'script' && (el.parentElement === document.body || el.parentElement === document.head)) continue;
  for (const a of el.attributes) {
    if (/^on/i.test(a.name)) out.bad.push(el.localName + '[' + a.name + ']');
    if (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(a.name) && !allowed.test(a.value.trim()))
      out.bad.push(el.localName + '[' + a.name + '=' + a.value + ']');
  }
  if (banned.has(el.localName)) out.bad.push('<' + el.localName + '>');
  if (el.localName === 'img' && !(el.parentElement && el.parentElement.matches('figure.hitc-image')))
    out.bad.push('img outside an image block');
}
for (const s of document.scripts) out.scripts.push({id: s.id, type: s.type, inItems: root.contains(s) && root !== document.body});
for (const sec of document.querySelectorAll('section.hitc-item')) if (!sec.getClientRects().length || sec.offsetHeight < 20) out.hiddenItems++;
out.bodyShown = document.body.getClientRects().length > 0 && document.body.offsetHeight > 100;
out.title = document.title;
return out;
"""
ITEMS_ROOT = "#hitc-items-list"
HTTPS_ONLY = "^https:"



def _rows(spec):
    return {str(r["item_id"]): r for r in spec.sample_rows()}


def _gold_items(spec):
    with open(spec.path.parent / "data" / "gold.csv", encoding="utf-8", newline="") as f:
        return [{k: v for k, v in r.items() if k in spec.fields} for r in csv.DictReader(f)]


def _chunks(spec):
    rows = spec.items(spec.sample_rows()[:3]), spec.items(spec.sample_rows()[3:6])
    last = spec.sample_rows()[6:8] + _gold_items(spec)[:1]
    return [*rows, spec.items(last)]


def _audit(browser, spec, url):
    assert browser.script_calls() == [], "a script ran"
    assert browser.console_errors() == []
    audit = browser.js(DOM_AUDIT, ITEMS_ROOT, HTTPS_ONLY)
    assert audit["bad"] == []
    assert audit["bodyShown"] and audit["hiddenItems"] == 0, "data styled the page away"
    assert audit["title"] == spec.raw["title"]
    ids = [s["id"] for s in audit["scripts"]]
    assert not any(s["inItems"] for s in audit["scripts"])
    assert sum(1 for s in audit["scripts"] if not s["id"]) <= 1, f"extra script elements: {audit['scripts']}"
    assert len(ids) == len(set(ids))
    assert browser.driver.current_url == url, "the page navigated away"


def _literal_text(browser, spec, known_rows):
    """Every field of every item on the page is shown exactly as the data holds it."""
    page_items = browser.js("return window.hitc.items")
    assert page_items, "no items on the page"
    for n, shown in enumerate(page_items, start=1):
        key = str(shown["item_id"])
        row = known_rows[key]
        for field, value in row.items():
            if field in spec.fields:
                assert shown.get(field) == value, f"item {key}: {field} changed on its way to the page"
        sec = pk.item(browser, n)
        for el in sec.find_elements(By.CSS_SELECTOR, "[data-field]"):
            field = el.get_attribute("data-field")
            value = row.get(field) or ""
            if not value.strip():
                continue
            cls = el.get_attribute("class")
            if "hitc-text" in cls:
                assert browser.js("return arguments[0].textContent", el) == value, f"{key}.{field}"
            elif "hitc-link" in cls:
                a = el.find_element(By.TAG_NAME, "a")
                assert a.get_attribute("href") is not None
                assert browser.js("return arguments[0].getAttribute('href')", a) == value
            elif "hitc-image" in cls:
                img = el.find_element(By.TAG_NAME, "img")
                assert browser.js("return arguments[0].getAttribute('src')", img) == value
                assert browser.js("return arguments[0].getAttribute('alt')", img) == row["title"]
            elif "hitc-markdown" in cls:
                text = browser.js("return arguments[0].textContent", el)
                for tag in re.findall(r"<[^<>\n]*>", value):
                    assert tag in text, f"{key}.{field}: {tag!r} not shown literally"


def test_preview_shows_hostile_sample_literally(browser, specs):
    spec = specs[SPEC]
    url = browser.open(browser.bundle(SPEC) / "preview.html")
    _audit(browser, spec, url)
    _literal_text(browser, spec, _rows(spec))
    # The whole corpus reached the preview, in order.
    keys = [str(i["item_id"]) for i in browser.js("return window.hitc.items")]
    assert keys == [str(r["item_id"]) for r in spec.sample_rows()][: len(keys)]


@pytest.mark.parametrize("chunk", [0, 1, 2])
def test_task_page_shows_hostile_payload_literally(browser, specs, chunk):
    spec = specs[SPEC]
    items = _chunks(spec)[chunk]
    url = browser.open_task(SPEC, items=items)
    _audit(browser, spec, url)
    known = {**_rows(spec), **{str(r["item_id"]): r for r in _gold_items(spec)}}
    _literal_text(browser, spec, known)
    # Answering and the answers view do not bring the data back as markup either.
    pk.fill_by_mouse(browser, spec, [{"verdict": "unsafe", "flags": ["script"]}] * len(items))
    pk.click_submit(browser)
    _audit(browser, spec, url)


@pytest.mark.parametrize("chunk", [1, 2])
def test_hostile_keys_and_answers_round_trip_through_the_mturk_form(browser, specs, chunk):
    spec = specs[SPEC]
    items = _chunks(spec)[chunk]
    query = urlencode({"assignmentId": "A-XSS", "hitId": "H", "turkSubmitTo": SANDBOX, "workerId": "W"})
    url = browser.open_task(SPEC, items=items, query=query, submission_patterns=[SANDBOX + "/*"])
    hostile = "\"><svg onload=alert(1)> ${items} {{x}} ]]> </textarea><script>alert(1)</script> \u05e9\u05dc\u05d5\u05dd \U0001F469\u200d\U0001F467"
    plan = [{"verdict": "unsafe", "flags": ["attribute", "template"], "comment": hostile}] + [{"verdict": "safe"}] * 2
    pk.fill_by_mouse(browser, spec, plan)
    _audit(browser, spec, url)
    pk.click_submit(browser)
    sent = {k: v[0] for k, v in browser.cdp.wait_for_submission().form().items()}
    for n, it in enumerate(items, start=1):
        assert sent[f"item{n}"] == it["item_id"]
    assert sent["item1_comment"] == hostile
    assert sent["item1_flags"] == "attribute|template"
    assert sent["item2_flags"] == "" and sent["item2_comment"] == ""
    assert browser.script_calls() == []


def test_guidelines_page_omits_raw_html_and_shows_examples_as_text(browser, specs):
    spec = specs[SPEC]
    url = browser.open(browser.bundle(SPEC) / "guidelines.html", wait_for_hitc=False)
    assert browser.script_calls() == []
    assert browser.console_errors() == []
    assert browser.driver.current_url == url
    # Anchors of the table of contents and the contact's mailto: link are the only non-https
    # targets; cmark-gfm's safe mode empties a javascript: link's href (href="").
    audit = browser.js(DOM_AUDIT, "body", "^(https:|#|mailto:|$)")
    assert audit["bad"] == []
    text = browser.js("return document.body.textContent")
    assert "<img src=x onerror=alert(1)>" in text, "an example's hostile title is shown as text"
    assert "</script><script>alert(1)</script>" in text
    assert browser.js("return document.querySelectorAll('a[href^=\"javascript\" i]').length") == 0
