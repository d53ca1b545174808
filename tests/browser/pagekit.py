"""Driving a hitc task page the way a worker does: with the mouse, or with the keyboard only.

Everything here goes through the DOM hooks documented at the top of
Templates/assets/task.js (section.hitc-item[data-slot], fieldset.hitc-question
[data-question], #hitc-submit, #hitc-progress, .hitc-error, ...). Keyboard
helpers only ever send key presses to whatever has the focus; they read the
page's state between presses to know where the focus went, never to move it.
"""

from __future__ import annotations

import json

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from specinfo import Spec

# -------------------------------------------------------------------------------- reading


def css_str(value: str) -> str:
    return json.dumps(value)  # a CSS string literal


def item(b, n: int):
    return b.driver.find_element(By.CSS_SELECTOR, f'section.hitc-item[data-slot="{n}"]')


def items(b):
    return b.driver.find_elements(By.CSS_SELECTOR, "section.hitc-item[data-slot]")


def question(b, n: int, qid: str):
    return item(b, n).find_element(By.CSS_SELECTOR, f"fieldset.hitc-question[data-question={css_str(qid)}]")


def is_shown(b, el) -> bool:
    return b.js("return !arguments[0].hidden && arguments[0].getClientRects().length > 0", el)


def progress(b) -> str:
    return b.driver.find_element(By.ID, "hitc-progress").text.strip()


def visible_errors(b) -> list[tuple[int, str, str]]:
    """(slot, question, message) of every error message shown."""
    return b.js(
        """
        return Array.from(document.querySelectorAll('fieldset.hitc-question .hitc-error'))
          .filter(e => !e.hidden && e.textContent.trim() && e.getClientRects().length)
          .map(e => [+e.closest('.hitc-item').dataset.slot, e.closest('fieldset').dataset.question, e.textContent.trim()]);
        """
    )


def focus_info(b) -> dict:
    """Where the focus is: slot, question, tag, id."""
    return b.js(
        """
        const a = document.activeElement;
        const sec = a && a.closest ? a.closest('section.hitc-item') : null;
        const fs = a && a.closest ? a.closest('fieldset.hitc-question') : null;
        return {slot: sec ? +sec.dataset.slot : null, question: fs ? fs.dataset.question : null,
                tag: a ? a.tagName.toLowerCase() : null, type: a && a.type || null, id: a && a.id || null,
                value: a && 'value' in a ? a.value : null};
        """
    )


def expected_answers(spec: Spec, plan: list[dict], page_items: list[dict], feedback: str = "") -> dict:
    """The answers the page must produce for a plan (one dict of question -> value per slot).

    Values of multi_choice questions are joined by '|' in option order; hidden
    questions and unanswered ones are ''."""
    out = {}
    questions = spec.questions
    for n, item_ in enumerate(page_items, start=1):
        answers = plan[n - 1] if n - 1 < len(plan) else {}
        out[f"item{n}"] = str(item_.get(spec.key_field, ""))
        for qid, q in questions.items():
            value = answers.get(qid, "")
            if not all(_holds(answers.get(dep), vals) for dep, vals in q.visible_if.items()):
                value = ""
            if isinstance(value, list):
                value = "|".join(v for v in q.values if v in value)
            out[f"item{n}_{qid}"] = str(value)
    if spec.feedback:
        out["hitc_feedback"] = feedback
    return out


def _holds(answer, values: list[str]) -> bool:
    if answer is None or answer == "":
        return False
    given = [str(a) for a in answer] if isinstance(answer, list) else [str(answer)]
    return bool(set(given) & set(values))


def without_seconds(answers: dict) -> dict:
    return {k: v for k, v in answers.items() if k != "hitc_seconds"}


# -------------------------------------------------------------------------------- mouse


def to_center(b, el):
    # The submit bar is sticky at the bottom: keep the target away from it.
    b.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", el)


def click(b, el):
    """A real mouse click at the element's centre (WebDriver's element click: it fails
    when another element would receive the click)."""
    to_center(b, el)
    el.click()


def click_option(b, n: int, qid: str, value: str):
    fs = question(b, n, qid)
    control = fs.find_element(By.CSS_SELECTOR, f"input[value={css_str(value)}]")
    label = control.find_element(By.XPATH, "./ancestor::label[1]")
    click(b, label)


def answer_by_mouse(b, spec: Spec, n: int, qid: str, value):
    q = spec.questions[qid]
    fs = question(b, n, qid)
    if q.type in ("single_choice", "scale") and q.display == "dropdown":
        select = fs.find_element(By.CSS_SELECTOR, "select")
        click(b, select)
        Select(select).select_by_value(value)
    elif q.type in ("single_choice", "scale"):
        click_option(b, n, qid, str(value))
    elif q.type == "multi_choice":
        wanted = value if isinstance(value, list) else [value]
        for v in wanted:
            click_option(b, n, qid, v)
    else:  # text, number: click into the box, then type
        box = fs.find_element(By.CSS_SELECTOR, "textarea, input[type=text], input[type=number]")
        click(b, box)
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.DELETE)
        box.send_keys(str(value))


