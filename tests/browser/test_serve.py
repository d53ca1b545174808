"""`hitc serve` in a real browser: live reload keeps answers and scroll position, a spec
error shows on the page and in the terminal and a fix brings the page back, HIT
stepping, each target's view, captured submissions, and the HTTP rules (GET/HEAD
only, no path outside the bundle, port in use, Ctrl-C).

Each test runs its own `hitc serve` on a free port with a temporary copy of an
example spec, and one Chromium of this module's own (servekit.py)."""

from __future__ import annotations

import json
import socket
import subprocess
import time

import pytest
from selenium.webdriver.common.by import By

import pagekit
from plans import MOUSE
from servekit import ROOT, ServeProcess, copy_example, find_hitc, has_ipv6_loopback, serve_driver, wait_for_generation
from specinfo import load_spec

SPEC = "grocery-search-relevance"


class Page:
    """What pagekit's helpers need: `driver` and `js`."""

    def __init__(self, driver):
        self.driver = driver

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)


@pytest.fixture(scope="module")
def driver():
    drv = serve_driver()
    yield drv
    drv.quit()


@pytest.fixture
def served(tmp_path):
    spec = copy_example(SPEC, tmp_path)
    with ServeProcess(spec) as server:
        server.spec = spec
        yield server
    assert server.proc.returncode == 0, "".join(server.stderr)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def open_page(driver, server, path):
    driver.get(server.url(path))
    wait_for_generation(driver, 1)
    return Page(driver)


def test_reload_after_an_edit_keeps_answers_and_scroll(driver, served):
    page = open_page(driver, served, "/hit/1/preview")
    spec = load_spec(served.spec)
    plan = MOUSE[SPEC]
    pagekit.fill_by_mouse(page, spec, plan[:2] + [{}] * (len(pagekit.items(page)) - 2))
    before = pagekit.without_seconds(page.js("return window.hitc.answers()"))
    assert before["item1_relevance"] == "exact" and before["item2_relevance"] == "substitute"
    page.js("window.scrollTo(0, 400)")
    scroll = page.js("return window.scrollY")
    assert scroll > 0

    edit(served.spec, "title: Rate grocery search results", "title: Rate grocery search results (edited)")
    wait_for_generation(driver, 2)
    assert "(edited)" in driver.find_element(By.CSS_SELECTOR, "h1").text
    after = pagekit.without_seconds(page.js("return window.hitc.answers()"))
    assert after == before
    assert abs(page.js("return window.scrollY") - scroll) <= 2
    assert pagekit.progress(page).startswith("2 of")
    assert "build 2" in driver.find_element(By.ID, "hitc-serve-generation").text


def test_a_renamed_option_drops_only_its_answer(driver, served):
    page = open_page(driver, served, "/hit/1/preview")
    spec = load_spec(served.spec)
    pagekit.answer_by_mouse(page, spec, 1, "relevance", "complement")
    pagekit.answer_by_mouse(page, spec, 2, "relevance", "exact")
    # The gold file is watched too: rename the value there, then in the spec.
    gold = served.spec.parent / "data" / "gold.csv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("complement", "goes_with"), encoding="utf-8")
    served.spec.write_text(served.spec.read_text(encoding="utf-8").replace("complement", "goes_with"), encoding="utf-8")
    deadline = time.time() + 20
    while time.time() < deadline:
        wait_for_generation(driver, 2)
        if page.js("return !!window.hitc") and served.status()["built"] and page.js("return window.hitcServe.generation") == served.status()["generation"]:
            break
        time.sleep(0.1)
    answers = page.js("return window.hitc.answers()")
    assert answers["item2_relevance"] == "exact"
    assert answers.get("item1_relevance", "") == ""
    assert driver.find_elements(By.CSS_SELECTOR, "input[value='goes_with']")


