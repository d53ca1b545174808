"""Label Studio's exports read back by `hitc aggregate --format label_studio`, checked against
label-studio-sdk's own converter: each example spec is built and batched for Label Studio,
simulated annotators answer every imported task through the controls of the built
`config.xml` (a Label Studio JSON export, with a cancelled annotation), the SDK's `Converter`
turns that export into JSON-MIN, and hitc must read both into the same labels and worker
scores (`labels.csv` byte for byte, `workers.csv` line for line)."""

from __future__ import annotations

import json
import pathlib
import xml.etree.ElementTree as ET

from label_studio_sdk.converter import Converter

from conftest import run_hitc


def controls(config: pathlib.Path) -> list[tuple[str, str, list[str], dict]]:
    """(name, tag, choice aliases, attributes) of each control of the config, in document order."""
    out = []
    for element in ET.parse(config).iter():
        if element.tag in ("Choices", "Number", "TextArea"):
            aliases = [c.get("alias") or c.get("value") for c in element.iter("Choice")]
            out.append((element.get("name"), element.tag, aliases, dict(element.attrib)))
    return out


def answer(tag: str, aliases: list[str], attributes: dict, task: int, annotator: int) -> dict:
    if tag == "Choices":
        # Annotators 1 and 2 agree, annotator 3 differs on every other task.
        pick = (task + (1 if annotator == 3 and task % 2 else 0)) % len(aliases)
        return {"choices": [aliases[pick]]}
    if tag == "Number":
        low = float(attributes.get("min", 0))
        value = low + (task % 3 if "max" not in attributes else 0)
        return {"number": int(value) if value.is_integer() else value}
    return {"text": [f"note {task} from {annotator}"]}


def export(tasks: list[dict], config: pathlib.Path) -> list[dict]:
    """A Label Studio JSON export of `tasks` (the import) annotated by three annotators."""
    out = []
    annotation = 0
    for t, task in enumerate(tasks):
        annotations = []
        for annotator in (1, 2, 3):
            annotation += 1
            result = [{"id": f"r{annotation}-{i}", "from_name": name, "to_name": attributes.get("toName", ""),
                       "type": tag.lower(), "origin": "manual", "value": answer(tag, aliases, attributes, t, annotator)}
                      for i, (name, tag, aliases, attributes) in enumerate(controls(config))]
            annotations.append({"id": annotation, "result": result, "was_cancelled": False, "ground_truth": False,
                                "completed_by": {"id": annotator, "email": f"annotator{annotator}@example.org"},
                                "lead_time": 10.0 + annotator, "created_at": f"2026-12-06T10:{10 - annotator:02d}:00.000000Z",
                                "updated_at": "2026-12-06T10:00:00.000000Z", "task": t + 1})
        annotations.append({"id": 100_000 + t, "result": [], "was_cancelled": True, "completed_by": 9, "lead_time": 1.0,
                            "created_at": "2026-12-06T09:00:00.000000Z"})
        out.append({"id": t + 1, "data": task["data"], "annotations": annotations, "predictions": [], "meta": {},
                    "project": 1, "total_annotations": 3, "cancelled_annotations": 1})
    return out


def test_json_and_the_sdks_json_min_give_the_same_labels(example_spec, platform_build, tmp_path):
    build = platform_build(example_spec, "label_studio")
    config = build.bundle / "label_studio/config.xml"
    tasks = json.loads((build.batch / "label_studio/tasks.json").read_text(encoding="utf-8"))
    assert tasks and controls(config)

    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(export(tasks, config), ensure_ascii=False, indent=2), encoding="utf-8")
    converted = tmp_path / "min"
    Converter(config=str(config), project_dir=str(tmp_path), download_resources=False).convert_to_json_min(
        str(exported), str(converted), is_dir=False)
    json_min = converted / "result.json"
    records = json.loads(json_min.read_text(encoding="utf-8"))
    assert len(records) == 3 * len(tasks), "JSON-MIN holds one record per annotation that was not cancelled"

    outputs = {}
    for name, results in (("json", exported), ("min", json_min)):
        run = run_hitc("aggregate", str(build.spec), "--results", str(results), "--format", "label_studio",
                       "-o", str(tmp_path / f"agg-{name}"))
        assert run.returncode == 0, f"{name}: {run.stdout}\n{run.stderr}"
        assert "(label_studio format)" in run.stdout
        outputs[name] = tmp_path / f"agg-{name}"
    assert (outputs["json"] / "labels.csv").read_bytes() == (outputs["min"] / "labels.csv").read_bytes()
    # The converter lists a task's annotations newest first (annotator 1 is the newest here, so
    # texts are collected in the same order); workers are numbered in another order.
    workers = [sorted((outputs[n] / "workers.csv").read_text().splitlines()) for n in ("json", "min")]
    assert workers[0] == workers[1]
    summary = json.loads((outputs["json"] / "summary.json").read_text())
    assert summary["rejected_assignments"] == len(tasks)
    assert summary["workers"] == 3
    # Every task's item got its labels (gold items aside: hitc labels only real items).
    labelled = {line.split(",")[0] for line in (outputs["json"] / "labels.csv").read_text().splitlines()[1:]}
    assert labelled, "no labels"
