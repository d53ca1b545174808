"""A test case: the files of one folder (a spec, its data, maybe a results
file), which of them was mutated, and the hitc commands to run in it."""

import os
import shlex
import shutil
import tempfile
from dataclasses import dataclass, field

from . import oracles, runner

# Which output folder each command writes (relative to the case folder).
OUTPUT = {"check": None, "build": "out", "batch": "batch", "aggregate": "agg"}


@dataclass
class Command:
    """One hitc invocation; `only_if_check_passed` runs it only when the case's `check` exited 0."""
    role: str
    args: list
    fmt: str = "text"
    only_if_check_passed: bool = False

    @property
    def output(self):
        """The folder the command writes, or None."""
        return OUTPUT[self.role]

    def shell(self):
        """The command line for a POSIX shell, the binary as "$HITC"."""
        return " ".join(['"$HITC"'] + [shlex.quote(a) for a in self.args])


@dataclass
class Case:
    """Files (relative path → bytes), the mutated one, and the commands."""
    seed: str
    kind: str                 # "spec", "data", "results" or "special"
    files: dict
    target: str
    commands: list = field(default_factory=list)

    def with_target(self, data):
        """The same case with the mutated file replaced."""
        files = dict(self.files)
        files[self.target] = data
        return Case(self.seed, self.kind, files, self.target, list(self.commands))


@dataclass
class Limits:
    """Timeouts (seconds), address-space limit and the peak-memory threshold of a finding."""
    timeout: float = 10.0
    memory_bytes: int = 2 << 30
    high_memory_kb: int = 1 << 20


def write_files(files, folder):
    """Writes relative path → bytes into `folder`; a non-bytes value is a special file
    (see special.py): a FIFO, a directory or a symlink."""
    for rel, data in files.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(data, bytes):
            with open(path, "wb") as f:
                f.write(data)
        elif data.kind == "fifo":
            os.mkfifo(path)
        elif data.kind == "dir":
            os.makedirs(path, exist_ok=True)
        else:
            os.symlink(data.target, path)


def input_size(case):
    """Bytes of the mutated file (0 for a special file)."""
    data = case.files[case.target]
    return len(data) if isinstance(data, bytes) else 0


def materialise(case, base):
    """Writes the case's files into a new folder under `base`; returns its path."""
    folder = tempfile.mkdtemp(prefix="case-", dir=base)
    write_files(case.files, folder)
    return folder


# Problems whose signature is only the command: the mutated file's name is added, so that a hang
# in reading MTurk results and one in reading submissions are two findings.
# A special file (FIFO, /dev/zero...) is named in every signature of its case.
BY_INPUT = {"timeout", "high-memory", "memory-limit", "output-amplification"}


def run_command(binary, command, folder, limits, target, input_bytes, special=b"", backtrace=False):
    """Runs one command in `folder` (`target`: the mutated file, `special` its Special kind when it is
    not a regular file); returns its outcome and problems."""
    timeout = limits.timeout * (1 if command.role == "check" else 2)
    outcome = runner.run([binary] + command.args, folder, timeout, limits.memory_bytes, backtrace=backtrace)
    problems = oracles.process(outcome, command.role, limits)
    problems += oracles.streams(outcome, command.role, command.fmt)
    problems += oracles.diagnostics_format(outcome, command.role, command.fmt)
    problems += oracles.amplification(outcome, command.role, input_bytes)
    if command.output:
        problems += oracles.outputs(outcome, command.role, folder, command.output)
    label = os.path.basename(target)
    if not isinstance(special, bytes):
        label += f"={special.describe()}"
    return outcome, [oracles.Problem(p.category, f"{p.detail}:{label}", p.message)
                     if p.category in BY_INPUT or not isinstance(special, bytes) else p for p in problems]


def execute(case, binary, limits, base):
    """Runs the case's commands in a fresh folder. Returns [(command, outcome, problems)]."""
    folder = materialise(case, base)
    results = []
    try:
        check_passed = None
        for command in case.commands:
            if command.only_if_check_passed and not check_passed:
                continue
            outcome, problems = run_command(binary, command, folder, limits, case.target, input_size(case),
                                            case.files[case.target])
            if command.role == "check":
                check_passed = outcome.returncode == 0
            results.append((command, outcome, problems))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def reproduce(case, command, binary, limits, base, backtrace=False):
    """Runs only `command` of `case` in a fresh folder; returns (outcome, problems)."""
    folder = materialise(case, base)
    try:
        return run_command(binary, command, folder, limits, case.target, input_size(case), case.files[case.target],
                           backtrace=backtrace)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