def test_a_spec_error_shows_on_the_page_and_a_fix_brings_it_back(driver, served):
    page = open_page(driver, served, "/hit/1/preview")
    pagekit.answer_by_mouse(page, load_spec(served.spec), 1, "relevance", "irrelevant")
    original = served.spec.read_text(encoding="utf-8")
    edit(served.spec, "language: en\n", 'language: en\n"<b>bold</b>": 1\n')
    wait_for_generation(driver, 2)
    errors = driver.find_element(By.ID, "hitc-serve-errors")
    text = errors.text
    assert f"{served.spec}:8:1: error:" in text
    assert '"<b>bold</b>": 1' in text  # the source line, as text
    assert not driver.find_elements(By.CSS_SELECTOR, "#hitc-serve-errors b")
    deadline = time.time() + 5
    while "error:" not in "".join(served.stderr) and time.time() < deadline:
        time.sleep(0.05)
    assert f"{served.spec}:8:1: error:" in "".join(served.stderr)

    served.spec.write_text(original, encoding="utf-8")
    wait_for_generation(driver, 3)
    assert driver.find_elements(By.ID, "hitc-form")
    assert page.js("return window.hitc.answers()")["item1_relevance"] == "irrelevant"


def test_hit_stepping_shows_each_hit_of_the_sample(driver, served):
    page = open_page(driver, served, "/hit/1/preview")
    seen = []
    for n in range(1, 5):
        assert driver.find_element(By.ID, "hitc-serve-hit-number").text.strip() == f"HIT {n} of 4"
        keys = page.js("return window.hitc.items.map(function (i) { return i.item_id; })")
        assert len(keys) == 5
        seen.append(keys)
        if n < 4:
            driver.find_element(By.LINK_TEXT, "Next HIT \u203a").click()
            wait_for_generation(driver, 1)
            assert driver.current_url.endswith(f"/hit/{n + 1}/preview")
    real = [k for keys in seen for k in keys if not k.startswith("gold-")]
    sample = [row["item_id"] for row in load_spec(served.spec).sample_rows()]
    assert sorted(set(real)) == sorted(sample)
    driver.find_element(By.LINK_TEXT, "\u2039 Previous HIT").click()
    wait_for_generation(driver, 1)
    assert driver.current_url.endswith("/hit/3/preview")


def test_views_show_the_page_as_each_target_opens_it(driver, served):
    page = open_page(driver, served, "/hit/2/preview")
    views = {a.get_attribute("data-view"): a.get_attribute("href")
             for a in driver.find_elements(By.CSS_SELECTOR, "#hitc-serve-views a")}
    assert set(views) == {"preview", "page", "mturk-preview", "mturk", "prolific", "generic"}
    expected = {"preview": "preview", "page": "none", "mturk-preview": "mturk-preview", "mturk": "mturk",
                "prolific": "prolific", "generic": "generic"}
    for view, href in views.items():
        driver.get(href)
        wait_for_generation(driver, 1)
        assert page.js("return window.hitc.target") == expected[view], view
        assert driver.find_element(By.ID, "hitc-serve-hit-number").text.strip() == "HIT 2 of 4"
    driver.get(served.url("/hit/2/mturk-preview"))
    wait_for_generation(driver, 1)
    assert driver.find_element(By.ID, "hitc-submit").get_attribute("disabled")


@pytest.mark.parametrize("view,how", [("mturk", "form POST to https://workersandbox.mturk.com/mturk/externalSubmit"),
                                      ("prolific", "navigation to https://app.prolific.com/submissions/complete?cc=C1A2B3D4"),
                                      ("generic", "postMessage to the parent frame"),
                                      ("preview", None)])
