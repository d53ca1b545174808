"""Every question type answered by mouse and by keyboard only, on every example spec."""

import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import pagekit as pk
from plans import EXAMPLES, KEYBOARD, MOUSE

ALL = EXAMPLES + ["xss-corpus"]


def _check_done(b, spec, plan):
    page_items = b.js("return window.hitc.items")
    expected = pk.expected_answers(spec, plan, page_items)
    got = b.answers()
    assert pk.without_seconds(got) == expected
    assert got["hitc_seconds"].isdigit()
    n = spec.items_per_hit
    assert pk.progress(b) == f"{n} of {n} items answered"
    assert all(s.get_attribute("data-complete") == "true" for s in pk.items(b))
    return expected


def _check_shown_json(b, expected):
    box = b.driver.find_element(By.ID, "hitc-answers")
    b.wait(lambda: pk.is_shown(b, box), message="answers were not shown after submit")
    shown = json.loads(b.driver.find_element(By.ID, "hitc-answers-json").text)
    assert pk.without_seconds(shown) == expected
    assert b.console_errors() == []
    assert b.script_calls() == []


@pytest.mark.parametrize("spec_id", ALL)
def test_mouse_answers_every_question(browser, specs, spec_id):
    spec = specs[spec_id]
    browser.open_task(spec_id)
    assert len(pk.items(browser)) == spec.items_per_hit
    assert pk.progress(browser) == f"0 of {spec.items_per_hit} items answered"
    pk.fill_by_mouse(browser, spec, MOUSE[spec_id])
    expected = _check_done(browser, spec, MOUSE[spec_id])
    pk.click_submit(browser)
    _check_shown_json(browser, expected)


@pytest.mark.parametrize("spec_id", ALL)
def test_keyboard_only_answers_every_question(browser, specs, spec_id):
    spec = specs[spec_id]
    browser.open_task(spec_id)
    pk.fill_by_keyboard(browser, spec, KEYBOARD[spec_id])
    expected = _check_done(browser, spec, KEYBOARD[spec_id])
    pk.submit_by_keyboard(browser)
    _check_shown_json(browser, expected)


def test_j_and_k_move_between_items_and_hotkeys_follow_the_focus(browser, specs):
    spec = specs["grocery-search-relevance"]
    browser.open_task(spec.id)
    pk.press(browser, "j")
    assert pk.focus_info(browser)["slot"] == 1
    pk.press(browser, "j", "j")
    assert pk.focus_info(browser)["slot"] == 3
    pk.press(browser, "2")  # substitute, for item 3 only; the next unanswered item (4) comes up
    assert pk.focus_info(browser)["slot"] == 4
    pk.press(browser, "k")
    assert pk.focus_info(browser)["slot"] == 3
    pk.press(browser, "j", "j", "j", "j", "j")  # stops at the last item
    assert pk.focus_info(browser)["slot"] == spec.items_per_hit
    pk.press(browser, "n", "p")  # n and p are free for options: they move nothing
    assert pk.focus_info(browser)["slot"] == spec.items_per_hit
    answers = browser.answers()
    assert answers["item3_relevance"] == "substitute"
    assert [answers[f"item{n}_relevance"] for n in (1, 2, 4, 5)] == ["", "", "", ""]


def test_legend_lists_hotkeys_and_toggles_with_question_mark(browser, specs):
    spec = specs["grocery-search-relevance"]
    browser.open_task(spec.id)
    legend = browser.driver.find_element(By.ID, "hitc-legend")
    assert not pk.is_shown(browser, legend)
    pk.press(browser, "?")
    assert pk.is_shown(browser, legend)
    text = legend.text
    for option in spec.questions["relevance"].options:
        assert option.label in text and option.key in text
    for key in ("j", "k"):
        assert key in text
    pk.press(browser, Keys.ESCAPE)
    assert not pk.is_shown(browser, legend)


def test_scale_takes_digit_keys_inside_its_group(browser, specs):
    spec = specs["answer-helpfulness"]
    browser.open_task(spec.id)
    pk.goto_item(browser, 2)
    pk.tab_to(browser, pk.control_selector(2, "helpful_b", "input"))
    pk.press(browser, "4")
    assert browser.answers()["item2_helpful_b"] == "4"
    pk.press(browser, "2")
    assert browser.answers()["item2_helpful_b"] == "2"
    pk.press(browser, "9")  # not a point of the 1-5 scale
    assert browser.answers()["item2_helpful_b"] == "2"
    assert browser.answers()["item1_helpful_b"] == ""
    assert browser.answers()["item2_helpful_a"] == ""


def test_multi_choice_hotkeys_toggle(browser, specs):
    spec = specs["product-categorisation"]
    browser.open_task(spec.id)
    pk.goto_item(browser, 2)
    pk.press(browser, "1", "2", "5")
    assert browser.answers()["item2_dietary_tags"] == "vegan|vegetarian|organic"
    pk.press(browser, "1")
    assert browser.answers()["item2_dietary_tags"] == "vegetarian|organic"
    assert browser.answers()["item1_dietary_tags"] == ""


def test_hotkeys_are_off_while_typing(browser, specs):
    spec = specs["grocery-search-relevance"]
    browser.open_task(spec.id)
    pk.goto_item(browser, 1)
    pk.press(browser, "0")  # Can't judge: the reason box appears
    pk.tab_to(browser, pk.control_selector(1, "reason", "textarea"))
    pk.press(browser, "j1k2?")
    answers = browser.answers()
    assert answers["item1_reason"] == "j1k2?"
    assert answers["item1_relevance"] == "cant_judge"
    assert pk.focus_info(browser)["slot"] == 1
    assert not pk.is_shown(browser, browser.driver.find_element(By.ID, "hitc-legend"))