def fill_by_mouse(b, spec: Spec, plan: list[dict]):
    """Answer every slot by mouse, question by question in layout order."""
    order = spec.question_order()
    for n, answers in enumerate(plan, start=1):
        for qid in order:
            if qid in answers:
                answer_by_mouse(b, spec, n, qid, answers[qid])


def click_submit(b):
    click(b, b.driver.find_element(By.ID, "hitc-submit"))


# -------------------------------------------------------------------------------- keyboard


def press(b, *keys):
    chain = ActionChains(b.driver)
    for k in keys:
        chain.send_keys(k)
    chain.perform()


def typing_focus(info: dict) -> bool:
    return info["tag"] in ("textarea", "select") or (
        info["tag"] == "input" and info["type"] not in ("radio", "checkbox", "button", "submit", "reset")
    )


def leave_box(b):
    """Tab out of a text box / select (hotkeys are off while typing)."""
    for _ in range(10):
        if not typing_focus(focus_info(b)):
            return
        press(b, Keys.TAB)
    raise AssertionError("focus stayed in a text box after 10 Tabs")


def goto_item(b, n: int):
    """Move the focus to item n with j / k only."""
    leave_box(b)
    for _ in range(3 * len(items(b)) + 3):
        slot = focus_info(b)["slot"]
        if slot == n:
            return
        press(b, "j" if slot is None or slot < n else "k")
    raise AssertionError(f"j/k did not reach item {n}; focus: {focus_info(b)}")


def tab_to(b, selector_js: str, limit: int = 120, shift: bool = False):
    """Press Tab (or Shift+Tab) until `document.activeElement.matches(selector)`."""
    for _ in range(limit):
        if b.js("return !!document.activeElement && document.activeElement.matches(arguments[0])", selector_js):
            return
        if shift:
            press(b, Keys.SHIFT + Keys.TAB)
        else:
            press(b, Keys.TAB)
    raise AssertionError(f"Tab never reached {selector_js}; focus: {focus_info(b)}")


def control_selector(n: int, qid: str, what: str) -> str:
    return f'section.hitc-item[data-slot="{n}"] fieldset.hitc-question[data-question={css_str(qid)}] {what}'


def answer_by_keyboard(b, spec: Spec, n: int, qid: str, value):
    """Answer one question of item n with keys only: its hotkeys when it has them,
    else Tab to it and use arrows / Space / typing."""
    q = spec.questions[qid]
    keys = {o.value: o.key for o in q.options if o.key}
    if q.type in ("single_choice", "multi_choice") and keys:
        goto_item(b, n)
        for v in value if isinstance(value, list) else [value]:
            press(b, keys[v])
        return
    if q.type == "single_choice" and q.display == "dropdown":
        goto_item(b, n)
        tab_to(b, control_selector(n, qid, "select"))
        index = [o.value for o in q.options].index(value) + 1  # after the "Choose…" entry
        current = b.js("return document.activeElement.selectedIndex")
        step = Keys.ARROW_DOWN if index > current else Keys.ARROW_UP
        press(b, *([step] * abs(index - current)))
        leave_box(b)
        return
    if q.type in ("single_choice", "scale", "multi_choice"):
        # A radio group (or check boxes): Tab into it, arrows to the value, Space to choose.
        goto_item(b, n)
        tab_to(b, control_selector(n, qid, "input"))
        values = [c for c in q.values]
        for v in value if isinstance(value, list) else [value]:
            if q.type == "multi_choice":
                tab_to(b, control_selector(n, qid, f"input[value={css_str(v)}]"))
                press(b, Keys.SPACE)
                continue
            current = b.js("return document.activeElement.value")
            i, j = values.index(current), values.index(str(v))
            if i == j:
                press(b, Keys.SPACE)
            else:
                press(b, *([Keys.ARROW_RIGHT if j > i else Keys.ARROW_LEFT] * abs(j - i)))
        return
    # text / number
    goto_item(b, n)
    tab_to(b, control_selector(n, qid, "textarea, input[type=text], input[type=number]"))
    press(b, str(value))
    leave_box(b)


def fill_by_keyboard(b, spec: Spec, plan: list[dict]):
    order = spec.question_order()
    for n, answers in enumerate(plan, start=1):
        for qid in order:
            if qid in answers:
                answer_by_keyboard(b, spec, n, qid, answers[qid])


def submit_by_keyboard(b):
    leave_box(b)
    tab_to(b, "#hitc-submit")
    press(b, Keys.ENTER)