def test_a_submission_is_captured_and_shown_not_sent(driver, served, view, how):
    page = open_page(driver, served, f"/hit/1/{view}")
    spec = load_spec(served.spec)
    slots = len(pagekit.items(page))
    pagekit.fill_by_mouse(page, spec, [{"relevance": "exact"}] * slots)
    pagekit.click_submit(page)
    if how is None:  # the preview shows the answers itself; nothing is captured
        page.js("return 1")
        assert not driver.find_element(By.ID, "hitc-answers").get_attribute("hidden")
        assert page.js("return window.hitcServe.captured.length") == 0
        return
    deadline = time.time() + 5
    while page.js("return window.hitcServe.captured.length") == 0 and time.time() < deadline:
        time.sleep(0.05)
    captured = page.js("return window.hitcServe.captured")
    assert captured, "nothing captured"
    matching = [c for c in captured if c["how"].startswith(how)]
    assert matching, captured
    body = json.loads(matching[0]["body"])
    assert body["item1_relevance"] == "exact"
    assert driver.find_element(By.ID, "hitc-serve-captured").is_displayed()
    assert "nothing was sent" in driver.find_element(By.ID, "hitc-serve-captured-how").text
    assert driver.current_url.startswith(served.base)


def test_http_rules(served):
    assert served.get("/")[0] == 302
    status, headers, body = served.get("/task.html")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert served.get("/aggregation.json")[1]["Content-Type"] == "application/json"
    head = served.get("/aggregation.json", method="HEAD")
    assert head[0] == 200 and head[2] == b"" and int(head[1]["Content-Length"]) == len(served.get("/aggregation.json")[2])
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        assert served.get("/task.html", method=method)[0] == 405, method
    for path in ("/../spec.yaml", "/%2e%2e/spec.yaml", "/%2E%2E%2Fspec.yaml", "/spec.yaml", "/data/sample.csv",
                 "/a%5c..%5cspec.yaml", "/a%00b", "/data/", "//etc/passwd"):
        assert served.get(path)[0] == 404, path
    # A raw `..` the client does not normalise.
    with socket.create_connection(("127.0.0.1", served.port), timeout=5) as s:
        s.sendall(b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = b""
        while chunk := s.recv(4096):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 404"), reply[:80]


def test_port_in_use_is_a_clear_error(served, tmp_path):
    proc = subprocess.run([str(find_hitc()), "serve", str(served.spec), "--port", str(served.port)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert f"cannot listen on 127.0.0.1:{served.port}: the address is already in use" in proc.stderr


def test_a_non_loopback_host_warns(tmp_path):
    spec = copy_example(SPEC, tmp_path)
    with ServeProcess(spec, "--host", "0.0.0.0") as server:
        assert server.status()["built"]
    assert "is not a loopback address" in "".join(server.stderr)


def test_templates_given_with_templates_are_watched(driver, tmp_path):
    """Editing a template under --templates DIR rebuilds and reloads the page with the change."""
    spec = copy_example(SPEC, tmp_path)
    templates = tmp_path / "templates"
    templates.mkdir()
    task = templates / "task.mustache"
    original = (ROOT / "Templates" / "task.mustache").read_text(encoding="utf-8")
    assert '<main id="hitc-main">' in original
    task.write_text(original.replace('<main id="hitc-main">', '<main id="hitc-main">\n<p id="override-mark">first override</p>', 1),
                    encoding="utf-8")
    with ServeProcess(spec, "--templates", str(templates)) as server:
        page = open_page(driver, server, "/hit/1/preview")
        assert driver.find_element(By.ID, "override-mark").text == "first override"
        pagekit.answer_by_mouse(page, load_spec(spec), 1, "relevance", "exact")
        edit(task, "first override", "second override")
        wait_for_generation(driver, 2)
        assert driver.find_element(By.ID, "override-mark").text == "second override"
        assert page.js("return window.hitc.answers()")["item1_relevance"] == "exact"
        # A template that no longer parses: the error is shown, and fixing it brings the page back.
        edit(task, "second override", "{{#unclosed}} third")
        wait_for_generation(driver, 3)
        errors = driver.find_element(By.ID, "hitc-serve-errors").text
        assert "template 'task' does not parse" in errors
        edit(task, "{{#unclosed}} third", "fourth override")
        wait_for_generation(driver, 4)
        assert driver.find_element(By.ID, "override-mark").text == "fourth override"
    assert server.proc.returncode == 0, "".join(server.stderr)


def test_ipv6_loopback_host(tmp_path):
    """--host ::1 serves on the IPv6 loopback address only."""
    if not has_ipv6_loopback():
        pytest.skip("this machine has no IPv6 loopback address (::1 cannot be bound)")
    spec = copy_example(SPEC, tmp_path)
    with ServeProcess(spec, host="::1") as server:
        assert server.base.startswith("http://[::1]:")
        assert server.status()["built"]
        status, headers, body = server.get("/hit/1/preview")
        assert status == 200 and b'id="hitc-serve-config"' in body
        assert f"http://[::1]:{server.port}/" in "".join(server.stdout)
        with pytest.raises(OSError):  # bound to ::1 only, not to 127.0.0.1
            socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
    assert "not a loopback address" not in "".join(server.stderr)
    assert server.proc.returncode == 0


OTHER_TARGETS = {"label-studio": "label_studio", "toloka": "toloka", "ground-truth": "ground_truth", "appen": "appen"}


def test_views_of_the_platforms_that_draw_their_own_page(driver, tmp_path):
    """A spec with the Label Studio, Toloka, Ground Truth and Appen targets: each view shows that
    target's files of the bundle, as text, as built; the views that run task.html still capture."""
    spec = copy_example(SPEC, tmp_path)
    edit(spec, "\ntargets:\n", "\ntargets:\n" + "".join(f"  {key}: {{}}\n" for key in OTHER_TARGETS.values()))
    build = subprocess.run([str(find_hitc()), "build", str(spec), "-o", str(tmp_path / "out"), "--color", "never"],
                           capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    bundle = next((tmp_path / "out").iterdir())
    with ServeProcess(spec) as server:
        page = open_page(driver, server, "/hit/2/preview")
        views = [a.get_attribute("data-view") for a in driver.find_elements(By.CSS_SELECTOR, "#hitc-serve-views a")]
        assert views == ["preview", "page", "mturk-preview", "mturk", "prolific", "generic", *OTHER_TARGETS]
        for view, key in OTHER_TARGETS.items():
            driver.find_element(By.CSS_SELECTOR, f"#hitc-serve-views a[data-view='{view}']").click()
            wait_for_generation(driver, 1)
            assert driver.current_url.endswith(f"/hit/2/{view}")
            assert driver.find_element(By.ID, "hitc-serve-hit-number").text.strip() == "HIT 2 of 4"
            main = driver.find_element(By.ID, "hitc-serve-files")
            shown = {h.text: pre.text for h, pre in zip(main.find_elements(By.TAG_NAME, "h2"), main.find_elements(By.TAG_NAME, "pre"))}
            folder = next(p for p in (bundle / key, bundle / view) if p.is_dir())
            expected = sorted(str(f.relative_to(bundle)) for f in folder.rglob("*") if f.is_file())
            assert sorted(shown) == expected, view
            for name, text in shown.items():  # each file as built, shown as text (no markup of it rendered)
                built = (bundle / name).read_text(encoding="utf-8")
                assert text.split() == built.split(), name
            assert not main.find_elements(By.CSS_SELECTOR, "pre *")
        # The task page views still capture what would be sent.
        driver.get(server.url("/hit/2/mturk"))
        wait_for_generation(driver, 1)
        pagekit.fill_by_mouse(page, load_spec(spec), [{"relevance": "exact"}] * len(pagekit.items(page)))
        pagekit.click_submit(page)
        deadline = time.time() + 5
        while page.js("return window.hitcServe.captured.length") == 0 and time.time() < deadline:
            time.sleep(0.05)
        assert page.js("return window.hitcServe.captured")[0]["how"].startswith("form POST to https://workersandbox.mturk.com")
        assert driver.current_url.startswith(server.base)
    assert server.proc.returncode == 0, "".join(server.stderr)
