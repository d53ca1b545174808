"""The worker's page in the worker's language (issue 16), in headless Chromium.

Builds tests/browser/specs/i18n (a copy per language and items_per_hit) with the hitc under
test and checks: the page is mirrored in Arabic and Hebrew (computed direction, the first
option button and the first column on the right, the submit bar, the item title, the shortcuts
panel) and not in English; the progress line and item titles with the plural forms CLDR gives
Russian and Arabic for 1, 2, 5 and 21 items; the validation messages and the status line in
German, Japanese, Arabic and Russian, numbers written as the language writes them ("1,5");
no English word left on an Arabic or Japanese page (task, preview, guidelines), data values
and the spec's own words aside; the script's `t()` rules (exact number, plural category, the
default, an unknown id, a bad language tag, text arguments as text).

Expected strings come from the catalogues' text (tests/browser/ftl.py reads them) with the
plural category written here from CLDR's rules, never computed by the page's Intl.
"""

from __future__ import annotations

import json
import pathlib
import re

import pytest
import yaml
from selenium.webdriver.common.by import By

import ftl
import goalkit
import pagekit as pk
from conftest import Browser
from specinfo import ROOT, item_payload, load_spec

SPEC_DIR = ROOT / "tests" / "browser" / "specs" / "i18n"
SPEC_ID = "i18n-browser"

# CLDR plural categories (cardinal), written out for the counts the tests use:
# ru: one = 1, 21, 31…; few = 2-4, 22-24…; many = 0, 5-20, 25-30…
# ar: zero = 0; one = 1; two = 2; few = 3-10, 103-110…; many = 11-99…; other = 100-102…
# he: one = 1; two = 2; other = the rest. de: one = 1, other. ja: other only.
CATEGORY = {
    "ru": {0: "many", 1: "one", 2: "few", 3: "few", 4: "few", 5: "many", 21: "one"},
    "ar": {0: "zero", 1: "one", 2: "two", 3: "few", 4: "few", 5: "few", 21: "many"},
    "he": {1: "one", 2: "two", 3: "other", 5: "other", 21: "other"},
    "de": {0: "other", 1: "one", 2: "other", 3: "other", 4: "other", 5: "other", 21: "other"},
    "ja": {n: "other" for n in (0, 1, 2, 3, 4, 5, 21)},
    "en": {0: "other", 1: "one", 2: "other", 3: "other", 4: "other", 5: "other", 21: "other"},
}
# Decimal numbers as each language writes them (CLDR; Chromium's Arabic uses Latin digits).
DECIMAL = {"de": "1,5", "ru": "1,5", "ja": "1.5", "ar": "1.5", "he": "1.5", "en": "1.5"}
RTL = {"ar", "he"}


# -------------------------------------------------------------------------------- bundles


@pytest.fixture(scope="session")
def i18n_bundles(tmp_path_factory):
    """build(tag, per_hit) -> the bundle folder of the i18n spec in that language (cached)."""
    root = tmp_path_factory.mktemp("i18n")
    built: dict[tuple[str, int], pathlib.Path] = {}

    def build(tag: str, per_hit: int = 5) -> pathlib.Path:
        if (tag, per_hit) not in built:
            built[(tag, per_hit)] = goalkit.build_variant(
                SPEC_DIR, [("\nlanguage: en\n", f"\nlanguage: {tag}\n"), ("items_per_hit: 21", f"items_per_hit: {per_hit}")],
                root, f"{tag}-{per_hit}")
        return built[(tag, per_hit)]

    return build


@pytest.fixture
def ib(driver, cdp, tmp_path):
    """A Browser for the i18n bundles (its bundle_root set per test by `open_i18n`)."""
    b = Browser(driver, cdp, tmp_path, tmp_path, {})
    b.reset_logs()
    yield b
    driver.set_window_size(1280, 1000)


def catalogue(tag: str) -> dict[str, ftl.Message]:
    if not ftl.has_catalogue(tag):
        pytest.fail(f"no catalogue Templates/i18n/{tag}.ftl in this tree (merge the translators' branches)")
    return ftl.catalogue(tag)


def sample_items(n: int) -> list[dict]:
    return load_spec(SPEC_DIR / "spec.yaml").items()[:n] if n <= 21 else []


