"""Toloka: every example spec (and the XSS spec) built and batched for `toloka`, checked with
toloka-kit 1.2.3, Toloka's own client library.

- `toloka/project.json` loads through `Project.structure`: every Template Builder component is
  one of toloka-kit's classes (an unknown type becomes a generated class outside
  `toloka.client.project.template_builder`), no component, field spec, project or view spec has
  an unexpected property (`_unexpected`), and `lock` is the one toloka-kit derives.
- `toloka/pool.json` loads through `Pool.structure` with no unexpected property, and its overlap,
  pages and reward are the spec's.
- `toloka/tasks.tsv`, read as pandas reads Toloka's files, has one `INPUT:` column per
  `input_spec` field and `GOLDEN:` columns of `output_spec` fields, each gold answer valid for its
  output.
- Results written as Toloka's export (pandas `to_csv(sep="\\t")`, as toloka-kit's test writes it)
  aggregate through `hitc aggregate --format toloka` to the answers given.
- Negative controls: a config with an unknown component or a misspelt property is refused.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import pathlib

import pandas as pd
from toloka.client import Pool
from toloka.client.project import Project

from conftest import EXAMPLE_SPECS, run_hitc


def project_problems(payload: dict) -> list[str]:
    """What toloka-kit does not know in a project payload."""
    project = Project.structure(copy.deepcopy(payload))
    found: list[str] = []

    def walk(value):
        if hasattr(value, "__attrs_attrs__"):
            module = type(value).__module__
            if not module.startswith("toloka.client.project.template_builder"):
                found.append(f"unknown component {type(value).__name__}")
            if getattr(value, "_unexpected", None):
                found.append(f"{type(value).__name__}: unexpected {sorted(value._unexpected)}")
            for attribute in value.__attrs_attrs__:
                walk(getattr(value, attribute.name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(project.task_spec.view_spec.config)
    specs = {**project.task_spec.input_spec, **project.task_spec.output_spec}
    for name, spec in specs.items():
        if getattr(spec, "_unexpected", None):
            found.append(f"field spec {name}: unexpected {sorted(spec._unexpected)}")
    for owner in (project, project.task_spec, project.task_spec.view_spec):
        if getattr(owner, "_unexpected", None):
            found.append(f"{type(owner).__name__}: unexpected {sorted(owner._unexpected)}")
    if project.unstructure()["task_spec"]["view_spec"]["lock"] != payload["task_spec"]["view_spec"]["lock"]:
        found.append("lock differs from toloka-kit's")
    return found


def unexpected_anywhere(value, path="pool") -> list[str]:
    """Every toloka-kit object in `value` with an unexpected property."""
    found = []
    if hasattr(value, "__attrs_attrs__"):
        if getattr(value, "_unexpected", None):
            found.append(f"{path}: unexpected {sorted(value._unexpected)}")
        for attribute in value.__attrs_attrs__:
            found += unexpected_anywhere(getattr(value, attribute.name), f"{path}.{attribute.name}")
    elif isinstance(value, (list, tuple)):
        for k, item in enumerate(value):
            found += unexpected_anywhere(item, f"{path}[{k}]")
    return found


def read_tsv(path: pathlib.Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)


def test_every_project_loads_through_toloka_kit(example_spec, platform_build):
    build = platform_build(example_spec, "toloka")
    payload = json.loads((build.bundle / "toloka/project.json").read_text(encoding="utf-8"))
    assert project_problems(payload) == []
    config = json.loads(payload["task_spec"]["view_spec"]["config"])
    assert config["view"]["type"] == "view.list"
    # The full guidelines are the instructions, without the page around them.
    instructions = payload.get("public_instructions", "")
    assert "<section" in instructions and "<main" not in instructions and "<script" not in instructions.lower()


def test_every_pool_loads_through_toloka_kit(example_spec, platform_build):
    build = platform_build(example_spec, "toloka")
    payload = json.loads((build.bundle / "toloka/pool.json").read_text(encoding="utf-8"))
    pool = Pool.structure(copy.deepcopy(payload))
    assert unexpected_anywhere(pool) == []
    aggregation = json.loads((build.bundle / "aggregation.json").read_text(encoding="utf-8"))
    assert pool.defaults.default_overlap_for_new_tasks == aggregation["judgments_per_item"]
    gold = aggregation.get("gold", {}).get("per_hit", 0)
    assert pool.mixer_config.real_tasks_count + pool.mixer_config.golden_tasks_count == aggregation["items_per_hit"]
    assert pool.mixer_config.golden_tasks_count == gold
    assert pool.reward_per_assignment >= 0.005
    rules = pool.quality_control.configs if pool.quality_control else []
    assert bool(rules) == ("min_accuracy" in aggregation.get("gold", {}) and gold > 0)
    assert Pool.structure(payload).unstructure() == payload, "every field round-trips through toloka-kit"
    # The task's language, and the qualification's countries where the spec has them.
    conditions = [c for group in pool.filter.and_ for c in group.or_]
    assert any(type(c).__name__ == "Languages" for c in conditions)
    countries = {c.value for c in conditions if type(c).__name__ == "Country"}
    spec_text = build.spec.read_text(encoding="utf-8")
    if "locales:" in spec_text:
        assert countries, "the qualification's locales are the pool's countries"


def test_every_tasks_file_fits_the_project(example_spec, platform_build):
    build = platform_build(example_spec, "toloka")
    project = json.loads((build.bundle / "toloka/project.json").read_text(encoding="utf-8"))
    inputs, outputs = project["task_spec"]["input_spec"], project["task_spec"]["output_spec"]
    tasks = read_tsv(next(build.batch.rglob("toloka/tasks.tsv")))
    columns = list(tasks.columns)
    assert [c for c in columns if c.startswith("INPUT:")] == [f"INPUT:{f}" for f in inputs] or \
        {c[6:] for c in columns if c.startswith("INPUT:")} == set(inputs)
    golden = [c[7:] for c in columns if c.startswith("GOLDEN:")]
    assert set(golden) <= set(outputs)
    assert all(c.startswith(("INPUT:", "GOLDEN:")) for c in columns)
    assert len(tasks) > 0
    for name, spec in inputs.items():
        if spec.get("required"):
            assert (tasks[f"INPUT:{name}"] != "").all(), name
        if "allowed_values" in spec:
            assert set(tasks[f"INPUT:{name}"]) - {""} <= set(spec["allowed_values"]), name
    control = tasks[[f"GOLDEN:{q}" for q in golden]].ne("").any(axis=1) if golden else pd.Series(False, index=tasks.index)
    for q in golden:
        for value in tasks.loc[control, f"GOLDEN:{q}"]:
            if value == "":
                continue
            if outputs[q]["type"] == "json":
                answer = json.loads(value)
                assert isinstance(answer, dict) and all(v is True for v in answer.values()), value
            elif "allowed_values" in outputs[q]:
                assert value in outputs[q]["allowed_values"], (q, value)
    # Each item once: control tasks are not repeated per page.
    key = [c for c in columns if c.startswith("INPUT:")][0]
    assert not tasks[key].duplicated().any()


def test_a_results_export_written_by_pandas_aggregates_to_the_answers(tmp_path, platform_build):
    spec = next(s for s in EXAMPLE_SPECS if s.parent.name == "grocery-search-relevance")
    build = platform_build(spec, "toloka")
    tasks = read_tsv(next(build.batch.rglob("toloka/tasks.tsv")))
    items = [k for k, g in zip(tasks["INPUT:item_id"], tasks["GOLDEN:relevance"]) if g == ""][:6]
    options = ["exact", "substitute", "complement", "irrelevant"]
    rows = []
    for n, item in enumerate(items):
        truth = options[n % len(options)]
        for w in range(3):
            answer = truth if w < 2 else options[(n + 1) % len(options)]
            reason = 'says "why",\ttab\nline' if w == 0 else ""
            rows.append({"INPUT:item_id": item, "INPUT:query": f"q {n}", "OUTPUT:relevance": answer, "OUTPUT:reason": reason,
                         "GOLDEN:relevance": "", "HINT:text": "", "ASSIGNMENT:link": f"https://toloka.ai/a/{n}-{w}",
                         "ASSIGNMENT:assignment_id": f"a{n}-{w}", "ASSIGNMENT:worker_id": f"w{w}",
                         "ASSIGNMENT:status": "APPROVED", "ASSIGNMENT:started": "2024-05-01T12:00:00",
                         "ASSIGNMENT:submitted": "2024-05-01T12:01:00"})
    rows.append({**rows[0], "ASSIGNMENT:worker_id": "w9", "OUTPUT:relevance": "irrelevant", "ASSIGNMENT:status": "REJECTED"})
    results = tmp_path / "assignments.tsv"
    pd.DataFrame(rows).to_csv(results, sep="\t", index=False)
    out = tmp_path / "agg"
    done = run_hitc("aggregate", str(build.spec), "--results", str(results), "-o", str(out))
    assert done.returncode == 0, done.stderr
    labels = {(r["item"], r["question"]): r for r in csv.DictReader(io.StringIO((out / "labels.csv").read_text(encoding="utf-8")))}
    for n, item in enumerate(items):
        row = labels[(item, "relevance")]
        assert row["label"] == options[n % len(options)] and row["judgments"] == "3", row
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "toloka" in json.dumps(summary)
    assert '"rejected_assignments": 1' in json.dumps(summary) or "'rejected_assignments': 1" in str(summary), summary


def test_negative_controls_are_refused(platform_build):
    spec = next(s for s in EXAMPLE_SPECS if s.parent.name == "grocery-search-relevance")
    build = platform_build(spec, "toloka")
    payload = json.loads((build.bundle / "toloka/project.json").read_text(encoding="utf-8"))
    config = json.loads(payload["task_spec"]["view_spec"]["config"])
    bogus = copy.deepcopy(payload)
    config_bogus = copy.deepcopy(config)
    config_bogus["view"]["items"].append({"type": "view.bogus", "content": "x"})
    bogus["task_spec"]["view_spec"]["config"] = json.dumps(config_bogus)
    assert any("unknown component" in p for p in project_problems(bogus))
    misspelt = copy.deepcopy(payload)
    config_misspelt = copy.deepcopy(config)
    config_misspelt["view"]["items"][0]["contnet"] = "x"
    misspelt["task_spec"]["view_spec"]["config"] = json.dumps(config_misspelt)
    assert any("unexpected" in p for p in project_problems(misspelt))
    pool = json.loads((build.bundle / "toloka/pool.json").read_text(encoding="utf-8"))
    pool["mixer_config"]["real_task_count"] = 3
    assert unexpected_anywhere(Pool.structure(pool)) != []


def test_an_exclusive_option_is_refused_with_another_by_the_fields_json_schema(platform_build):
    """product-categorisation's 'None of these' (`exclusive: true`): the checkbox group's
    `condition.schema` with a hint, read by a JSON Schema draft 7 validator (the draft Toloka's
    condition.schema names), refuses it with a real tag and accepts every other answer shape."""
    import jsonschema

    spec = next(s for s in EXAMPLE_SPECS if s.parent.name == "product-categorisation")
    build = platform_build(spec, "toloka")
    payload = json.loads((build.bundle / "toloka/project.json").read_text(encoding="utf-8"))
    config = json.loads(payload["task_spec"]["view_spec"]["config"])
    hinted = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("type") == "condition.schema" and "hint" in value:
                hinted.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(config)
    assert [c["data"]["path"] for c in hinted] == ["dietary_tags"]
    assert hinted[0]["hint"] == "“None of these” is chosen alone: untick it or the other options."
    validator = jsonschema.Draft7Validator(hinted[0]["schema"])
    jsonschema.Draft7Validator.check_schema(hinted[0]["schema"])
    assert not validator.is_valid({"none_apply": True, "vegan": True})
    assert not validator.is_valid({"organic": True, "none_apply": True, "vegetarian": True})
    for fine in ({"none_apply": True}, {"vegan": True, "organic": True}, {"none_apply": True, "vegan": False},
                 {"none_apply": False, "vegan": True}, {}, None):
        assert validator.is_valid(fine), fine
