"""The fuzzing loop: make a case, run it, report its problems; in N threads
(each run is a child process, so threads are enough), until a time or a
number of cases is reached."""

import dataclasses
import random
import threading
import time
from dataclasses import dataclass, field

from . import case as case_mod
from . import mutate_bytes, mutate_table, mutate_yaml, special, yaml_lines
from .case import Case, Command

FORMATS = ["text"] * 8 + ["json", "github"]
MAX_INPUT_BYTES = 9 << 20
STACK_LIMIT = 1 << 20      # no further mutation is stacked on a file larger than this


@dataclass
class Stats:
    """Counters of a campaign (shared by the threads, under `lock`)."""
    started: float = field(default_factory=time.monotonic)
    executions: int = 0
    cases: dict = field(default_factory=lambda: {"spec": 0, "results": 0, "data": 0, "special": 0})
    runs: dict = field(default_factory=lambda: {"check": 0, "build": 0, "batch": 0, "aggregate": 0})
    exits: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind, results):
        """Counts one case and its runs."""
        with self.lock:
            self.cases[kind] += 1
            for command, outcome, _ in results:
                self.executions += 1
                self.runs[command.role] += 1
                key = f"{command.role}:{outcome.returncode}"
                self.exits[key] = self.exits.get(key, 0) + 1

    @property
    def total_cases(self):
        """Cases of every kind."""
        return sum(self.cases.values())

    def rate(self):
        """Executions per second since the start."""
        return self.executions / max(1e-9, time.monotonic() - self.started)


class CaseMaker:
    """Draws a seed and mutates one of its files into a case, with the commands that exercise it."""

    def __init__(self, seeds, weights):
        """`weights`: relative frequency of spec, results and data cases."""
        self.seeds = seeds
        self.examples = [s for s in seeds if s.origin == "example"]
        self.with_results = [s for s in self.examples if s.results]
        self.with_tables = [s for s in seeds if s.tables()]
        self.spec_bytes = [s.spec for s in seeds]
        self.table_bytes = [s.files[t] for s in self.with_tables for t in s.tables()]
        self.vocab = mutate_yaml.Vocabulary(self.spec_bytes)
        kinds = [k for k in ("spec", "results", "data") if weights.get(k, 0) > 0]
        if not self.with_results and "results" in kinds:
            kinds.remove("results")
        self.kinds = kinds
        self.kind_weights = [weights[k] for k in kinds]

    def _stacked(self, rng, data, one):
        """Applies `one` 1 to 6 times (fewer on a large file)."""
        for _ in range(rng.choice([1, 1, 1, 1, 1, 2, 2, 3, 4, 6])):
            if len(data) > STACK_LIMIT:
                break
            data = one(data)
        return data

    def spec_case(self, rng):
        """A mutated spec: check, and for a passing one sometimes build, batch or aggregate."""
        seed = rng.choice(self.examples) if rng.random() < 0.65 else rng.choice(self.seeds)

        def one(d):
            if rng.random() < 0.78:
                return mutate_yaml.mutate(rng, d, self.vocab, self.spec_bytes)
            return mutate_bytes.mutate(rng, d, self.spec_bytes)
        data = self._stacked(rng, seed.spec, one)
        files = dict(seed.files)
        commands = [self._command(rng, "check", ["spec.yaml"], False)]
        if rng.random() < 0.7:
            commands.append(self._command(rng, "build", ["spec.yaml", "-o", "out"], True))
        if seed.data and rng.random() < 0.12:
            commands.append(self._command(rng, "batch", ["spec.yaml", "--data", seed.data, "-o", "batch"], True))
        if seed.results and rng.random() < 0.08:
            name, results = rng.choice(seed.results)
            files[name] = results
            commands.append(self._command(rng, "aggregate", ["spec.yaml", "--results", name, "-o", "agg"], True))
        files["spec.yaml"] = data
        return Case(seed.name, "spec", files, "spec.yaml", commands)

    def results_case(self, rng):
        """A mutated results file of an example spec: aggregate."""
        seed = rng.choice(self.with_results)
        name, data = rng.choice(seed.results)
        others = [r for _, r in seed.results]

        def one(d):
            if rng.random() < 0.8:
                return mutate_table.mutate(rng, d, others, name)
            return mutate_bytes.mutate(rng, d, others)
        data = self._stacked(rng, data, one)
        files = dict(seed.files)
        files[name] = data
        if rng.random() < 0.2:
            # The spec too, aimed (a `max` of 1e308 lets answers near the largest double through).
            lines = yaml_lines.split_lines(seed.spec)
            mutated = mutate_yaml.targeted_value(rng, lines, self.vocab)
            if mutated is not None:
                files["spec.yaml"] = yaml_lines.join_lines(mutated)
        args = ["aggregate", "spec.yaml", "--results", name, "-o", "agg"] + self._format(rng)
        if rng.random() < 0.1:
            args += ["--format", rng.choice(["mturk", "long", "submissions", "label_studio", "toloka", "ground_truth", "appen"])]
        return Case(seed.name, "results", files, name, [Command("aggregate", args, fmt=self._fmt_of(args))])

    def data_case(self, rng):
        """A mutated data or gold file: check, batch, sometimes build."""
        seed = rng.choice(self.with_tables)
        target = rng.choice(seed.tables())

        def one(d):
            if rng.random() < 0.85:
                return mutate_table.mutate(rng, d, self.table_bytes, target)
            return mutate_bytes.mutate(rng, d, self.table_bytes)
        files = dict(seed.files)
        files[target] = self._stacked(rng, files[target], one)
        commands = [self._command(rng, "check", ["spec.yaml"], False)]
        data = seed.data or target
        if rng.random() < 0.6:
            commands.append(self._command(rng, "batch", ["spec.yaml", "--data", data, "-o", "batch"], False))
        if rng.random() < 0.2:
            commands.append(self._command(rng, "build", ["spec.yaml", "-o", "out"], True))
        return Case(seed.name, "data", files, target, commands)

    def _command(self, rng, role, args, only_if_check_passed):
        """A command with a random diagnostics format."""
        args = [role] + args + self._format(rng)
        return Command(role, args, fmt=self._fmt_of(args), only_if_check_passed=only_if_check_passed)

    @staticmethod
    def _format(rng):
        """Random --diagnostics-format arguments (text most of the time)."""
        fmt = rng.choice(FORMATS)
        return [] if fmt == "text" else ["--diagnostics-format", fmt]

    @staticmethod
    def _fmt_of(args):
        """The diagnostics format named in `args`."""
        return args[args.index("--diagnostics-format") + 1] if "--diagnostics-format" in args else "text"

    def make(self, rng):
        """One case of a random kind, its mutated file at most MAX_INPUT_BYTES."""
        kind = rng.choices(self.kinds, weights=self.kind_weights)[0]
        for _ in range(10):
            case = {"spec": self.spec_case, "results": self.results_case, "data": self.data_case}[kind](rng)
            if len(case.files[case.target]) <= MAX_INPUT_BYTES:
                break
        return case