def open_i18n(b: Browser, bundle: pathlib.Path, n: int, query: str = ""):
    b.bundle_root = bundle.parent
    return b.open(b.task_file(bundle.name, sample_items(n)), query)


def say(cat: dict, tag: str, mid: str, plural_of: int | None = None, **args) -> str:
    """Message `mid` of catalogue `cat`, the variant of `plural_of`'s CLDR category."""
    return cat[mid].format(CATEGORY[tag][plural_of] if plural_of is not None else None, **args)


def text_of(b, selector: str) -> str:
    return b.js("var e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null", selector)


def rect(b, el) -> dict:
    return b.js("var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}", el)


# -------------------------------------------------------------------------------- mirroring


@pytest.mark.parametrize("tag", ["ar", "he", "en"])
def test_right_to_left_pages_are_mirrored(ib, i18n_bundles, tag):
    bundle = i18n_bundles(tag)
    rtl = tag in RTL
    html = (bundle / "task.html").read_text(encoding="utf-8")
    assert f'<html lang="{tag}" dir="{"rtl" if rtl else "ltr"}"' in html
    assert f'dir="{"rtl" if rtl else "ltr"}"' in (bundle / "guidelines.html").read_text(encoding="utf-8")
    open_i18n(ib, bundle, 2)
    assert ib.js("return getComputedStyle(document.documentElement).direction") == ("rtl" if rtl else "ltr")

    def right_first(a: dict, b: dict) -> bool:  # a is to the right of b (same row)
        return a["left"] > b["right"] - 1

    def placed(a: dict, b: dict) -> bool:  # a comes first in the reading direction
        return right_first(a, b) if rtl else right_first(b, a)

    d = ib.driver
    first_item = pk.item(ib, 1)
    buttons = pk.question(ib, 1, "route").find_elements(By.CSS_SELECTOR, ".hitc-option")
    assert len(buttons) == 3
    r0, r1 = rect(ib, buttons[0]), rect(ib, buttons[1])
    assert abs(r0["top"] - r1["top"]) < 2, "the option buttons should share a row at 1280 px"
    assert placed(r0, r1), f"first option button at {r0}, second at {r1}"
    columns = first_item.find_elements(By.CSS_SELECTOR, ".hitc-column")
    assert len(columns) == 2
    c0, c1 = rect(ib, columns[0]), rect(ib, columns[1])
    assert placed(c0, c1), f"first column at {c0}, second at {c1}"
    label = first_item.find_element(By.CSS_SELECTOR, '[data-field="label"]')
    assert c0["left"] <= rect(ib, label)["left"] and rect(ib, label)["right"] <= c0["right"] + 1
    # The item title sits at the end of the line (left in RTL), the progress at the start of the bar.
    title = rect(ib, first_item.find_element(By.CSS_SELECTOR, ".hitc-item-title"))
    item_box = rect(ib, first_item)
    mid = (item_box["left"] + item_box["right"]) / 2
    assert (title["right"] < mid) if rtl else (title["left"] > mid), f"item title at {title}"
    progress = rect(ib, d.find_element(By.ID, "hitc-progress"))
    submit = rect(ib, d.find_element(By.ID, "hitc-submit"))
    assert placed(progress, submit), f"progress at {progress}, submit at {submit}"
    # The shortcuts panel opens at the end side of the window (left in RTL).
    ib.js("document.getElementById('hitc-legend-toggle').click()")
    legend = rect(ib, d.find_element(By.ID, "hitc-legend"))
    width = ib.js("return document.documentElement.clientWidth")
    assert (legend["left"] < width / 2 and legend["right"] < width * 0.6) if rtl else legend["left"] > width * 0.4, legend
    # A red error bar is on the start side of the message (right in RTL).
    pk.click_submit(ib)
    err = first_item.find_element(By.CSS_SELECTOR, 'fieldset[data-question="route"] .hitc-error')
    side = ib.js("var s = getComputedStyle(arguments[0]); return [s.borderRightWidth, s.borderLeftWidth]", err)
    assert side == (["4px", "0px"] if rtl else ["0px", "4px"]), side


