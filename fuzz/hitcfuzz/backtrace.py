"""Reads Swift's crash backtrace (SWIFT_BACKTRACE=enable=yes, symbolicate=full) for
the crash site: a release build traps silently (an overflow is SIGILL with no
message), and the backtrace says what failed and where."""

import re

_FAILURE = re.compile(rb"\*\*\* Swift runtime failure: (.+?) \*\*\*")
_CRASHED = re.compile(rb"\*\*\* Program crashed: (.+?) at 0x")
_FRAME = re.compile(rb"^\s*\d+ .*?0x[0-9a-f]+ (.+?) \+ \d+ in \S+ at (/[^\s]+?):(\d+)(?::\d+)?$", re.M)


def crash_site(stderr):
    """`failure@File.swift:line` (the first frame with a source line), or None when there is no backtrace."""
    failure = _FAILURE.search(stderr) or _CRASHED.search(stderr)
    if not failure:
        return None
    where = ""
    for frame in _FRAME.finditer(stderr):
        path = frame.group(2).decode("utf-8", "replace")
        if "<compiler-generated>" not in path:
            where = f"@{path.rsplit('/', 1)[-1]}:{int(frame.group(3))}"
            break
    return failure.group(1).decode("utf-8", "replace") + where
