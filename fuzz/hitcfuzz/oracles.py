"""What counts as a finding in one run of hitc.

Each check returns `Problem`s: a category, a short detail that tells root causes
apart (used for de-duplication), and a longer message for the report. Inputs
are hostile by design, so exit 1 with located diagnostics is the expected
answer to almost everything; the problems are the other answers."""

import re
from dataclasses import dataclass

from . import output_checks


@dataclass(frozen=True)
class Problem:
    """One finding in one run."""
    category: str
    detail: str
    message: str = ""

    @property
    def signature(self):
        """What tells findings apart: the category and the detail."""
        return f"{self.category}:{self.detail}"


# Categories, most severe first. A `note` is reported but never fails the smoke run.
SEVERITY = {
    "signal": "finding", "fatal-error": "finding", "timeout": "finding", "memory-limit": "finding",
    "exit-code": "finding", "high-memory": "finding", "unlocated-error": "finding", "invalid-output": "finding",
    "half-written": "finding", "stray-output": "finding", "output-amplification": "finding", "control-bytes": "finding", "invalid-utf8-output": "finding",
    "forbidden-char-in-file": "finding", "diagnostics-format": "finding", "bidi-output": "note",
    "control-bytes-json": "note", "c1-in-json-file": "note",
}

_FATAL = re.compile(rb"(Fatal error|fatal error|Precondition failed|Assertion failed|Could not allocate|Program crashed)[^\n]{0,200}")
_MEMORY = re.compile(rb"(Could not allocate memory|Cannot allocate memory|failed to allocate|bad_alloc|out of memory|allocation failed)", re.I)
_DIAG = re.compile(rb"^(?P<file>.+?)(:\d+:\d+)?: (?P<sev>error|warning): (?P<msg>.*) \[(?P<code>[EW]\d{4})\]$")
_HEADER = re.compile(rb"^[^ ]+?(:\d+:\d+)?: (error|warning): ")
_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def normalise(text, limit=140):
    """A message with numbers and quoted parts blanked, so one root cause gives one signature."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r'"[^"]*"', '"…"', text)
    text = re.sub(r"\d+", "N", text)
    text = re.sub(r"/tmp/[^\s:]+", "PATH", text)
    return text[:limit]


def _code_of_line(stream, index):
    """The code `[Exxxx]` of the diagnostic that the byte at `index` belongs to: the code ending
    its own line when that line is a diagnostic's first line, else that of the nearest first line above."""
    line_start = stream.rfind(b"\n", 0, index) + 1
    line_end = stream.find(b"\n", index)
    own = stream[line_start:line_end if line_end >= 0 else len(stream)]
    m = re.search(rb"\[([EW]\d{4})\]$", own)
    if m and not own.startswith(b" "):
        return m.group(1).decode()
    for line in reversed(stream[:line_start].split(b"\n")[-60:]):
        m = re.search(rb"\[([EW]\d{4})\]$", line)
        if m and not line.startswith(b" "):
            return m.group(1).decode()
    return "none"


def _place(stream, index):
    """Where in a diagnostic the byte is: `excerpt` (a quoted source line), `note`, `message` or `other`."""
    line = stream[stream.rfind(b"\n", 0, index) + 1:index]
    if re.match(rb"^ *\d* *\|", line):
        return "excerpt"
    if line.startswith(b"  note:"):
        return "note"
    if re.match(rb"^[^ ].*: (error|warning): ", line):
        return "message"
    return "other"


def process(outcome, command, limits):
    """Signals, timeouts, memory, exit codes, Swift runtime errors."""
    found = []
    if outcome.timed_out:
        found.append(Problem("timeout", command, f"no exit after {outcome.seconds:.1f} s"))
        return found
    memory = _MEMORY.search(outcome.stderr)
    if memory:
        # The address-space limit was hit: the abort that follows is the same event.
        return [Problem("memory-limit", command, memory.group(0).decode("utf-8", "replace"))]
    fatal = _FATAL.search(outcome.stderr)
    if outcome.signal is not None:
        detail = f"{command}:SIG{outcome.signal}"
        if fatal:
            detail += ":" + normalise(fatal.group(0), 100)
        found.append(Problem("signal", detail, f"killed by signal {outcome.signal}"))
    elif fatal:
        found.append(Problem("fatal-error", f"{command}:" + normalise(fatal.group(0), 100), fatal.group(0).decode("utf-8", "replace")))
    elif outcome.returncode not in (0, 1):
        found.append(Problem("exit-code", f"{command}:{outcome.returncode}", outcome.stderr[:300].decode("utf-8", "replace")))
    if outcome.max_rss_kb > limits.high_memory_kb:
        found.append(Problem("high-memory", command, f"peak RSS {outcome.max_rss_kb // 1024} MiB"))
    return found