@pytest.mark.parametrize("tag", ["ar", "en"])
def test_pairwise_a_is_first_in_the_reading_direction(ib, tag):
    """A (the left side in English) is on the right in Arabic, as guide-pairwise says; stacked on a phone, A on top."""
    bundle = goalkit.build_variant(ROOT / "tests" / "browser" / "specs" / "pairwise",
                                   [("\nlanguage: en\n", f"\nlanguage: {tag}\n")], ib.workdir, f"pair-{tag}")
    ib.bundle_root = bundle.parent
    ib.open(ib.task_file(bundle.name, [{"pair_id": "p1", "answer_a": "A text", "answer_b": "B text", "model_a": "m1", "model_b": "m2"}]))
    fs = pk.question(ib, 1, "better")
    a = rect(ib, fs.find_element(By.CSS_SELECTOR, ".hitc-pair-left"))
    b = rect(ib, fs.find_element(By.CSS_SELECTOR, ".hitc-pair-right"))
    assert abs(a["top"] - b["top"]) < 1
    assert (a["left"] >= b["right"]) if tag == "ar" else (a["right"] <= b["left"]), (a, b)
    ib.driver.set_window_size(390, 844)
    ib.wait(lambda: rect(ib, fs.find_element(By.CSS_SELECTOR, ".hitc-pair-right"))["top"]
            >= rect(ib, fs.find_element(By.CSS_SELECTOR, ".hitc-pair-left"))["bottom"] - 1, message="A is not on top on a phone")


@pytest.mark.parametrize("tag", ["ar", "he"])
def test_right_to_left_phone_width_has_no_horizontal_scrolling(ib, i18n_bundles, tag):
    bundle = i18n_bundles(tag)
    ib.driver.set_window_size(390, 844)
    for page in ("task", "guidelines"):
        if page == "task":
            open_i18n(ib, bundle, 2)
        else:
            ib.open(bundle / "guidelines.html", wait_for_hitc=False)
        widths = ib.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{tag} {page}: {widths[0]}px wide in a {widths[1]}px viewport"


# -------------------------------------------------------------------------------- plural forms


@pytest.mark.parametrize("n", [1, 2, 5, 21])
@pytest.mark.parametrize("tag", ["ru", "ar"])
def test_progress_and_item_titles_use_the_plural_form_of_the_count(ib, i18n_bundles, tag, n):
    cat = catalogue(tag)
    want_cats = {"ru": {"one", "few", "many"}, "ar": {"one", "two", "few", "many"}}[tag]
    assert want_cats <= cat["script-progress"].categories(), "the catalogue's script-progress lacks a CLDR form"
    bundle = i18n_bundles(tag, n)
    open_i18n(ib, bundle, n)
    expected = say(cat, tag, "script-progress", n, answered=0, total=n)
    assert pk.progress(ib) == expected
    assert text_of(ib, '.hitc-item[data-slot="1"] .hitc-item-title') == say(cat, tag, "script-item-title", number=1, total=n)
    assert text_of(ib, f'.hitc-item[data-slot="{n}"] .hitc-item-title') == say(cat, tag, "script-item-title", number=n, total=n)
    # One item answered: the form still follows the total.
    pk.click_option(ib, 1, "route", "road")
    for v in ("sealed", "dry"):
        pk.click_option(ib, 1, "checks", v)
    box = pk.question(ib, 1, "weight").find_element(By.CSS_SELECTOR, "input")
    pk.click(ib, box)
    box.send_keys("2")
    ib.wait(lambda: pk.item(ib, 1).get_attribute("data-complete") == "true")
    assert pk.progress(ib) == say(cat, tag, "script-progress", n, answered=1, total=n)
    mark = ib.js("return getComputedStyle(arguments[0], '::after').content",
                 pk.item(ib, 1).find_element(By.CSS_SELECTOR, ".hitc-item-title"))
    assert cat["script-item-answered"].format() in mark, mark


@pytest.mark.parametrize("n", [1, 2, 5, 21])
@pytest.mark.parametrize("tag", ["ru", "ar"])
def test_the_page_before_its_script_says_the_same_progress(i18n_bundles, tag, n):
    """The progress line in task.html as built (the compiler's text, before the script runs)."""
    cat = catalogue(tag)
    html = (i18n_bundles(tag, n) / "task.html").read_text(encoding="utf-8")
    m = re.search(r'<p id="hitc-progress"[^>]*>(.*?)</p>', html, re.S)
    assert m, "no #hitc-progress in task.html"
    assert m.group(1).strip() == say(cat, tag, "script-progress", n, answered=0, total=n)


