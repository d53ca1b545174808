"""Loads a hitc toloka/project.json through toloka-kit and fails on anything it does not know.

Usage: python toloka_project.py <project.json>...
Needs toloka-kit 1.2.3 (it imports only with httpx<0.28 and cattrs<23):
    pip install 'toloka-kit==1.2.3' 'httpx<0.28' 'cattrs<23'
A component of an unknown type becomes a generated class outside
toloka.client.project.template_builder; a misspelled property lands in `_unexpected`.
"""
import json
import sys

from toloka.client.project import Project


def problems(path):
    payload = json.load(open(path, encoding="utf-8"))
    project = Project.structure(payload)
    found = []

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


if __name__ == "__main__":
    failed = False
    for path in sys.argv[1:]:
        for problem in problems(path):
            print(f"{path}: {problem}")
            failed = True
    sys.exit(1 if failed else 0)
