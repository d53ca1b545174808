"""Submission per target: MTurk (preview and accepted), generic (fetch + postMessage),
Prolific (redirect with the completion code) and none (answers shown as JSON).

Requests are intercepted through the DevTools protocol (cdp.py) and answered
locally, so the real form POST / fetch runs and the test reads what was sent."""

import json
import time
from urllib.parse import urlencode

import pytest
from selenium.webdriver.common.by import By

import pagekit as pk
from plans import EXAMPLES, MOUSE
from specinfo import item_payload

ALL = EXAMPLES + ["xss-corpus"]
SANDBOX = "https://workersandbox.mturk.com"


def _mturk_query(assignment="3XTESTASSIGNMENT0001"):
    return urlencode({"assignmentId": assignment, "hitId": "3XTESTHIT0001", "turkSubmitTo": SANDBOX,
                      "workerId": "A1TESTWORKER"})


def _header(rec, name):
    return next((v for k, v in rec.headers.items() if k.lower() == name.lower()), None)


@pytest.mark.parametrize("spec_id", ALL)
def test_mturk_preview_shows_items_and_disables_submit(browser, specs, spec_id):
    spec = specs[spec_id]
    query = urlencode({"assignmentId": "ASSIGNMENT_ID_NOT_AVAILABLE", "hitId": "H", "turkSubmitTo": SANDBOX})
    browser.open_task(spec_id, query=query, submission_patterns=[SANDBOX + "/*"])
    assert browser.js("return window.hitc.target") == "mturk-preview"
    assert len(pk.items(browser)) == spec.items_per_hit, "the preview shows the real items"
    submit = browser.driver.find_element(By.ID, "hitc-submit")
    assert not submit.is_enabled()
    notice = browser.driver.find_element(By.ID, "hitc-notice")
    assert pk.is_shown(browser, notice)
    assert "accept the hit" in notice.text.lower()
    # Answering is possible, submitting is not.
    pk.fill_by_mouse(browser, spec, MOUSE[spec_id][:1])
    browser.js("document.getElementById('hitc-form').requestSubmit()")
    time.sleep(0.3)
    assert browser.cdp.non_image() == []
    assert browser.console_errors() == []


@pytest.mark.parametrize("spec_id", ALL)
def test_mturk_accepted_assignment_posts_every_field(browser, specs, spec_id):
    spec = specs[spec_id]
    plan = MOUSE[spec_id]
    browser.open_task(spec_id, query=_mturk_query(), submission_patterns=[SANDBOX + "/*"])
    assert browser.js("return window.hitc.target") == "mturk"
    pk.fill_by_mouse(browser, spec, plan)
    feedback = "Fine & \"clear\" <thanks>" if spec.feedback else ""
    if spec.feedback:
        pk.click(browser, browser.driver.find_element(By.ID, "hitc-feedback"))
        browser.driver.find_element(By.ID, "hitc-feedback").send_keys(feedback)
    page_items = browser.js("return window.hitc.items")
    pk.click_submit(browser)
    rec = browser.cdp.wait_for_submission()
    assert rec.method == "POST"
    assert rec.url == SANDBOX + "/mturk/externalSubmit"
    assert rec.resource_type == "Document", "a real form POST (navigation), not a script request"
    assert (_header(rec, "Content-Type") or "").startswith("application/x-www-form-urlencoded")
    form = rec.form()
    assert all(len(v) == 1 for v in form.values()), f"a field sent twice: {form}"
    sent = {k: v[0] for k, v in form.items()}
    expected = pk.expected_answers(spec, plan, page_items, feedback)
    expected["assignmentId"] = "3XTESTASSIGNMENT0001"
    assert set(sent) == set(expected) | {"hitc_seconds"}
    assert pk.without_seconds(sent) == expected
    assert sent["hitc_seconds"].isdigit()
    for n in range(1, spec.items_per_hit + 1):  # every item/question pair, answered or not
        assert f"item{n}" in sent and all(f"item{n}_{q}" in sent for q in spec.questions)
    for reserved in ("hitId", "turkSubmitTo", "workerId"):
        assert reserved not in sent
    browser.wait(lambda: browser.js("return !!document.getElementById('received')"),
                 message="the page did not navigate to the submission response")


def test_mturk_unanswered_optional_and_hidden_fields_are_sent_empty(browser, specs):
    spec = specs["answer-helpfulness"]
    plan = [dict(MOUSE[spec.id][0]), dict(MOUSE[spec.id][1])]
    plan[0].pop("comment")
    browser.open_task(spec.id, query=_mturk_query(), submission_patterns=[SANDBOX + "/*"])
    pk.fill_by_mouse(browser, spec, plan)
    pk.click_submit(browser)
    sent = {k: v[0] for k, v in browser.cdp.wait_for_submission().form().items()}
    assert sent["item1_comment"] == "" and sent["item2_comment"] == ""
    assert sent["hitc_feedback"] == ""


def test_mturk_without_items_refuses_to_start(browser, specs):
    spec = specs["grocery-search-relevance"]
    browser.open(browser.task_file(spec.id, None), query=_mturk_query(), submission_patterns=[SANDBOX + "/*"])
    assert not browser.driver.find_element(By.ID, "hitc-submit").is_enabled()
    notice = browser.driver.find_element(By.ID, "hitc-notice")
    assert pk.is_shown(browser, notice) and "return" in notice.text.lower()
    assert pk.items(browser) == []