# -------------------------------------------------------------------------------- validation


@pytest.mark.parametrize("tag", ["de", "ja", "ar", "ru"])
def test_validation_messages_and_status_are_in_the_language(ib, i18n_bundles, tag):
    cat = catalogue(tag)
    open_i18n(ib, i18n_bundles(tag), 1)
    pk.click_submit(ib)
    errors = {q: m for _, q, m in pk.visible_errors(ib)}
    assert errors == {
        "route": say(cat, tag, "script-choose-answer"),
        "checks": say(cat, tag, "script-choose-at-least", 2, min=2),
        "weight": say(cat, tag, "script-number"),
    }
    assert text_of(ib, "#hitc-status") == say(cat, tag, "script-attention", 3, count=3)

    def error(q):
        return {k: m for _, k, m in pk.visible_errors(ib)}.get(q)

    weight = pk.question(ib, 1, "weight").find_element(By.CSS_SELECTOR, "input")
    pk.click(ib, weight)
    weight.send_keys("0.5")
    ib.wait(lambda: error("weight") != say(cat, tag, "script-number"))
    assert error("weight") == say(cat, tag, "script-number-range", min=DECIMAL[tag], max="10")
    assert DECIMAL[tag] in error("weight")
    pk.click_option(ib, 1, "checks", "sealed")
    assert error("checks") == say(cat, tag, "script-choose-at-least-now", 2, min=2, count=1)
    for v in ("dry", "labelled", "weighed"):
        pk.click_option(ib, 1, "checks", v)
    pk.click_submit(ib)  # the message cleared at 2 and 3 ticks comes back on the next submit
    assert error("checks") == say(cat, tag, "script-choose-at-most-now", 3, max=3, count=4)
    note = pk.question(ib, 1, "note").find_element(By.CSS_SELECTOR, "textarea, input")
    pk.click(ib, note)
    note.send_keys("abc")
    pk.click_submit(ib)
    assert error("note") == say(cat, tag, "script-text-at-least", 5, min=5, count=3)
    counter = pk.question(ib, 1, "note").find_element(By.CSS_SELECTOR, ".hitc-count").text.strip()
    assert counter == "3 / 40", counter
    assert text_of(ib, "#hitc-status") == say(cat, tag, "script-attention", 4, count=4)


def test_numbers_in_messages_are_written_as_the_language_writes_them(ib, i18n_bundles):
    """German: a decimal comma and a thousands dot, in the range message and the progress line."""
    bundle = goalkit.build_variant(SPEC_DIR, [("\nlanguage: en\n", "\nlanguage: de\n"),
                                              ("min: 1.5\n      max: 10\n", "min: 1.5\n      max: 12500\n")],
                                   ib.workdir, "de-big")
    cat = catalogue("de")
    open_i18n(ib, bundle, 1)
    weight = pk.question(ib, 1, "weight").find_element(By.CSS_SELECTOR, "input")
    pk.click(ib, weight)
    weight.send_keys("20000")
    pk.click_submit(ib)
    msg = {q: m for _, q, m in pk.visible_errors(ib)}["weight"]
    assert msg == say(cat, "de", "script-number-range", min="1,5", max="12.500"), msg


# -------------------------------------------------------------------------------- no English left

# Latin words a catalogue may keep (key caps, "https", MTurk's "HIT") are allowed on a page of
# that language only if that language's catalogue itself has them.
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")

WALK = r"""
// Text the page shows (visible or not: hidden messages count too), with data values and the
// spec's own text left out by the caller. Attributes a worker may hear or see included.
const out = [];
const skip = el => el.closest('script, style, template, [data-field], bdi, .hitc-answers pre');
const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if (!skip(n.parentElement) && n.nodeValue.trim()) out.push(n.nodeValue.trim());
}
for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [data-answered]')) {
  if (skip(el)) continue;
  for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'data-answered']) if (el.hasAttribute(a)) out.push(el.getAttribute(a));
}
for (const el of document.querySelectorAll('*')) {
  for (const p of ['::before', '::after']) {
    const c = getComputedStyle(el, p).content;
    if (c && c !== 'none' && c !== 'normal' && !skip(el)) out.push(c);
  }
}
return out;
"""