def streams(outcome, command, fmt="text"):
    """Raw control bytes, invalid UTF-8 and bidi controls on stdout and stderr; errors with no location."""
    found = []
    for name, stream in (("stderr", outcome.stderr), ("stdout", outcome.stdout)):
        m = _CONTROL.search(stream)
        if m:
            byte = m.group(0)
            # JSON escapes C0 controls; DEL and C1 are valid raw in a JSON string, so there they are a note.
            json_out = name == "stdout" and fmt == "json" and not (byte < b"\x7f" or byte == b"\x1b")
            found.append(Problem("control-bytes-json" if json_out else "control-bytes",
                                 f"{command}:{name}:{_place(stream, m.start())}",
                                 f"raw byte(s) {byte!r} on {name}, diagnostic {_code_of_line(stream, m.start())}"))
        try:
            text = stream.decode("utf-8")
        except UnicodeDecodeError as e:
            if outcome.truncated and e.start >= len(stream) - 4:
                continue    # the kept part ends inside a character
            found.append(Problem("invalid-utf8-output", f"{command}:{name}:{_code_of_line(stream, e.start)}",
                                 f"{name} is not UTF-8 at byte {e.start}"))
            text = stream.decode("utf-8", "replace")
        b = _BIDI.search(text)
        if b:
            index = len(text[:b.start()].encode("utf-8", "replace"))
            found.append(Problem("bidi-output", f"{command}:{name}",
                                 f"bidi control U+{ord(b.group(0)):04X} on {name}, diagnostic {_code_of_line(stream, index)}"))
    lines = outcome.stderr.split(b"\n")
    if outcome.truncated:
        lines = lines[:-1]      # the last line may be cut short
    for line in lines:
        if line.startswith(b"hitc: error:"):
            found.append(Problem("unlocated-error", f"{command}:" + normalise(line[12:], 90), line.decode("utf-8", "replace")))
        elif _HEADER.match(line) and not _DIAG.match(line):
            # A diagnostic's first line without its code: the message holds a raw line break
            # (from a multi-line key or value), so the rest of it can pose as another diagnostic.
            found.append(Problem("control-bytes", f"{command}:stderr:line-break-in-message",
                                 "a diagnostic message with a raw line break: " + line.decode("utf-8", "replace")[:200]))
        elif (b"error:" in line and not line.startswith(b" ") and not _DIAG.match(line) and not line.startswith(b"Error: ")
              and not _FATAL.search(line)):
            found.append(Problem("unlocated-error", f"{command}:" + normalise(line, 90), line.decode("utf-8", "replace")[:300]))
    return found


def amplification(outcome, command, input_bytes):
    """Output out of proportion to the input (issue 9, items 10 and 13: diagnostics must be capped)."""
    if outcome.output_bytes > max(1 << 20, 16 * input_bytes):
        return [Problem("output-amplification", command,
                        f"{outcome.output_bytes} bytes of output for a {input_bytes}-byte input")]
    return []


def diagnostics_format(outcome, command, fmt):
    """--diagnostics-format json must print JSON; github one workflow command per line."""
    if outcome.truncated:
        return []
    if fmt == "json":
        error = output_checks.json_error(outcome.stdout)
        if error:
            return [Problem("diagnostics-format", f"{command}:json:not-json", error)]
    if fmt == "github":
        # The Actions runner reads lines as .NET's ReadLine does: a line ends at CR, LF or CRLF.
        for line in re.split(rb"\r\n|\r|\n", outcome.stdout):
            if line and not line.startswith(b"::"):
                return [Problem("diagnostics-format", f"{command}:github:line-break", f"a line that is no workflow command: {line[:100]!r}")]
    return []


def outputs(outcome, command, workspace, output_dir):
    """The files written: valid when the run succeeded, absent when it failed."""
    if outcome.timed_out or outcome.signal is not None:
        return []
    if outcome.returncode == 1:
        left = output_checks.leftovers(workspace, output_dir)
        return [Problem("half-written", f"{command}", f"after exit 1: {', '.join(left[:5])}")] if left else []
    if outcome.returncode != 0:
        return []
    found = []
    for category, detail, message in output_checks.validate_folder(workspace, output_dir, command):
        found.append(Problem(category, f"{command}:{detail}", message))
    return found
