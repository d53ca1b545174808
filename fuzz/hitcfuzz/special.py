"""Inputs that are not regular files (issue 9, item 1): a FIFO, a symlink to
/dev/zero or /dev/urandom, a directory, where hitc expects a spec, a data,
gold or results file. Not mutations: a fixed list of cases, run once at the
start of every campaign (each may cost a timeout)."""

from dataclasses import dataclass

from .case import Case, Command


@dataclass(frozen=True)
class Special:
    """A file that is not a regular file: `kind` is "fifo", "dir" or "symlink" (to `target`)."""
    kind: str
    target: str = ""

    def describe(self):
        """How findings name this kind of file."""
        return {"fifo": "a FIFO", "dir": "a directory"}.get(self.kind, f"a symlink to {self.target}")


KINDS = [Special("fifo"), Special("symlink", "/dev/zero"), Special("symlink", "/dev/urandom"), Special("dir")]


def cases(seeds):
    """The special-file cases for the first example seed that has data and results files."""
    seed = next((s for s in seeds if s.origin == "example" and s.data and s.results), None)
    if seed is None:
        return []
    gold = next((p for p in seed.tables() if "gold" in p), None)
    results_name, results = seed.results[0]
    out = []
    for special in KINDS:
        files = dict(seed.files)
        files["spec.yaml"] = special
        out.append(Case(seed.name, "special", files, "spec.yaml", [Command("check", ["check", "spec.yaml"])]))
        for target in filter(None, [seed.data, gold]):
            files = dict(seed.files)
            files[target] = special
            commands = [Command("check", ["check", "spec.yaml"])]
            if target == seed.data:
                commands.append(Command("batch", ["batch", "spec.yaml", "--data", seed.data, "-o", "batch"]))
            out.append(Case(seed.name, "special", files, target, commands))
        files = dict(seed.files)
        files[results_name] = special
        out.append(Case(seed.name, "special", files, results_name,
                        [Command("aggregate", ["aggregate", "spec.yaml", "--results", results_name, "-o", "agg"])]))
    return out
