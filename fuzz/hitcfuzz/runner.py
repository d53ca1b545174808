"""Runs hitc once: a timeout, an address-space limit, its own process group,
and the peak resident memory of that one process (from wait4)."""

import os
import resource
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass


@dataclass
class Outcome:
    """What one run of hitc did."""
    argv: list
    returncode: int          # negative: killed by that signal
    stdout: bytes
    stderr: bytes
    seconds: float
    max_rss_kb: int
    timed_out: bool
    output_bytes: int = 0    # stdout + stderr, of which only the first `output_cap` of each are kept

    @property
    def truncated(self):
        """Whether more output was written than kept."""
        return self.output_bytes > len(self.stdout) + len(self.stderr)

    @property
    def signal(self):
        """The signal that killed the process, or None."""
        return -self.returncode if self.returncode < 0 else None


def _limits(memory_bytes):
    """preexec_fn: cap the address space and forbid core files."""
    def apply():
        """Runs in the child between fork and exec."""
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def environment(backtrace=False):
    """The environment of a run: no colour, C locale, Swift's backtracer only when asked (it is slow)."""
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,symbolicate=full" if backtrace else "enable=no"
    return env


def run(argv, cwd, timeout, memory_bytes, backtrace=False, output_cap=1 << 20):
    """Runs `argv` in `cwd`; kills its process group after `timeout` seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=environment(backtrace), preexec_fn=_limits(memory_bytes), start_new_session=True)
        fired = threading.Event()

        def kill():
            """The timeout: kills the whole process group."""
            fired.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        size = out.seek(0, os.SEEK_END) + err.seek(0, os.SEEK_END)
        out.seek(0)
        err.seek(0)
        return Outcome(argv=argv, returncode=proc.returncode, stdout=out.read(output_cap), stderr=err.read(output_cap),
                       seconds=seconds, max_rss_kb=usage.ru_maxrss, timed_out=fired.is_set(), output_bytes=size)
