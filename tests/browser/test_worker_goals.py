"""Issue 14's measurable goals for the worker's page, tried as a worker would (real key events
and clicks in Chromium), written against the contract of the issue (CONTRACT14):

- 6 keystrokes answer the grocery example's five items "Exact match" and submit it;
- the first item's first answer control is above the fold at 1280x800 on every example spec;
- a sticky bar (progress, shortcuts button, Submit) stays in view at 1280 and 390 px;
- Esc leaves a text box for its item (a following `j` does not type); Ctrl/Cmd+Enter submits;
- an answer that reveals a required question moves the focus to it;
- auto-advance: answering an item's last required question moves to the next item;
- a key shared by two questions answers one only, by the rule, never an answered one silently;
- `n`/`p` move nothing and are free for options;
- exclusive options clear the others and the reverse;
- a payload with more items than `items_per_hit` is refused with a message and no Submit;
- the instructions are open on a first visit, collapsed on the next, open again for a new version;
- density: option hints not repeated on every item, multi-choice options in columns, scales of
  7 and 11 points on one row with equal widths at 390 and 1280 px.

Small specs of their own are in tests/browser/specs/{shared-keys,free-letters,exclusive,density}
(built by goalkit with the hitc under test). `pageqa` owns this file (issue 14).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys as K

import goalkit as gk
import pagekit as pk
from plans import EXAMPLES
from specinfo import ROOT

GROCERY = "grocery-search-relevance"
# A phrase of the grocery guidelines summary (the instructions), found nowhere else on the page.
SUMMARY_PHRASE = "it is what they asked for"


def _open_demo(b, spec_id: str, query: str = "", submission_patterns=()):
    """task.html from disk without a payload: the demo items (the spec's sample rows)."""
    return b.open(b.task_file(spec_id, None), query, submission_patterns)


def _open_bundle(b, bundle, items=None, query: str = "", submission_patterns=(), tag: str = "goal"):
    path = gk.task_copy(bundle, b.workdir / f"{tag}-{time.monotonic_ns()}", items)
    return b.open(path, query, submission_patterns)


def _shown_answers(b) -> dict:
    box = b.driver.find_element(By.ID, "hitc-answers")
    b.wait(lambda: pk.is_shown(b, box), message="the answers were not shown: the page did not submit")
    return json.loads(b.driver.find_element(By.ID, "hitc-answers-json").text)


def _status(b) -> str:
    return b.driver.find_element(By.ID, "hitc-status").text.strip()


# ---------------------------------------------------------------------------- 6 keystrokes


@pytest.mark.parametrize("target", ["demo", "mturk"])
def test_six_keystrokes_answer_five_items_exact_and_submit(browser, specs, target):
    """The grocery example: `1` five times, then Ctrl+Enter; nothing else touches the page."""
    spec = specs[GROCERY]
    if target == "mturk":
        browser.open_task(GROCERY, query=gk.MTURK_QUERY, submission_patterns=[gk.SANDBOX + "/*"])
    else:
        _open_demo(browser, GROCERY)
    n = len(pk.items(browser))
    assert n == spec.items_per_hit == 5
    keys = gk.Keys(browser)
    for _ in range(5):
        keys.press("1")
    keys.ctrl_enter()
    assert keys.count == 6 and keys.sent == ["1"] * 5 + ["Ctrl+Enter"]
    on_page = browser.answers() if target != "mturk" else None  # (the MTurk page has navigated away)
    try:
        if target == "mturk":
            sent = {k: v[0] for k, v in browser.cdp.wait_for_submission().form().items()}
        else:
            sent = _shown_answers(browser)
    except Exception as e:
        pytest.fail(f"no submission after {keys.sent}: {e}; page answers: "
                    f"{ {k: v for k, v in (on_page or browser.answers()).items() if k.endswith('_relevance')} }")
    got = [sent.get(f"item{i}_relevance") for i in range(1, 6)]
    assert got == ["exact"] * 5, f"after {keys.sent}: relevance per item {got}"
    assert all(sent.get(f"item{i}_reason") == "" for i in range(1, 6))
    assert browser.console_errors() == []


# ---------------------------------------------------------------------------- above the fold


@pytest.mark.parametrize("spec_id", EXAMPLES)
def test_first_answer_control_above_the_fold_at_1280x800(browser, specs, spec_id):
    """A worker's return visit (instructions remembered as seen), demo items and their banner,
    images the size of a product photo: the first item's first answer control is wholly in
    the 1280x800 viewport without scrolling and nothing covers it."""
    with gk.viewport(browser.driver, 1280, 800), gk.photo_images():
        _open_demo(browser, spec_id)
        gk.clear_storage(browser)
        _open_demo(browser, spec_id)  # first visit
        gk.settle_page(browser)
        _open_demo(browser, spec_id)  # the next page of the same task
        gk.settle_page(browser)
        browser.js("window.scrollTo(0, 0)")
        control = gk.first_control(browser)
        assert control is not None, "no answer control in the first item"
        where = gk.in_view(browser, control)
        assert where["inView"], f"{spec_id}: first answer control not visible without scrolling: {where}"


def test_demo_banner_is_one_line(browser):
    with gk.viewport(browser.driver, 1280, 800):
        _open_demo(browser, GROCERY)
        notice = browser.driver.find_element(By.ID, "hitc-notice")
        assert pk.is_shown(browser, notice)
        lines = browser.js(
            """
            const n = arguments[0], cs = getComputedStyle(n);
            const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.5;
            const inner = n.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)
                          - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth);
            return Math.round(inner / lh);
            """,
            notice,
        )
        assert lines == 1, f"the demo banner takes {lines} lines"


# ---------------------------------------------------------------------------- sticky bar


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_sticky_bar_keeps_progress_shortcuts_and_submit_in_view(browser, specs, width, height):
    spec = specs[GROCERY]
    with gk.viewport(browser.driver, width, height):
        browser.open_task(GROCERY)
        assert browser.js("return document.documentElement.scrollHeight") > height + 100, "page too short to test"
        for where in ("bottom", "middle", "top"):
            browser.js({"bottom": "window.scrollTo(0, document.documentElement.scrollHeight)",
                        "middle": "window.scrollTo(0, document.documentElement.scrollHeight / 2)",
                        "top": "window.scrollTo(0, 0)"}[where])
            time.sleep(0.2)
            progress = browser.driver.find_element(By.ID, "hitc-progress")
            assert progress.text.strip() == f"0 of {spec.items_per_hit} items answered"
            for el_id in ("hitc-progress", "hitc-submit", "hitc-legend-toggle"):
                seen = gk.in_view(browser, browser.driver.find_element(By.ID, el_id))
                assert seen["inView"], f"#{el_id} not in view at {width}px, scrolled to the {where}: {seen}"


# ---------------------------------------------------------------------------- Esc, Ctrl+Enter


def test_esc_leaves_a_text_box_for_its_item_and_j_then_moves(browser, specs):
    browser.open_task(GROCERY)
    pk.click_option(browser, 1, "relevance", "cant_judge")
    box = pk.question(browser, 1, "reason").find_element(By.CSS_SELECTOR, "textarea, input[type=text]")
    pk.click(browser, box)
    keys = gk.Keys(browser)
    for ch in "abc":
        keys.press(ch)
    assert browser.answers()["item1_reason"] == "abc"
    keys.press(K.ESCAPE, "Esc")
    info = pk.focus_info(browser)
    assert info["slot"] == 1 and not pk.typing_focus(info), f"after Esc the focus is at {info}"
    keys.press("j")
    assert browser.answers()["item1_reason"] == "abc", "j was typed into the box"
    assert pk.focus_info(browser)["slot"] == 2, "j after Esc did not move to the next item"


def _answer_all_but_last_reason(b):
    for n in range(1, 5):
        pk.click_option(b, n, "relevance", "exact")
    pk.click_option(b, 5, "relevance", "cant_judge")
    box = pk.question(b, 5, "reason").find_element(By.CSS_SELECTOR, "textarea, input[type=text]")
    pk.click(b, box)
    box.send_keys("no name")


def test_ctrl_enter_submits_from_a_text_box(browser):
    browser.open_task(GROCERY, query=gk.MTURK_QUERY, submission_patterns=[gk.SANDBOX + "/*"])
    _answer_all_but_last_reason(browser)
    assert pk.typing_focus(pk.focus_info(browser))
    gk.Keys(browser).ctrl_enter()
    sent = {k: v[0] for k, v in browser.cdp.wait_for_submission().form().items()}
    assert [sent[f"item{i}_relevance"] for i in range(1, 6)] == ["exact"] * 4 + ["cant_judge"]
    assert sent["item5_reason"] == "no name", "Ctrl+Enter changed the text box"


def test_cmd_enter_submits_from_an_item(browser):
    browser.open_task(GROCERY)
    _answer_all_but_last_reason(browser)
    keys = gk.Keys(browser)
    keys.press(K.ESCAPE, "Esc")
    keys.cmd_enter()
    sent = _shown_answers(browser)
    assert sent["item5_reason"] == "no name" and sent["item1_relevance"] == "exact"


# ---------------------------------------------------------------------------- focus moves


@pytest.mark.parametrize("how", ["key", "click"])
def test_focus_goes_to_a_newly_revealed_required_question(browser, how):
    browser.open_task(GROCERY)
    if how == "key":
        keys = gk.Keys(browser)
        keys.press("j")
        assert pk.focus_info(browser)["slot"] == 1
        keys.press("0")  # Can't judge: the required reason appears
    else:
        pk.click_option(browser, 1, "relevance", "cant_judge")
    time.sleep(0.2)
    info = pk.focus_info(browser)
    assert (info["slot"], info["question"]) == (1, "reason"), f"focus after revealing 'reason': {info}"
    assert pk.typing_focus(info), f"focus is not in the reason box: {info}"


@pytest.mark.parametrize("how", ["key", "click"])
def test_auto_advance_moves_to_the_next_item(browser, how):
    browser.open_task(GROCERY)
    if how == "key":
        keys = gk.Keys(browser)
        keys.press("j")
        keys.press("2")
    else:
        pk.click_option(browser, 1, "relevance", "substitute")
    time.sleep(0.6)  # a smooth scroll
    assert browser.answers()["item1_relevance"] == "substitute"
    info = pk.focus_info(browser)
    assert info["slot"] == 2, f"focus after answering item 1: {info}"
    assert gk.active_slot_in_view(browser), "item 2 has the focus but is not scrolled into view"


# ---------------------------------------------------------------------------- keys that cannot misfire


@pytest.fixture
def shared_keys(tmp_path):
    return gk.build_goal_spec("shared-keys", tmp_path)


def test_shared_key_answers_one_question_and_never_changes_an_answered_one(browser, shared_keys):
    """clarity and tone both take 1-3. With the item current and no question focused, a key
    answers the first unanswered question with it; when none is left it changes nothing and
    the status line says what to do; in a focused question it answers that question."""
    _open_bundle(browser, shared_keys)
    keys = gk.Keys(browser)
    keys.press("j")
    assert pk.focus_info(browser)["slot"] == 1
    keys.press("2")
    a = browser.answers()
    assert (a["item1_clarity"], a["item1_tone"]) == ("fair", ""), f"after 2: {a}"
    keys.press("3")
    a = browser.answers()
    assert (a["item1_clarity"], a["item1_tone"]) == ("fair", "polite"), \
        f"after 2, 3: clarity {a['item1_clarity']!r}, tone {a['item1_tone']!r} (the answered clarity changed?)"
    # Back on item 1 (auto-advance may have moved on), no question focused: a key changes nothing.
    item1 = pk.item(browser, 1)
    browser.js("arguments[0].focus()", item1)
    keys.press("1")
    a = browser.answers()
    assert (a["item1_clarity"], a["item1_tone"]) == ("fair", "polite"), f"an answered question changed: {a}"
    assert "tab" in _status(browser).lower(), f"status line after a key with no target: {_status(browser)!r}"
    # In a focused question, the key is that question's.
    tone_button = pk.question(browser, 1, "tone").find_element(By.CSS_SELECTOR, "input[value=polite]")
    browser.js("arguments[0].focus()", tone_button)
    keys.press("1")
    a = browser.answers()
    assert (a["item1_clarity"], a["item1_tone"]) == ("fair", "rude"), f"focused question: {a}"


@pytest.mark.parametrize("height", [800, 1000])
@pytest.mark.parametrize("which", ["exclusive", GROCERY])
def test_first_j_from_the_top_goes_to_item_1(browser, tmp_path, which, height):
    """A return visit at 1280 px wide, nothing focused, scrolled to the top: `j` goes to item 1.
    (A compact item 1 that ends in the top 30% of the window must not be skipped.)"""
    with gk.viewport(browser.driver, 1280, height):
        if which == GROCERY:
            opener = lambda: _open_demo(browser, GROCERY)  # noqa: E731
        else:
            bundle = gk.build_goal_spec(which, tmp_path)
            opener = lambda: _open_bundle(browser, bundle)  # noqa: E731
        opener()
        gk.clear_storage(browser)
        opener()
        opener()
        browser.js("window.scrollTo(0, 0)")
        info = pk.focus_info(browser)
        keys = gk.Keys(browser)
        keys.press("j")
        after = pk.focus_info(browser)
        assert after["slot"] == 1, f"j from the top went to {after} (focus before: {info})"


def test_checker_rejects_a_multi_choice_sharing_a_key_with_another_question(tmp_path):
    """What the key rule cannot disambiguate is refused: shared-keys with `tone` made a
    multi_choice (keys 1-3, as clarity's) fails `hitc check` with a located error naming both."""
    spec_dir = tmp_path / "shared-multi"
    shutil.copytree(gk.GOAL_SPECS / "shared-keys", spec_dir)
    spec = spec_dir / "spec.yaml"
    text = spec.read_text(encoding="utf-8")
    old = "    tone:\n      type: single_choice\n"
    assert old in text
    spec.write_text(text.replace(old, "    tone:\n      type: multi_choice\n")
                    .replace("answers: { clarity: clear, tone: polite }", "answers: { clarity: clear, tone: [polite] }")
                    .replace("answers: { clarity: fair, tone: rude }", "answers: { clarity: fair, tone: [rude] }")
                    .replace("answers: { clarity: unclear, tone: neutral }", "answers: { clarity: unclear, tone: [neutral] }"),
                    encoding="utf-8")
    proc = subprocess.run([str(gk.hitc_binary()), "check", str(spec)], capture_output=True, text=True)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, f"hitc check accepted a multi_choice sharing keys 1-3 with clarity:\n{out}"
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert errors and all("spec.yaml:" in e for e in errors), out
    assert any("'tone'" in e and "'clarity'" in e for e in errors), f"the error does not name both questions:\n{out}"
    # The same spec with tone single_choice passes: the error is about the multi_choice.
    ok = subprocess.run([str(gk.hitc_binary()), "check", str(gk.GOAL_SPECS / "shared-keys" / "spec.yaml")],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_n_and_p_do_not_move_between_items(browser):
    browser.open_task(GROCERY)
    keys = gk.Keys(browser)
    keys.press("j")
    assert pk.focus_info(browser)["slot"] == 1
    keys.press("n")
    assert pk.focus_info(browser)["slot"] == 1, "n moved to another item"
    keys.press("j")
    keys.press("p")
    assert pk.focus_info(browser)["slot"] == 2, "p moved to another item"
    assert all(v == "" for k, v in browser.answers().items() if k.endswith("_relevance"))


def test_n_and_p_are_option_keys(browser, tmp_path):
    bundle = gk.build_goal_spec("free-letters", tmp_path)
    _open_bundle(browser, bundle)
    keys = gk.Keys(browser)
    keys.press("j")
    keys.press("n")
    assert browser.answers()["item1_request"] == "no"
    browser.js("arguments[0].focus()", pk.item(browser, 2))
    keys.press("p")
    assert browser.answers()["item2_request"] == "partly"


# ---------------------------------------------------------------------------- exclusive options


@pytest.fixture
def exclusive(tmp_path):
    return gk.build_goal_spec("exclusive", tmp_path)


def _tags(b, n=1):
    return b.answers()[f"item{n}_tags"]


def test_exclusive_option_is_marked(browser, exclusive):
    _open_bundle(browser, exclusive)
    marked = browser.js(
        "return Array.from(document.querySelectorAll('section.hitc-item[data-slot=\"1\"] [data-exclusive]'))"
        ".map(e => e.value || (e.querySelector('input') || {}).value)"
    )
    assert marked == ["none"]


def test_exclusive_option_clears_the_others_and_the_reverse_by_mouse(browser, exclusive):
    _open_bundle(browser, exclusive)
    pk.click_option(browser, 1, "tags", "vegan")
    pk.click_option(browser, 1, "tags", "gluten_free")
    assert _tags(browser) == "vegan|gluten_free"
    pk.click_option(browser, 1, "tags", "none")
    assert _tags(browser) == "none", "ticking the exclusive option did not clear the others"
    pk.click_option(browser, 1, "tags", "vegetarian")
    assert _tags(browser) == "vegetarian", "ticking another option did not clear the exclusive one"


def test_exclusive_option_clears_the_others_and_the_reverse_by_keys(browser, exclusive):
    _open_bundle(browser, exclusive)
    keys = gk.Keys(browser)
    browser.js("arguments[0].focus()", pk.item(browser, 1))
    keys.press("1")
    keys.press("2")
    assert _tags(browser) == "vegan|vegetarian"
    keys.press("0")
    assert _tags(browser) == "none"
    keys.press("3")
    assert _tags(browser) == "gluten_free"
    page = browser.js("return window.hitc.answers()")
    assert "|" not in page["item1_tags"] or "none" not in page["item1_tags"].split("|")


def test_guidelines_say_an_exclusive_option_clears_the_others(browser, exclusive):
    browser.open(exclusive / "guidelines.html", wait_for_hitc=False)
    lines = browser.js(
        "return Array.from(document.querySelectorAll('li, tr, dd, p')).map(e => e.textContent)"
        ".filter(t => t.includes('None of these'))"
    )
    assert any(("clear" in t.lower() or "alone" in t.lower()) for t in lines), \
        f"no line of guidelines.html says 'None of these' clears the others: {lines}"


# ---------------------------------------------------------------------------- oversized payload


@pytest.mark.parametrize("target", ["mturk", "disk"])
def test_payload_with_more_items_than_items_per_hit_is_refused(browser, specs, target):
    spec = specs[GROCERY]
    rows = spec.items()
    extra = spec.sample_rows()[spec.items_per_hit]
    items = rows + [{name: extra[name] for name in spec.fields if name in extra}]
    assert len(items) == spec.items_per_hit + 1
    query = gk.MTURK_QUERY if target == "mturk" else ""
    browser.open(browser.task_file(GROCERY, items), query, [gk.SANDBOX + "/*"])
    submit = browser.driver.find_element(By.ID, "hitc-submit")
    notice = browser.driver.find_element(By.ID, "hitc-notice")
    assert not submit.is_enabled(), "Submit is enabled for a payload of 6 items on a 5-item HIT"
    assert pk.is_shown(browser, notice) and notice.text.strip(), "no visible message"
    assert browser.js("return arguments[0].getBoundingClientRect().height", notice) > 0
    browser.js("document.getElementById('hitc-form').requestSubmit()")
    time.sleep(0.3)
    assert browser.cdp.submissions() == []


# ---------------------------------------------------------------------------- instructions memory


def _instructions_open(b, spec) -> bool:
    assert SUMMARY_PHRASE in spec.raw["guidelines"]["summary"]
    return gk.text_visible(b, SUMMARY_PHRASE)


def test_instructions_open_first_then_collapsed_then_open_for_a_new_version(browser, specs, tmp_path):
    spec = specs[GROCERY]
    browser.open_task(GROCERY)
    gk.clear_storage(browser)
    browser.open_task(GROCERY)
    assert _instructions_open(browser, spec), "instructions closed on a first visit"
    # The worker does the page (answers and submits) and gets the next page of the task.
    for n in range(1, 6):
        pk.click_option(browser, n, "relevance", "exact")
    pk.click_submit(browser)
    _shown_answers(browser)
    browser.open_task(GROCERY)
    assert not _instructions_open(browser, spec), "instructions open again on the second page of the task"
    # The same task with a new guideline version: open again.
    newer = gk.build_variant(
        spec.path.parent,
        [("version: 1.3.0\n", "version: 1.4.0\n"),
         ("  changelog:\n", "  changelog:\n    - { version: 1.4.0, date: 2026-12-06, notes: Test version. }\n")],
        tmp_path, "grocery-1.4.0")
    _open_bundle(browser, newer)
    assert _instructions_open(browser, spec), "instructions not reopened for guideline version 1.4.0"
    _open_bundle(browser, newer)
    assert not _instructions_open(browser, spec), "instructions not remembered for version 1.4.0"


# ---------------------------------------------------------------------------- density


def test_option_hints_are_not_repeated_on_every_item(browser, specs):
    """grocery's option hints ("It is what the shopper asked for.", ...) are shown once (legend,
    a tip on focus or hover, the guidelines), not inside the buttons of every item."""
    spec = specs[GROCERY]
    with gk.viewport(browser.driver, 1280, 800):
        browser.open_task(GROCERY)
        browser.js("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
        hints = [o["hint"] for o in spec.raw["hit"]["questions"]["relevance"]["options"] if o.get("hint")]
        assert len(hints) == 5
        shown = browser.js(
            """
            const list = document.getElementById('hitc-items-list');
            return arguments[0].map(h => Array.from(list.querySelectorAll('*'))
              .filter(e => e.children.length === 0 && e.textContent.includes(h) && e.getClientRects().length
                           && e.checkVisibility({visibilityProperty: true, opacityProperty: true})).length);
            """,
            hints,
        )
        assert max(shown) <= 1, f"option hints shown per item: {dict(zip(hints, shown))}"


def _rows(b, n: int, qid: str) -> list[dict]:
    """Each option's box of question `qid` in item n: top, left, width."""
    return b.js(
        """
        const fs = document.querySelector('section.hitc-item[data-slot="' + arguments[0] + '"] ' +
                                          'fieldset.hitc-question[data-question="' + arguments[1] + '"]');
        return Array.from(fs.querySelectorAll('input[type=radio], input[type=checkbox]')).map(i => {
          const r = (i.closest('label') || i).getBoundingClientRect();
          return {top: Math.round(r.top), left: r.left, width: r.width, right: r.right};
        });
        """,
        n, qid,
    )


@pytest.fixture
def density(tmp_path):
    return gk.build_goal_spec("density", tmp_path)


def test_multi_choice_check_boxes_use_the_width(browser, density):
    """Eight tags in the default display (check boxes) at 1280 px: at most three rows
    (one per line on main, most of the width empty)."""
    with gk.viewport(browser.driver, 1280, 800):
        _open_bundle(browser, density)
        boxes = _rows(browser, 1, "topics")
        assert len(boxes) == 8
        rows = sorted({b["top"] for b in boxes})
        assert len(rows) <= 3, f"eight check boxes take {len(rows)} rows at 1280 px: {boxes}"


@pytest.mark.parametrize("width", [390, 1280])
def test_scales_keep_one_row_with_equal_widths(browser, density, width):
    with gk.viewport(browser.driver, width, 844):
        _open_bundle(browser, density)
        for qid, points in (("agree", 7), ("share", 11)):
            boxes = _rows(browser, 1, qid)
            assert len(boxes) == points
            tops = {b["top"] for b in boxes}
            assert len(tops) == 1, f"{qid}: {points} points on {len(tops)} rows at {width} px: {boxes}"
            widths = [b["width"] for b in boxes]
            assert max(widths) - min(widths) <= 1.5, f"{qid}: unequal widths at {width} px: {widths}"
            assert max(b["right"] for b in boxes) <= width, f"{qid}: wider than the {width} px screen"


# ---------------------------------------------------------------------------- smaller defects


@pytest.fixture
def smaller(tmp_path):
    return gk.build_goal_spec("smaller", tmp_path)


def test_markdown_field_renders_a_gfm_table(browser, smaller):
    _open_bundle(browser, smaller)
    block = pk.item(browser, 1).find_element(By.CSS_SELECTOR, '[data-field="details"]')
    cells = browser.js(
        "return Array.from(arguments[0].querySelectorAll('table tr')).map(r => "
        "Array.from(r.children).map(c => c.textContent.trim()))", block)
    assert cells == [["Nutrient", "Amount"], ["Energy", "450 kcal"], ["Fat", "18 g"]], \
        f"no table rendered; the block reads {block.text!r}"
    assert "|" not in block.text


def test_data_text_is_isolated_for_bidirectional_text(browser, smaller):
    """Row 1's name holds U+202E (right-to-left override): the field is isolated (dir=auto,
    <bdi>, or unicode-bidi isolate/plaintext), so it cannot reorder the text around it.
    A guard: main passes it already (Chrome's own style isolates block elements such as the
    h3 and p of text blocks); it fails if a field is made inline without isolation."""
    _open_bundle(browser, smaller)
    name = pk.item(browser, 1).find_element(By.CSS_SELECTOR, '[data-field="name"]')
    assert "\u202e" in browser.js("return arguments[0].textContent", name)
    isolated = browser.js(
        """
        let el = arguments[0];
        const stop = el.closest('section.hitc-item');
        const isolating = e => e.tagName === 'BDI' || e.getAttribute('dir') === 'auto' ||
          ['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(e).unicodeBidi);
        // the field element itself, or a wrapper inside it holding the whole value
        if (isolating(el)) return true;
        const inner = el.firstElementChild;
        return !!inner && inner.textContent === el.textContent && isolating(inner);
        """,
        name,
    )
    assert isolated, "the data text with U+202E is not isolated"


def test_layout_block_shows_its_caption(browser, tmp_path):
    bundle = gk.build_goal_spec("captions", tmp_path)
    _open_bundle(browser, bundle)
    item = pk.item(browser, 1)
    text = item.text
    assert "Stars" in text and "Sold by" in text, f"captions missing from item 1: {text!r}"
    stars = item.find_element(By.CSS_SELECTOR, '[data-field="stars"]')
    block = browser.js("return arguments[0].closest('.hitc-block') || arguments[0].parentElement", stars)
    assert "Stars" in block.text and "5" in block.text, f"the caption is not with the value: {block.text!r}"


def test_local_submit_message_and_submit_state(browser, specs):
    """Opened from disk: after Submit, the message points where the answers are, and Submit
    cannot be pressed again."""
    browser.open_task(GROCERY)
    for n in range(1, 6):
        pk.click_option(browser, n, "relevance", "exact")
    pk.click_submit(browser)
    _shown_answers(browser)
    status = browser.driver.find_element(By.ID, "hitc-status")
    answers = browser.driver.find_element(By.ID, "hitc-answers")
    text = status.text.lower()
    s_top = browser.js("return arguments[0].getBoundingClientRect().top + scrollY", status)
    a_top = browser.js("return arguments[0].getBoundingClientRect().top + scrollY", answers)
    if "below" in text:
        assert a_top > s_top, f"the status says 'below' but the answers are above it: {status.text!r}"
    if "above" in text:
        assert a_top < s_top, f"the status says 'above' but the answers are below it: {status.text!r}"
    assert not browser.driver.find_element(By.ID, "hitc-submit").is_enabled(), "Submit still enabled"


def test_questions_of_columns_line_up(browser, specs):
    """answer-helpfulness at 1280 px: A's and B's questions start at the same height."""
    with gk.viewport(browser.driver, 1280, 800):
        browser.open_task("answer-helpfulness")
        tops = {q: browser.js("return arguments[0].getBoundingClientRect().top", pk.question(browser, 1, q))
                for q in ("helpful_a", "helpful_b", "errors_a", "errors_b")}
        assert abs(tops["helpful_a"] - tops["helpful_b"]) <= 2, f"helpful_a/b tops {tops}"
        assert abs(tops["errors_a"] - tops["errors_b"]) <= 2, f"errors_a/b tops {tops}"


def test_auto_advance_can_be_turned_off(browser, tmp_path):
    """`hit.auto_advance: false` (pagespec's key): answering an item's last question keeps the
    focus on that item."""
    bundle = gk.build_variant(gk.GOAL_SPECS / "shared-keys", [("  items_per_hit: 2\n",
                                                               "  items_per_hit: 2\n  auto_advance: false\n")],
                              tmp_path, "no-advance")
    _open_bundle(browser, bundle)
    keys = gk.Keys(browser)
    keys.press("j")
    keys.press("2")
    keys.press("3")
    time.sleep(0.5)
    a = browser.answers()
    assert (a["item1_clarity"], a["item1_tone"]) == ("fair", "polite"), a
    assert pk.focus_info(browser)["slot"] == 1, "auto-advance moved on although the spec turns it off"


# ---------------------------------------------------------------------------- nothing sticks out


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("spec_id", EXAMPLES)
def test_option_content_stays_inside_its_control(browser, spec_id, width):
    """Every option's label text and key badge lie inside the option's box and the screen
    (a badge straddling a button's border or cut at the screen edge is a trip)."""
    with gk.viewport(browser.driver, width, 844):
        _open_demo(browser, spec_id)
        out = browser.js(
            """
            const bad = [];
            const item = document.querySelector('section.hitc-item[data-slot="1"]');
            for (const input of item.querySelectorAll('fieldset.hitc-question input[type=radio], fieldset.hitc-question input[type=checkbox]')) {
              const label = input.closest('label');
              if (!label || !label.getClientRects().length) continue;
              const box = label.getBoundingClientRect();
              for (const el of label.querySelectorAll('*')) {
                if (el === input || !el.getClientRects().length) continue;
                const r = el.getBoundingClientRect();
                if (!r.width || !r.height) continue;
                if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1
                    || r.right > innerWidth || r.left < 0)
                  bad.push([input.value, el.tagName + '.' + el.className, el.textContent.trim().slice(0, 20),
                            Math.round(r.left), Math.round(r.right), Math.round(box.left), Math.round(box.right)]);
              }
            }
            return bad;
            """
        )
        assert out == [], f"{spec_id} at {width} px: option content outside its box " \
                          f"[value, element, text, left, right, box left, box right]: {out}"
