"""The task page's keys and focus moves (issue 14): the key rule, Ctrl/Cmd+Enter, Esc,
auto-advance (and turning it off), focus to a revealed required question, n/p free.

Every key is a real key event sent to whatever has the focus (pagekit.press)."""

import json
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import goalkit as gk
import pagekit as pk

GROCERY = "grocery-search-relevance"


def _slot(b):
    return pk.focus_info(b)["slot"]


def _status(b) -> str:
    return b.driver.find_element(By.ID, "hitc-status").text.strip()


def _with_config(b, spec_id: str, change: dict):
    """task.html of `spec_id` with keys of its script configuration replaced (the configuration
    is JSON data, outside the hash of the script's security policy)."""
    html = (b.bundle(spec_id) / "task.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/json" id="hitc-config">') + len('<script type="application/json" id="hitc-config">')
    end = html.index("</script>", start)
    cfg = json.loads(html[start:end])
    cfg.update(change)
    html = html[:start] + json.dumps(cfg).replace("<", "\\u003c").replace("$", "\\u0024") + html[end:]
    folder = b.workdir / f"cfg-{time.monotonic_ns()}"
    folder.mkdir()
    path = folder / "task.html"
    path.write_text(html.replace("${items}", ""), encoding="utf-8")
    return path


def test_keys_answer_and_advance_then_ctrl_enter_submits(browser, specs):
    browser.open(browser.task_file(GROCERY, None))
    pk.press(browser, "1")  # no focus yet: the item in view (1) is answered, then item 2 comes up
    assert browser.answers()["item1_relevance"] == "exact"
    assert _slot(browser) == 2
    pk.press(browser, "3")
    assert _slot(browser) == 3
    assert browser.js("var r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight")
    pk.press(browser, "2", "4", "1")
    answers = browser.answers()
    assert [answers[f"item{n}_relevance"] for n in range(1, 6)] == ["exact", "complement", "substitute", "irrelevant", "exact"]
    assert _slot(browser) == 5  # nothing left unanswered: the focus stays
    gk.Keys(browser, gap=0).ctrl_enter()
    box = browser.driver.find_element(By.ID, "hitc-answers")
    browser.wait(lambda: pk.is_shown(browser, box), message="Ctrl+Enter did not submit")


def test_advance_skips_answered_items_and_wraps(browser):
    browser.open(browser.task_file(GROCERY, None))
    pk.goto_item(browser, 3)
    pk.press(browser, "1")
    assert _slot(browser) == 4
    pk.press(browser, "1")
    assert _slot(browser) == 5
    pk.press(browser, "1")
    assert _slot(browser) == 1  # wraps to the first unanswered item
    pk.press(browser, "1")
    assert _slot(browser) == 2


def test_a_click_on_a_single_choice_advances_but_a_check_box_does_not(browser):
    browser.open(browser.task_file(GROCERY, None))
    pk.click_option(browser, 1, "relevance", "substitute")
    browser.wait(lambda: _slot(browser) == 2, message="a click on item 1's answer did not move to item 2")
    browser.open(browser.task_file("product-categorisation", None))
    pk.answer_by_mouse(browser, browser.specs["product-categorisation"], 1, "category", "pantry")
    pk.click_option(browser, 1, "dietary_tags", "vegan")
    time.sleep(0.2)
    assert _slot(browser) == 1, "ticking a check box moved the focus away from its item"


def test_auto_advance_off_keeps_the_focus(browser):
    path = _with_config(browser, GROCERY, {"autoAdvance": False})
    browser.open(path)
    pk.press(browser, "j", "1")
    assert browser.answers()["item1_relevance"] == "exact"
    assert _slot(browser) == 1
    legend = browser.driver.find_element(By.ID, "hitc-legend-advance")
    assert not pk.is_shown(browser, legend) and legend.get_attribute("hidden") is not None


def test_a_revealed_required_question_takes_the_focus_and_esc_returns_to_the_item(browser):
    browser.open(browser.task_file(GROCERY, None))
    pk.press(browser, "j", "0")  # Can't judge: the required reason box appears and takes the focus
    info = pk.focus_info(browser)
    assert (info["slot"], info["question"], info["tag"]) == (1, "reason", "textarea")
    pk.press(browser, "no name")
    pk.press(browser, Keys.ESCAPE)
    info = pk.focus_info(browser)
    assert (info["slot"], info["question"], info["tag"]) == (1, None, "section")
    pk.press(browser, "j")  # a key again, not a letter typed
    assert _slot(browser) == 2
    assert browser.answers()["item1_reason"] == "no name"


def test_ctrl_enter_submits_from_a_text_box_and_cmd_enter_too(browser):
    browser.open(browser.task_file(GROCERY, None))
    pk.press(browser, "j", "0")
    # The revealed box takes the focus once the answer's change event is done (a timer): wait for it.
    browser.wait(lambda: pk.typing_focus(pk.focus_info(browser)), message="the revealed box did not take the focus")
    pk.press(browser, "why")
    gk.Keys(browser, gap=0).ctrl_enter()  # from the box: validation runs (items 2-5 missing)
    assert "need attention" in _status(browser)
    assert browser.answers()["item1_reason"] == "why"  # no newline typed
    browser.open(browser.task_file(GROCERY, None))
    pk.press(browser, "1", "1", "1", "1", "1")
    gk.Keys(browser, gap=0).cmd_enter()
    box = browser.driver.find_element(By.ID, "hitc-answers")
    browser.wait(lambda: pk.is_shown(browser, box), message="Cmd+Enter did not submit")


def test_n_and_p_move_nothing(browser):
    browser.open(browser.task_file(GROCERY, None))
    pk.press(browser, "j")
    pk.press(browser, "n", "n", "p")
    assert _slot(browser) == 1
    legend = browser.driver.find_element(By.ID, "hitc-legend").get_attribute("textContent")
    assert "(also n)" not in legend and "(also p)" not in legend


def test_legend_states_the_key_rule(browser):
    browser.open(browser.task_file(GROCERY, None))
    pk.press(browser, "?")
    text = browser.driver.find_element(By.ID, "hitc-legend").text
    assert "the question you are in" in text and "first unanswered question" in text
    assert "Ctrl" in text and "Esc" in text


def test_shared_keys_follow_the_rule_and_an_ambiguous_key_says_so(browser, tmp_path):
    bundle = gk.build_goal_spec("shared-keys", tmp_path)
    browser.open(gk.task_copy(bundle, tmp_path / "page", None))
    qs = browser.js("return window.hitc.config.questions.map(q => [q.id, q.keys || {}])")
    (first, keys1), (second, keys2) = qs[0], qs[1]
    shared = sorted(set(keys1) & set(keys2))
    assert len(shared) >= 2, qs
    a, b = shared[0], shared[1]
    pk.press(browser, "j", a)  # (c): the first unanswered question with the key
    got = browser.answers()
    assert (got[f"item1_{first}"], got[f"item1_{second}"]) == (keys1[a], "")
    pk.press(browser, b)  # the first question is answered: the second one takes it
    got = browser.answers()
    assert (got[f"item1_{first}"], got[f"item1_{second}"]) == (keys1[a], keys2[b])
    pk.goto_item(browser, 1)
    pk.press(browser, a)  # both answered: nothing changes, the status line says how to change one
    got = browser.answers()
    assert (got[f"item1_{first}"], got[f"item1_{second}"]) == (keys1[a], keys2[b])
    assert "Tab into the question" in _status(browser)
    pk.tab_to(browser, pk.control_selector(1, second, "input:checked"))
    pk.press(browser, a)  # (a): the question holding the focus
    assert browser.answers()[f"item1_{second}"] == keys2[a]
    assert browser.answers()[f"item1_{first}"] == keys1[a]


def _press_on_layout(b, key: str, code: str):
    """One key press as a keyboard layout of another script gives it: `key` the character
    typed, `code` the physical key (what a US keyboard has at that place)."""
    b.driver.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "code": code, "text": key})
    b.driver.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code})


def test_a_layout_of_another_script_still_has_the_legends_keys(browser):
    """Arabic-Indic digits and Cyrillic letters (issue 16): a non-ASCII key is read as the key at
    its place on a US keyboard, so digits and j/k work on every layout."""
    browser.open(browser.task_file(GROCERY, None))
    _press_on_layout(browser, "١", "Digit1")  # Arabic-Indic one, as macOS's Arabic layout types it
    assert browser.answers()["item1_relevance"] == "exact"
    assert _slot(browser) == 2
    _press_on_layout(browser, "о", "KeyJ")  # the J key of a Russian layout types о
    assert _slot(browser) == 3
    _press_on_layout(browser, "л", "KeyK")  # and its K key л
    assert _slot(browser) == 2
    _press_on_layout(browser, "۳", "Numpad3")  # a Persian three from the number pad
    assert browser.answers()["item2_relevance"] == "complement"