def spec_strings(spec_path: pathlib.Path) -> list[str]:
    """Every string of the spec (its own words: title, prompts, labels, guidelines…) and its sample rows."""
    out: list[str] = []

    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif v is not None:
            out.append(str(v))

    with open(spec_path, encoding="utf-8") as f:
        walk(yaml.safe_load(f))
    walk(load_spec(spec_path).sample_rows())
    return sorted(set(s.strip() for s in out if s.strip()), key=len, reverse=True)


def spec_file_words(spec_path: pathlib.Path) -> set[str]:
    """Latin words of the spec's other files (guideline Markdown files, data): the author's words,
    rendered (Markdown) so not comparable as whole strings."""
    words: set[str] = set()
    for f in spec_path.parent.rglob("*"):
        if f.is_file() and f.suffix in (".md", ".csv", ".jsonl") and f != spec_path:
            words |= set(LATIN_WORD.findall(f.read_text(encoding="utf-8")))
    return words


# Money as CLDR writes it in the language ("US$" in Arabic): a currency symbol, not a word.
CURRENCY = re.compile(r"\b[A-Z]{1,3}\$")


def english_left(texts: list[str], spec_words: list[str], cat: dict[str, ftl.Message],
                 file_words: set[str] = frozenset()) -> list[str]:
    allowed = set(file_words)
    for m in cat.values():
        allowed |= set(LATIN_WORD.findall(m.format()))
        for p in m.parts:
            if isinstance(p, dict):
                for v in p["variants"].values():
                    allowed |= set(LATIN_WORD.findall(v))
    left = []
    for t in texts:
        rest = t
        for s in spec_words:
            if len(s) > 1 and s in rest:
                rest = rest.replace(s, " ")
        rest = CURRENCY.sub(" ", rest)
        for line_word in LATIN_WORD.findall(rest):
            if line_word not in allowed:
                left.append(f"{line_word!r} in {t[:80]!r}")
    return left


def page_texts(b, pages: list[tuple[pathlib.Path, str]], n: int) -> list[str]:
    texts: list[str] = []
    for path, kind in pages:
        if kind == "task":
            b.bundle_root = path.parent
            b.open(b.task_file(path.name, load_spec(_spec_of(path)).items()[:n]))
            texts += b.js(WALK)
            pk.click_submit(b)  # error messages, the status line
            b.js("document.getElementById('hitc-legend-toggle').click()")
            texts += b.js(WALK)
        elif kind == "task-answered":
            b.bundle_root = path.parent
            b.open(b.task_file(path.name, load_spec(_spec_of(path)).items()[:n]))
            b.js("""document.querySelectorAll('section.hitc-item').forEach(function (s) {
                      s.querySelectorAll('fieldset.hitc-question').forEach(function (fs) {
                        var c = fs.querySelector('input[type=radio], input[type=checkbox]'); if (c) c.click(); }); });""")
            texts += b.js(WALK)
        else:
            b.open(path, wait_for_hitc=(kind != "guidelines"))
            texts += b.js(WALK)
    return texts


_SPEC_OF: dict[pathlib.Path, pathlib.Path] = {}


def _spec_of(bundle: pathlib.Path) -> pathlib.Path:
    return _SPEC_OF[bundle]


@pytest.mark.parametrize("tag", ["ar", "ja"])
def test_no_english_left_on_the_i18n_page(ib, i18n_bundles, tag):
    cat = catalogue(tag)
    bundle = i18n_bundles(tag)
    _SPEC_OF[bundle] = SPEC_DIR / "spec.yaml"
    texts = page_texts(ib, [(bundle, "task"), (bundle, "task-answered"), (bundle / "preview.html", "preview"),
                            (bundle / "guidelines.html", "guidelines")], 3)
    assert len(texts) > 20
    left = english_left(texts, spec_strings(SPEC_DIR / "spec.yaml"), cat)
    assert not left, f"English on the {tag} page:\n" + "\n".join(left)


@pytest.mark.parametrize("spec_id, tag", [("review-sentiment-ar", "ar"), ("review-sentiment-ja", "ja")])
def test_no_english_left_on_the_example_pages(ib, bundle_root, specs, spec_id, tag):
    if spec_id not in specs:
        pytest.fail(f"Specs/{spec_id} is missing (written on the translators' branches tr-east / tr-asia)")
    cat = catalogue(tag)
    bundle = bundle_root / spec_id
    spec_path = specs[spec_id].path
    _SPEC_OF[bundle] = spec_path
    n = specs[spec_id].items_per_hit
    texts = page_texts(ib, [(bundle, "task"), (bundle, "task-answered"), (bundle / "preview.html", "preview"),
                            (bundle / "guidelines.html", "guidelines")], n)
    left = english_left(texts, spec_strings(spec_path), cat, spec_file_words(spec_path))
    assert not left, f"English on the {spec_id} pages:\n" + "\n".join(left)


