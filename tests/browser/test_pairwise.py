"""A pairwise question on the task page: the two sides side by side (stacked on a
390 px phone), hostile markup in the compared texts shown as text, answers by keys
and by clicks, and the submitted values. Builds its own bundle of specs/pairwise."""

import pathlib
import subprocess

import pytest
from selenium.webdriver.common.by import By

import pagekit as pk
from conftest import Browser, _find_hitc
from specinfo import ROOT

SPEC = pathlib.Path(__file__).parent / "specs" / "pairwise" / "spec.yaml"
ITEMS = [
    {"pair_id": "p1", "answer_a": "<img src=x onerror=alert(1)>Eight legs.", "answer_b": "**Six** legs <script>alert(2)</script>",
     "model_a": "m1", "model_b": "m2"},
    {"pair_id": "p2", "answer_a": "Canberra.", "answer_b": "Sydney, probably.", "model_a": "m2", "model_b": "m3"},
]


@pytest.fixture(scope="module")
def pair_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("pairwise") / "out"
    proc = subprocess.run([str(_find_hitc()), "build", str(SPEC), "-o", str(root), "-q"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return root


@pytest.fixture
def pb(driver, cdp, pair_root, tmp_path):
    b = Browser(driver, cdp, tmp_path, pair_root, {})
    b.reset_logs()
    yield b
    driver.set_window_size(1280, 1000)


def sides(b, n, part=" .hitc-pair-text"):
    fs = pk.question(b, n, "better")
    return fs.find_element(By.CSS_SELECTOR, ".hitc-pair-left" + part), fs.find_element(By.CSS_SELECTOR, ".hitc-pair-right" + part)


def test_sides_are_side_by_side_and_hostile_markup_is_text(pb):
    pb.open(pb.task_file("pairwise-browser", ITEMS))
    left, right = sides(pb, 1)
    assert left.text == "<img src=x onerror=alert(1)>Eight legs."
    assert left.find_elements(By.TAG_NAME, "img") == []
    assert right.find_elements(By.TAG_NAME, "script") == []
    assert right.find_element(By.TAG_NAME, "strong").text == "Six"
    assert "<script>alert(2)</script>" in right.text
    l, r = (e.rect for e in sides(pb, 1, ""))
    assert l["x"] + l["width"] <= r["x"] and abs(l["y"] - r["y"]) < 1, (l, r)
    pb.driver.set_window_size(390, 844)

    def stacked():
        l, r = (e.rect for e in sides(pb, 1, ""))
        return r["y"] >= l["y"] + l["height"] and abs(l["x"] - r["x"]) < 1
    pb.wait(stacked, message="the sides did not stack on a 390 px window")
    assert pb.script_calls() == []
    assert pb.console_errors() == []


def test_answers_by_keys_and_clicks(pb):
    pb.open(pb.task_file("pairwise-browser", ITEMS))
    pk.goto_item(pb, 1)
    pk.press(pb, "2")                 # right is better
    pk.goto_item(pb, 2)
    pk.press(pb, "3")                 # tie, then changed by a click
    assert pb.answers()["item2_better"] == "tie"
    pk.click_option(pb, 2, "better", "left")
    got = pk.without_seconds(pb.answers())
    assert got == {"item1": "p1", "item1_better": "right", "item2": "p2", "item2_better": "left"}
    assert pk.progress(pb) == "2 of 2 items answered"


def test_an_unanswered_pairwise_question_blocks_submit(pb):
    pb.open(pb.task_file("pairwise-browser", ITEMS))
    pk.click_option(pb, 1, "better", "tie")
    pk.click_submit(pb)
    errors = pk.visible_errors(pb)
    assert errors and errors[0][0] == 2 and errors[0][2] == "Choose an answer.", errors