def run(maker, store, binary, limits, base, seed, jobs, deadline=None, max_cases=None, log=print, every=10.0):
    """Runs the campaign; returns its Stats."""
    stats = Stats()
    stop = threading.Event()
    quota = threading.Semaphore(max_cases) if max_cases is not None else None

    def worker(index):
        """One thread: cases until the deadline, the quota or a stop."""
        rng = random.Random(seed * 1009 + index)
        while not stop.is_set():
            if deadline and time.monotonic() >= deadline:
                break
            if quota and not quota.acquire(blocking=False):
                break
            case = maker.make(rng)
            results = case_mod.execute(case, binary, limits, base)
            stats.add(case.kind, results)
            for command, outcome, problems in results:
                for problem in problems:
                    store.report(problem, case, command, outcome, stats.executions)

    # The special files are tiny: 3 s is plenty, and a FIFO that blocks costs no more than that.
    special_limits = dataclasses.replace(limits, timeout=min(limits.timeout, 3.0))
    for case in special.cases(maker.seeds):
        results = case_mod.execute(case, binary, special_limits, base)
        stats.add(case.kind, results)
        for command, outcome, problems in results:
            for problem in problems:
                store.report(problem, case, command, outcome, stats.executions)
    log(f"special files: {stats.cases['special']} cases (FIFO, /dev/zero, /dev/urandom, directory) done")

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(jobs)]
    for t in threads:
        t.start()
    try:
        last = time.monotonic()
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(timeout=0.5)
            if time.monotonic() - last >= every:
                last = time.monotonic()
                log(progress(stats, store))
    except KeyboardInterrupt:
        stop.set()
        log("interrupted: finishing the cases under way")
        for t in threads:
            t.join()
    return stats


def progress(stats, store):
    """One progress line."""
    found = store.new_this_run()
    elapsed = time.monotonic() - stats.started
    return (f"[{int(elapsed // 60):3d}:{int(elapsed % 60):02d}] {stats.executions} execs ({stats.rate():.1f}/s), "
            f"cases: {stats.cases['spec']} spec, {stats.cases['results']} results, {stats.cases['data']} data, "
            f"{stats.cases['special']} special; "
            f"findings: {len(found)} distinct, {sum(found.values())} hits")