# -------------------------------------------------------------------------------- the messages a page carries


def _config(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="hitc-config">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_a_page_carries_the_messages_it_can_show_and_no_others(i18n_bundles, bundle_root):
    """Bytes count on MTurk (64 KB): a page carries the messages of its question types and targets."""
    english = {m for m in ftl.catalogue("en") if m.startswith("script-")}
    mine = set(_config((i18n_bundles("en") / "task.html").read_text(encoding="utf-8"))["messages"])
    assert mine <= english
    # single_choice, multi_choice, number, text; MTurk only (the disk and MTurk modules are on every page)
    assert {"script-choose-answer", "script-choose-at-most-now", "script-number-range", "script-text-at-least",
            "script-mturk-accept", "script-copied", "script-item-answered"} <= mine
    assert mine.isdisjoint({"script-sending", "script-send-failed", "script-network-error", "script-sent",
                            "script-prolific-saved"})
    # grocery: single_choice and text; MTurk, Prolific and a generic host
    grocery = set(_config((bundle_root / "grocery-search-relevance" / "task.html").read_text(encoding="utf-8"))["messages"])
    assert {"script-sent", "script-prolific-saved", "script-send-failed", "script-text-at-most"} <= grocery
    assert not any(m.startswith(("script-number", "script-choose-at")) for m in grocery)


def test_a_required_multiple_choice_without_min_selected_still_has_its_message(ib):
    """Nothing ticked says script-choose-at-least (min 1): the page must carry it without min_selected."""
    bundle = goalkit.build_variant(SPEC_DIR, [("\nlanguage: en\n", "\nlanguage: de\n"),
                                              ("      min_selected: 2\n      max_selected: 3\n", "")], ib.workdir, "de-nomin")
    open_i18n(ib, bundle, 1)
    pk.click_submit(ib)
    errors = {q: m for _, q, m in pk.visible_errors(ib)}
    assert errors["checks"] == say(catalogue("de"), "de", "script-choose-at-least", 1, min=1)


# -------------------------------------------------------------------------------- t()


def with_config(b: Browser, bundle: pathlib.Path, n: int, change) -> None:
    """Open the bundle's task.html with its configuration changed by `change(cfg)` (the page's
    script hash covers the script only, so the page still runs)."""
    html = (bundle / "task.html").read_text(encoding="utf-8").replace("${items}", item_payload(sample_items(n)))
    m = re.search(r'(<script type="application/json" id="hitc-config">)(.*?)(</script>)', html, re.S)
    cfg = json.loads(m.group(2))
    change(cfg)
    text = json.dumps(cfg, ensure_ascii=False).replace("<", "\\u003c")
    html = html[: m.start(2)] + text + html[m.end(2):]
    folder = b.workdir / f"cfg-{len(list(b.workdir.iterdir()))}"
    folder.mkdir()
    (folder / "task.html").write_text(html, encoding="utf-8")
    b.open(folder / "task.html")


def test_t_prefers_an_exact_number_then_the_category_then_the_default(ib, i18n_bundles):
    bundle = i18n_bundles("en", 1)
    select = {"$": "total", "*": "other", "1": "exactly {total}", "one": "category one", "other": "{answered}/{total}"}

    def exact(cfg):
        cfg["messages"]["script-progress"] = select
    with_config(ib, bundle, 1, exact)
    assert pk.progress(ib) == "exactly 1"

    def category(cfg):
        cfg["messages"]["script-progress"] = {k: v for k, v in select.items() if k != "1"}
    with_config(ib, bundle, 1, category)
    assert pk.progress(ib) == "category one"

    def default(cfg):
        cfg["messages"]["script-progress"] = {"$": "total", "*": "other", "other": ["[", "{answered}/{total}", "]"],
                                              "few": "wrong"}
    with_config(ib, bundle, 1, default)
    assert pk.progress(ib) == "[0/1]"


def test_t_shows_an_unknown_id_and_survives_a_bad_language_tag(ib, i18n_bundles):
    bundle = i18n_bundles("en", 2)

    def broken(cfg):
        del cfg["messages"]["script-item-title"]
        cfg["lang"] = "not a tag!"
        cfg["messages"]["script-progress"] = {"$": "total", "*": "other", "one": "one", "other": "other {total}"}
    with_config(ib, bundle, 2, broken)
    assert text_of(ib, '.hitc-item[data-slot="1"] .hitc-item-title') == "script-item-title"
    assert pk.progress(ib) == "other 2"
    assert ib.console_errors() == []


def test_t_puts_messages_and_arguments_in_as_text(ib, i18n_bundles):
    bundle = i18n_bundles("en", 1)

    def hostile(cfg):
        cfg["messages"]["script-attention"] = "<b>{count}</b> {count}"
    with_config(ib, bundle, 1, hostile)
    pk.click_submit(ib)
    status = ib.driver.find_element(By.ID, "hitc-status")
    assert status.text.strip() == "<b>3</b> 3"
    assert status.find_elements(By.TAG_NAME, "b") == []


# -------------------------------------------------------------------------------- the script's source

SCRIPTS = [ROOT / "Templates/assets/task.js", *sorted((ROOT / "Templates/assets/targets").glob("*.js"))]
# Literals that are not words for the worker: protocol, key and DOM names.
NOT_PROSE = {"HTTP ", "Enter", "Escape", "Content-Type", "use strict", "noopener noreferrer"}
# Prose: a capitalised word ("Link"), or words with spaces that start with a capital or end
# a sentence ("Choose an answer.", "network error" is caught by its own rule below).
PROSE = re.compile(r"^[A-Z][a-z]+[.!?…]?$|^[A-Z][a-z]*( +[A-Za-z'(),:;…]+)+[.!?…]?$|^[A-Za-z'(),:; ]+ [A-Za-z'(),:; ]+[.!?…]$"
                   r"|^[a-z]+ [a-z]+$|([A-Za-z]+ ){2,}[A-Za-z]+")


def _literals(source: str) -> list[str]:
    """The single- and double-quoted string literals of a script (comments removed first)."""
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    source = re.sub(r"(?m)^\s*//.*$", "", source)
    source = re.sub(r"(?<=[;{}])\s*//[^\n]*", "", source)
    return [m.group(2) for m in re.finditer(r"(['\"])((?:\\.|(?!\1).)*)\1", source)]


def test_the_page_script_has_no_english_message_left():
    found = []
    for path in SCRIPTS:
        for lit in _literals(path.read_text(encoding="utf-8")):
            if lit in NOT_PROSE or "://" in lit:
                continue
            if PROSE.search(lit.strip()):
                found.append(f"{path.relative_to(ROOT)}: {lit!r}")
    assert not found, "English text in the page script (use t() and a script-* message):\n" + "\n".join(found)


def test_the_scanner_finds_an_english_message():
    """The scan above would see a message written the old way."""
    lits = _literals("setStatus('Thank you: your answers were sent.'); x = t('script-sent'); // a comment 'Not this one.'")
    assert lits == ["Thank you: your answers were sent.", "script-sent"]
    old = ["Thank you: your answers were sent.", "Link", "network error", "Sending…", " (not an https address)",
           "Choose at least ", "Item ", "One answer needs attention."]
    assert [x for x in old if PROSE.search(x.strip())] == old
    code = ["use strict", "input, select, textarea", "fieldset.hitc-question", "noopener noreferrer", "hitc-item",
            "aria-invalid", "Enter", "application/json", "text/plain"]
    assert [x for x in code if PROSE.search(x.strip()) and x not in NOT_PROSE] == []


def test_every_script_message_is_used_and_every_used_id_exists():
    english = ftl.catalogue("en")
    ids = {m for m in english if m.startswith("script-")}
    used: set[str] = set()
    for path in SCRIPTS:
        used |= set(re.findall(r"'(script-[a-z0-9-]+)'", path.read_text(encoding="utf-8")))
    assert used - ids == set(), f"ids the script uses that en.ftl lacks: {sorted(used - ids)}"
    assert ids - used == set(), f"script-* messages of en.ftl the script never uses: {sorted(ids - used)}"
