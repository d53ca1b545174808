"""Findings: one per distinct signature, confirmed, minimised and saved as a
folder that replays with one command line.

    <findings>/<category>-<hash>/
      files/            the case folder, the mutated file minimised
      original/         the mutated file before minimisation
      cmd.txt           the command line (run inside files/)
      stdout.txt, stderr.txt, finding.json
      triage.txt        stderr of the triage (debug) binary and of a run with Swift's backtracer
"""

import hashlib
import json
import os
import re
import shutil
import threading

from . import case as case_mod
from . import backtrace, minimise, oracles

SLOW = {"timeout", "high-memory", "memory-limit"}
REFINE_PER_SIGNATURE = 100


class FindingStore:
    """Thread-safe store of findings under `root`."""

    def __init__(self, root, binary, limits, base, triage_binary=None, minimise_seconds=120, log=print):
        """Loads the signatures of the findings already in `root`."""
        self.root = root
        self.binary = binary
        self.triage_binary = triage_binary
        self.limits = limits
        self.base = base
        self.minimise_seconds = minimise_seconds
        self.log = log
        self.lock = threading.Lock()
        self.counts = {}        # signature → hits in this run
        self.folders = {}       # signature → folder
        self.pending = set()
        self.refined = {}       # coarse signal signature → refinements tried
        self.flaky = {}         # slow signature → confirmations that failed
        os.makedirs(root, exist_ok=True)
        for name in sorted(os.listdir(root)):
            meta = os.path.join(root, name, "finding.json")
            if os.path.exists(meta):
                with open(meta) as f:
                    self.folders[json.load(f)["signature"]] = os.path.join(root, name)

    def new_this_run(self):
        """Signatures seen in this run, with their hit counts."""
        with self.lock:
            return dict(self.counts)

    def _refine(self, problem, case, command):
        """Splits a bare signal by the message a debug build prints (release builds trap silently);
        at most REFINE_PER_SIGNATURE times per bare signal."""
        if problem.category != "signal" or ":" in problem.detail.split(":SIG", 1)[1]:
            return problem
        with self.lock:
            tried = self.refined.get(problem.signature, 0)
            if tried >= REFINE_PER_SIGNATURE:
                return problem
            self.refined[problem.signature] = tried + 1
        return self._refine_now(problem, case, command)

    def _refine_now(self, problem, case, command):
        """The problem with the crash site added: the failure and the first frame with a source line
        that Swift's backtracer prints, else the debug binary's `Fatal error` message."""
        outcome, _ = case_mod.reproduce(case, command, self.binary, self.limits, self.base, backtrace=True)
        site = backtrace.crash_site(outcome.stderr)
        if site:
            return oracles.Problem("signal", f"{problem.detail}:{site}", problem.message)
        if self.triage_binary:
            _, problems = case_mod.reproduce(case, command, self.triage_binary, self.limits, self.base)
            for p in problems:
                if p.category in ("fatal-error", "signal") and "Fatal error" in p.detail:
                    return oracles.Problem("signal", problem.detail + ":" + p.detail.split(":", 1)[1], problem.message)
        return problem

    def report(self, problem, case, command, outcome, execution):
        """Counts a problem; the first time its signature is seen, confirms, minimises and saves it."""
        problem = self._refine(problem, case, command)
        signature = problem.signature
        with self.lock:
            self.counts[signature] = self.counts.get(signature, 0) + 1
            if signature in self.folders or signature in self.pending or self.flaky.get(signature, 0) >= 3:
                return False
            self.pending.add(signature)
        try:
            self._save(problem, case, command, outcome, execution)
        finally:
            with self.lock:
                self.pending.discard(signature)
        return True

    def _reproduces(self, case, command, signature, binary=None):
        """Whether running `command` of `case` again gives a problem with `signature`."""
        _, problems = case_mod.reproduce(case, command, binary or self.binary, self.limits, self.base)
        for p in problems:
            if p.signature == signature:
                return True
            if p.category == "signal" and signature.startswith(p.signature + ":"):
                if self._refine_now(p, case, command).signature == signature:
                    return True
        return False

    def _save(self, problem, case, command, outcome, execution):
        """Confirms, minimises and writes one new finding (a slow one only when confirmed)."""
        signature = problem.signature
        original = case.files[case.target]
        confirmed = self._reproduces(case, command, signature)
        if not confirmed and problem.category in SLOW:
            with self.lock:
                self.flaky[signature] = self.flaky.get(signature, 0) + 1
            self.log(f"not confirmed (load?): {signature}")
            return
        reduced = case
        if confirmed and problem.category not in SLOW and isinstance(original, bytes):
            data = minimise.minimise(original, lambda d: self._reproduces(case.with_target(d), command, signature),
                                     seconds=self.minimise_seconds)
            reduced = case.with_target(data)
        digest = hashlib.sha1(signature.encode()).hexdigest()[:8]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", problem.detail)[:40].strip("-")
        folder = os.path.join(self.root, f"{problem.category}-{slug}-{digest}")
        shutil.rmtree(folder, ignore_errors=True)
        files = os.path.join(folder, "files")
        os.makedirs(files)
        case_mod.write_files(reduced.files, files)
        os.makedirs(os.path.join(folder, "original", os.path.dirname(case.target)), exist_ok=True)
        with open(os.path.join(folder, "original", case.target + ("" if isinstance(original, bytes) else ".txt")), "wb") as f:
            f.write(original if isinstance(original, bytes) else f"{case.target} is {original.describe()}\n".encode())
        final, _ = case_mod.reproduce(reduced, command, self.binary, self.limits, self.base)
        with open(os.path.join(folder, "stdout.txt"), "wb") as f:
            f.write(final.stdout[:200000])
        with open(os.path.join(folder, "stderr.txt"), "wb") as f:
            f.write(final.stderr[:200000])
        with open(os.path.join(folder, "cmd.txt"), "w") as f:
            f.write(f"# run inside {os.path.join(folder, 'files')} (the mutated file: {case.target})\n")
            f.write(f"# expect: {problem.category}: {problem.message}\n")
            if not isinstance(original, bytes):
                f.write(f"# {case.target} is {original.describe()} (files/ holds it; git cannot)\n")
            f.write(f"cd files && {command.shell()}\n")
        self._triage(folder, reduced, command, problem)
        meta = {"signature": signature, "category": problem.category, "severity": oracles.SEVERITY.get(problem.category),
                "message": problem.message, "seed": case.seed, "kind": case.kind, "target": case.target,
                "command": command.args, "execution": execution, "confirmed": confirmed,
                "original_bytes": case_mod.input_size(case), "minimised_bytes": case_mod.input_size(reduced),
                "exit": final.returncode, "seconds": round(final.seconds, 3), "max_rss_kb": final.max_rss_kb}
        with open(os.path.join(folder, "finding.json"), "w") as f:
            json.dump(meta, f, indent=2, sort_keys=True)
        with self.lock:
            self.folders[signature] = folder
        self.log(f"NEW {problem.category}: {problem.detail} ({meta['original_bytes']} → {meta['minimised_bytes']} bytes"
                 f"{'' if confirmed else ', NOT confirmed'}) in {folder}")

    def _triage(self, folder, case, command, problem):
        """For crashes: the debug build's message and a backtrace."""
        if problem.category not in ("signal", "fatal-error", "exit-code", "memory-limit"):
            return
        parts = []
        if self.triage_binary:
            outcome, _ = case_mod.reproduce(case, command, self.triage_binary, self.limits, self.base)
            parts.append(f"== triage binary {self.triage_binary}: exit {outcome.returncode}\n")
            parts.append(outcome.stderr[-20000:].decode("utf-8", "replace"))
        outcome, _ = case_mod.reproduce(case, command, self.binary, self.limits, self.base, backtrace=True)
        parts.append(f"\n== {self.binary} with SWIFT_BACKTRACE: exit {outcome.returncode}\n")
        parts.append(outcome.stderr[-40000:].decode("utf-8", "replace"))
        with open(os.path.join(folder, "triage.txt"), "w") as f:
            f.write("".join(parts))

    def write_counts(self):
        """Adds this run's hit counts to each finding's folder (hits.txt)."""
        with self.lock:
            for signature, count in self.counts.items():
                folder = self.folders.get(signature)
                if folder:
                    with open(os.path.join(folder, "hits.txt"), "a") as f:
                        f.write(f"{count}\n")
