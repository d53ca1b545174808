"""A real Label Studio: the server (label-studio from PyPI, pinned in
requirements-label-studio-server.txt, in its own venv named by HITC_LABEL_STUDIO_PYTHON) started
offline with SQLite in a temporary data dir on a free loopback port; a project created over its
REST API from hitc's `label_studio/project.json`; `label_studio/tasks.json` imported; annotations
posted for several annotators (users created over the API); the JSON export downloaded and read by
`hitc aggregate --format label_studio`: each item's label equals the truth wherever the simulated
annotators agree. Every other example spec's project and tasks are created and imported on the
same server (its own config validation). The server is stopped in a finally.
"""

from __future__ import annotations

import csv
import json
import os
import re
import pathlib
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import EXAMPLE_SPECS, PlatformBuild, run_hitc, spec_id

KEY = "label_studio"
SPEC = next(p for p in EXAMPLE_SPECS if p.parent.name == "grocery-search-relevance")
PYTHON = os.environ.get("HITC_LABEL_STUDIO_PYTHON")
START_TIMEOUT = 150  # seconds: a first start runs Label Studio's migrations

pytestmark = pytest.mark.skipif(
    not PYTHON,
    reason="HITC_LABEL_STUDIO_PYTHON is not set: no Label Studio server to run "
           "(.ci/run makes .venv-label-studio from tests/platforms/requirements-label-studio-server.txt)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A Label Studio process and a client of its REST API with the admin's legacy token."""

    def __init__(self, data_dir: pathlib.Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(20)
        env = dict(os.environ)
        env.update({
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "DJANGO_DB": "sqlite",
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
            "LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED": "false",
            "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "",
        })
        self.log = open(data_dir / "server.log", "w")
        self.process = subprocess.Popen(
            [PYTHON, "-m", "label_studio.server", "start", "--no-browser",
             "--data-dir", str(data_dir), "--internal-host", "127.0.0.1", "-p", str(self.port),
             "--username", "admin@hitc.test", "--password", secrets.token_hex(12),
             "--user-token", self.token, "--enable-legacy-api-token"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=data_dir)

    def wait(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"label-studio exited with {self.process.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(1)
        raise AssertionError(f"label-studio did not answer /health in {START_TIMEOUT}s:\n{self.tail()}")

    def tail(self) -> str:
        self.log.flush()
        return "".join(pathlib.Path(self.log.name).read_text(errors="replace").splitlines(True)[-40:])

    def call(self, method: str, path: str, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={
            "Authorization": f"Token {self.token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                text = r.read().decode()
        except urllib.error.HTTPError as e:
            raise AssertionError(f"{method} {path}: HTTP {e.code}: {e.read().decode(errors='replace')[:2000]}")
        return json.loads(text) if text else None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def truth_of(gold_csv: pathlib.Path, question: str) -> dict:
    with gold_csv.open(newline="", encoding="utf-8") as f:
        return {row["item_id"]: row[question] for row in csv.DictReader(f)}


def test_a_real_label_studio_round_trip(platform_build, tmp_path):
    build = platform_build(SPEC, KEY)
    project_body = json.loads((build.bundle / "label_studio/project.json").read_text(encoding="utf-8"))
    tasks = json.loads((build.batch / "label_studio/tasks.json").read_text(encoding="utf-8"))
    options = ["exact", "substitute", "complement", "irrelevant"]  # option values (the config's aliases)

    data_dir = tmp_path / "ls-data"
    data_dir.mkdir()
    server = Server(data_dir)
    try:
        server.wait()
        project = server.call("POST", "/api/projects", project_body)
        # Label Studio kept hitc's config and instructions as they are.
        assert project["label_config"].strip() == project_body["label_config"].strip()
        # Label Studio sanitises the instructions (bleach with its own safe lists: ids, ARIA and data
        # attributes and link targets go); every word of the guidelines stays.
        assert text_of(project["expert_instruction"]) == text_of(project_body["expert_instruction"])
        assert "<section" in project["expert_instruction"] and "<table" in project["expert_instruction"]
        assert project["maximum_annotations"] == project_body["maximum_annotations"]
        imported = server.call("POST", f"/api/projects/{project['id']}/import", tasks)
        assert imported["task_count"] == len(tasks), imported

        # Every other example spec (and the XSS spec): Label Studio's own server takes its project
        # (config validated there) and all of its tasks.
        for other in EXAMPLE_SPECS:
            if other == SPEC:
                continue
            built = PlatformBuild(other, KEY, tmp_path / "others" / spec_id(other))
            body = json.loads((built.bundle / "label_studio/project.json").read_text(encoding="utf-8"))
            its_tasks = json.loads((built.batch / "label_studio/tasks.json").read_text(encoding="utf-8"))
            created = server.call("POST", "/api/projects", body)
            assert created["label_config"].strip() == body["label_config"].strip(), spec_id(other)
            done = server.call("POST", f"/api/projects/{created['id']}/import", its_tasks)
            assert done["task_count"] == len(its_tasks), (spec_id(other), done)

        annotators = [server.call("POST", "/api/users/", {"email": f"annotator{i}@hitc.test", "username": f"annotator{i}"})["id"]
                      for i in range(3)]
        stored = server.call("GET", f"/api/tasks?project={project['id']}&page_size=1000")
        stored = stored["tasks"] if isinstance(stored, dict) else stored
        assert len(stored) == len(tasks)

        # The simulated truth: a gold task's expected answer, else an option fixed by the item's
        # place; annotators 0 and 1 give it, annotator 2 another option on every third regular
        # item (the majority still agrees). A "can't judge" carries its required reason.
        gold = truth_of(SPEC.parent / "data/gold.csv", "relevance")
        target = to_name(project_body["label_config"])
        truth = {}
        for n, task in enumerate(sorted(stored, key=lambda t: t["data"]["item_id"])):
            key = task["data"]["item_id"]
            assert task["data"].get("hitc_gold", False) == (key in gold), key
            truth[key] = gold.get(key, options[n % len(options)])
            for a, user in enumerate(annotators):
                answer = truth[key]
                if a == 2 and n % 3 == 0 and key not in gold:
                    answer = options[(options.index(answer) + 1) % len(options)]
                result = [{"from_name": "relevance", "to_name": target, "type": "choices", "value": {"choices": [answer]}}]
                if answer == "cant_judge":
                    result.append({"from_name": "reason", "to_name": target, "type": "textarea",
                                   "value": {"text": ["The title is only a number."]}})
                server.call("POST", f"/api/tasks/{task['id']}/annotations/",
                            {"result": result, "completed_by": user, "lead_time": 30.0})

        export = server.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON")
    finally:
        server.stop()

    export_file = tmp_path / "export.json"
    export_file.write_text(json.dumps(export), encoding="utf-8")
    assert len(export) == len(tasks)
    assert all(len(t["annotations"]) == 3 for t in export)

    out = tmp_path / "aggregate"
    done = run_hitc("aggregate", str(build.spec), "--results", str(export_file), "--format", "label_studio", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with (out / "labels.csv").open(newline="", encoding="utf-8") as f:
        labels = {row["item"]: row["label"] for row in csv.DictReader(f) if row["question"] == "relevance"}
    regular = {key: value for key, value in truth.items() if key not in gold}
    assert set(labels) == set(regular), (sorted(labels), sorted(regular))
    for key, expected in regular.items():
        assert labels[key] == expected, (key, labels[key], expected)


def text_of(html: str) -> str:
    """The text of an HTML fragment, tags left out."""
    return re.sub(r"<[^>]*>", "", html)


def to_name(config: str) -> str:
    """The object the `relevance` control labels, read from the config."""
    import xml.etree.ElementTree as ET
    for element in ET.fromstring(config).iter("Choices"):
        if element.get("name") == "relevance":
            return element.get("toName")
    raise AssertionError("no relevance control in the config")