def test_mturk_with_a_broken_payload_refuses_to_start(browser, specs):
    spec = specs["grocery-search-relevance"]
    path = browser.task_file(spec.id, None)
    path.write_text(path.read_text(encoding="utf-8").replace("${items}", "hitc1:%%%not-base64"), encoding="utf-8")
    browser.open(path, query=_mturk_query(), submission_patterns=[SANDBOX + "/*"])
    assert not browser.driver.find_element(By.ID, "hitc-submit").is_enabled()
    assert "could not be read" in browser.driver.find_element(By.ID, "hitc-notice").text
    assert browser.script_calls() == []


GENERIC = [s for s in ALL if s != "product-categorisation"]  # the specs with a generic target


@pytest.mark.parametrize("spec_id", GENERIC)
def test_generic_target_fetches_json_and_posts_a_message(browser, specs, spec_id):
    spec = specs[spec_id]
    submit_url = spec.raw["targets"]["generic"]["submit_url"]
    plan = MOUSE[spec_id]
    browser.open_task(spec_id, query="target=generic", submission_patterns=[submit_url + "*"])
    assert browser.js("return window.hitc.target") == "generic"
    pk.fill_by_mouse(browser, spec, plan)
    page_items = browser.js("return window.hitc.items")
    pk.click_submit(browser)
    rec = browser.cdp.wait_for_submission()
    assert (rec.method, rec.url) == ("POST", submit_url)
    assert (_header(rec, "Content-Type") or "").startswith("application/json")
    body = rec.json()
    assert pk.without_seconds(body) == pk.expected_answers(spec, plan, page_items)
    browser.wait(lambda: "sent" in browser.driver.find_element(By.ID, "hitc-status").text,
                 message="no confirmation after the answers were sent")
    messages = browser.js("return window.__hitcTest.messages")
    assert [m["data"] for m in messages] == [{"type": "hitc-answers", "answers": body}]
    assert browser.console_errors() == []


def test_generic_target_in_a_host_page_frame(browser, specs):
    spec = specs["grocery-search-relevance"]
    submit_url = spec.raw["targets"]["generic"]["submit_url"]
    plan = MOUSE[spec.id]
    task = browser.task_file(spec.id, None)  # items come by ?items= here
    items_param = urlencode({"items": item_payload(spec.items())})
    host = task.parent / "host.html"
    host.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>'
        f'<iframe id="task" title="Task" src="task.html?{items_param}" width="1200" height="900"></iframe>'
        "</body></html>",
        encoding="utf-8",
    )
    browser.open(host, submission_patterns=[submit_url + "*"], wait_for_hitc=False)
    browser.driver.switch_to.frame("task")
    try:
        browser.wait(lambda: browser.js("return !!window.hitc"))
        assert browser.js("return window.hitc.target") == "generic"
        pk.fill_by_mouse(browser, spec, plan)
        page_items = browser.js("return window.hitc.items")
        pk.click_submit(browser)
        body = browser.cdp.wait_for_submission().json()
    finally:
        browser.driver.switch_to.default_content()
    assert pk.without_seconds(body) == pk.expected_answers(spec, plan, page_items)
    # The page posts its message once the POST has answered, which can be after the request is seen.
    browser.wait(lambda: browser.js("return window.__hitcTest.messages.length") > 0,
                 message="the framed page posted no message to its host")
    messages = browser.js("return window.__hitcTest.messages")
    assert messages == [{"data": {"type": "hitc-answers", "answers": body}, "origin": "null", "fromChild": True}]


def test_prolific_redirects_with_the_completion_code(browser, specs):
    spec = specs["grocery-search-relevance"]
    code = spec.raw["targets"]["prolific"]["completion_code"]
    browser.open_task(spec.id, query="PROLIFIC_PID=P1&STUDY_ID=S1&SESSION_ID=X1",
                      submission_patterns=["https://app.prolific.com/*"])
    assert browser.js("return window.hitc.target") == "prolific"
    pk.fill_by_mouse(browser, spec, MOUSE[spec.id])
    pk.click_submit(browser)
    rec = browser.cdp.wait_for_submission()
    assert rec.url == f"https://app.prolific.com/submissions/complete?cc={code}"


def test_none_target_shows_json_with_copy_and_download(browser, specs, download_dir):
    spec = specs["grocery-search-relevance"]
    plan = MOUSE[spec.id]
    browser.open_task(spec.id)
    assert browser.js("return window.hitc.target") == "none"
    pk.fill_by_mouse(browser, spec, plan)
    page_items = browser.js("return window.hitc.items")
    pk.click_submit(browser)
    expected = pk.expected_answers(spec, plan, page_items)
    shown = json.loads(browser.driver.find_element(By.ID, "hitc-answers-json").text)
    assert pk.without_seconds(shown) == expected
    assert browser.cdp.non_image() == [], "target none sends nothing"
    pk.click(browser, browser.driver.find_element(By.ID, "hitc-copy"))
    browser.wait(lambda: browser.driver.find_element(By.ID, "hitc-copy-status").text.strip() != "")
    for old in download_dir.glob("*"):
        old.unlink()
    pk.click(browser, browser.driver.find_element(By.ID, "hitc-download"))
    target = download_dir / f"{spec.id}-answers.json"
    browser.wait(lambda: target.is_file() and target.stat().st_size > 0, message="no download")
    time.sleep(0.2)
    assert json.loads(target.read_text(encoding="utf-8")) == shown
    assert browser.console_errors() == []


def test_opened_from_disk_without_items_shows_demo_items(browser, specs):
    spec = specs["grocery-search-relevance"]
    browser.open(browser.bundle(spec.id) / "task.html")
    assert browser.js("return window.hitc.target") == "none"
    assert len(pk.items(browser)) >= 1
    notice = browser.driver.find_element(By.ID, "hitc-notice")
    assert pk.is_shown(browser, notice) and "demo" in notice.text.lower()
    assert browser.console_errors() == []
