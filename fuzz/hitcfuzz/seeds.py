"""The seed folders: each example spec with its data (and generated results
files), and each case of the invalid-spec corpus whose spec is a regular file."""

import os
import re
from dataclasses import dataclass, field

from . import results_seeds

_SAMPLE = re.compile(rb"^\s+sample:\s*['\"]?([^\s'\"#]+)", re.M)
_SKIP = {"expected.txt", "options.txt"}
MAX_SEED_BYTES = 2 << 20


@dataclass
class SeedFolder:
    """A spec and the files beside it, as relative path → bytes."""
    name: str
    origin: str                       # "example" or "corpus"
    files: dict
    data: str = None                  # the data sample (for `hitc batch --data`), when there is one
    results: list = field(default_factory=list)   # generated results files: (file name, bytes)

    @property
    def spec(self):
        """The spec file."""
        return self.files["spec.yaml"]

    def tables(self):
        """The data files (CSV or JSON Lines) beside the spec."""
        return [p for p in self.files if p != "spec.yaml" and p.endswith((".csv", ".jsonl", ".ndjson"))]


def _read_folder(folder):
    """Relative path → bytes of every regular file in `folder`, or None when they are too large."""
    files = {}
    total = 0
    for dirpath, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(dirpath, name), folder)
            path = os.path.join(dirpath, name)
            if rel in _SKIP or not os.path.isfile(path) or os.path.islink(path):
                continue
            with open(path, "rb") as f:
                files[rel] = f.read()
            total += len(files[rel])
    return files if total <= MAX_SEED_BYTES else None


def _data_path(files):
    """The spec's `data.sample` file when it is in the folder, else a file named like a sample."""
    m = _SAMPLE.search(files.get("spec.yaml", b""))
    if m:
        path = m.group(1).decode("latin-1")
        if path in files:
            return path
    return next((p for p in sorted(files) if "sample" in p), None)


def load(root):
    """Every seed folder under the repository `root`."""
    seeds = []
    specs = os.path.join(root, "Specs")
    for name in sorted(os.listdir(specs)):
        folder = os.path.join(specs, name)
        if os.path.isfile(os.path.join(folder, "spec.yaml")):
            files = _read_folder(folder)
            if files:
                seeds.append(SeedFolder(name, "example", files, _data_path(files)))
                every = _with_every_platform(files)
                if every:
                    seeds.append(SeedFolder(name + "-every-platform", "example", every, _data_path(every)))
                for method, variant in _with_each_method(files):
                    seeds.append(SeedFolder(f"{name}-{method}", "example", variant, _data_path(variant)))
    corpus = os.path.join(root, "Tests", "Corpus", "invalid")
    for name in sorted(os.listdir(corpus)):
        spec = os.path.join(corpus, name, "spec.yaml")
        if os.path.isfile(spec) and not os.path.islink(spec):
            files = _read_folder(os.path.join(corpus, name))
            if files and "spec.yaml" in files:
                seeds.append(SeedFolder(name, "corpus", files, _data_path(files)))
    return seeds


PLATFORM_TARGETS = b"\ntargets:\n  label_studio: {}\n  toloka: {}\n  ground_truth: {}\n  appen: {}\n"


def _with_every_platform(files):
    """The example's files with the platforms it does not name added under its `targets:`, so
    mutated specs also run every platform's checks, files and batch files; None without `targets:`."""
    spec = files.get("spec.yaml", b"")
    if b"\ntargets:\n" not in spec:
        return None
    every = dict(files)
    every["spec.yaml"] = spec.replace(b"\ntargets:\n", PLATFORM_TARGETS, 1)
    return every


# The categorical methods the examples do not use themselves.
OTHER_METHODS = [b"one_coin", b"wawa", b"zero_based_skill", b"glad", b"mace"]


def _with_each_method(files):
    """The example's files once per method of `OTHER_METHODS`, each rule that votes
    (`majority`, `weighted_majority`, `dawid_skene`) switched to it, so mutated results
    also run every method; nothing when the example has no such rule."""
    spec = files.get("spec.yaml", b"")
    voting = re.compile(rb"method: (majority|weighted_majority|dawid_skene)\b")
    if not voting.search(spec):
        return []
    variants = []
    for method in OTHER_METHODS:
        variant = dict(files)
        variant["spec.yaml"] = voting.sub(b"method: " + method, spec)
        variants.append((method.decode(), variant))
    return variants


def add_results(seeds, configs, rng):
    """Generates results files for the example seeds whose aggregation config is known."""
    for seed in seeds:
        config = configs.get(seed.name)
        if seed.origin == "example" and config:
            seed.results = results_seeds.generate(seed, config, rng)
