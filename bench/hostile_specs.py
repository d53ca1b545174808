#!/usr/bin/env python3
"""Hostile-spec benchmark: wall time, peak memory (maximum resident set size) and
bytes of diagnostics of `hitc check` (release build) on generated specs of up to
the 8 MiB size limit, each built to amplify one cost of reading a spec. Those
marked * pass the 100,000-node limit (YAMLLimits.maxNodes) and are read through;
the others stop at it.

  unknown-top        `hitc: 1` and ~700,000 unknown keys at top level
  unknown-wide     * 49,000 unknown keys of 160 characters at top level
  unknown-question   a valid spec whose one question has ~600,000 unknown keys
  long-line        * one flow mapping on one 8 MiB line: 45,000 unknown keys,
                     every diagnostic quoting the same line
  flow-sequence      `keywords:` with a flow list of ~4,000,000 one-letter items
  block-sequence     `keywords:` with a block list of ~2,000,000 items
  long-keys        * ~8,300 unknown keys of 1,000 characters (suggestion work per key)
  duplicate-keys   * 19,000 mappings repeating one key (composer diagnostics)
  control-escapes  * 49,000 quoted values each holding a `\\x01` escape
  unknown-refs     * 9,000 questions and a layout of 9,000 misspelt references
                     (a did-you-mean search over every question per reference)
  unknown-fields   * 15,000 fields and a layout of 15,000 misspelt field names
  unknown-agg      * 7,000 questions and 7,000 aggregation rules naming misspelt ones
  unknown-values   * a question of 30,000 options and a visible_if naming 30,000
                     misspelt values (a search and a list of every value per value)
  many-options     * a question of 95,000 options without hints (a lint warning
                     each) and a visible_if naming 1,000 misspelt values (searches
                     over 95,000 names)
  visible-if-cycle * 5,000 questions whose visible_if conditions form one cycle
  blank-lines      * `hitc: 1` and 8 MiB of empty lines (the line table)
  valid-questions    a valid spec of ~8,000 questions with eight options each
  valid-guidelines * a valid spec of 100 questions and ~8 MiB of guidelines

Prints one line per spec; asserts nothing (the goal is under 100 MB and 1 s each).
Needs /usr/bin/time (GNU time) for the peak memory.

Usage: python3 bench/hostile_specs.py [--binary PATH] [--keep DIR] [--only NAME ...] [--timeout S]
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 8 << 20  # the default --max-spec-bytes
HEADER = "hitc: 1\nid: hostile\nversion: 1.0.0\ntitle: Hostile\n"


def fill(head, line_of, tail="", limit=LIMIT):
    """`head`, then lines `line_of(i)` for i = 0, 1, ... while the text stays under `limit` bytes, then `tail`."""
    parts, size, i = [head], len(head) + len(tail), 0
    while True:
        line = line_of(i)
        if size + len(line) > limit:
            break
        parts.append(line)
        size += len(line)
        i += 1
    parts.append(tail)
    return "".join(parts)


def question_spec(questions_body, extra=""):
    """A small valid spec around the given `questions:` body (indented by four)."""
    return (HEADER + "use_case: { purpose: evaluation, goal: Test., metric: accuracy, prior_work: none }\n"
            "data:\n  fields:\n    title: text\n" + extra +
            "hit:\n  items_per_hit: 1\n  reward: 0.10 USD\n  estimated_seconds: 10\n"
            "  layout:\n    - text: title\n    - question: q\n  questions:\n" + questions_body)


def unknown_top():
    return fill("hitc: 1\n", lambda i: f"k{i:06d}: 1\n")


def unknown_wide():
    return fill("hitc: 1\n", lambda i: f"k{i:05d}{'x' * 154}: 1\n" if i < 49_000 else "#" + "x" * 1000 + "\n")


def unknown_question():
    head = "    q:\n      type: single_choice\n      prompt: Pick one?\n      options: [a, b]\n"
    return fill(question_spec(head), lambda i: f"      x{i:06d}: 1\n")


def long_line():
    return fill("{hitc: 1", lambda i: f", k{i:05d}: {'v' * 170}" if i < 45_000 else " ", "}\n")


def flow_sequence():
    return fill(HEADER + "keywords: [a", lambda i: ",a", "]\n")


def block_sequence():
    return fill(HEADER + "keywords:\n", lambda i: "- a\n")


def long_keys():
    # libyaml refuses an implicit key longer than 1,024 characters.
    return fill("hitc: 1\n", lambda i: f"k{i:06d}{'x' * 1000}: 1\n")


def duplicate_keys():
    return fill("hitc: 1\nx:\n", lambda i: f"  - {{a: 1, a: {'v' * 150}}}\n" if i < 19_000 else "#" + "x" * 1000 + "\n")


def control_escapes():
    return fill("hitc: 1\nkeywords:\n", lambda i: f'- "a\\x01{"v" * 150}"\n' if i < 49_000 else "#" + "x" * 1000 + "\n")


def unknown_refs():
    questions = "".join(f"    q{i:05d}: {{type: text, prompt: P}}\n" for i in range(9_000))
    layout = "".join(f"    - question: x{i:05d}\n" for i in range(9_000))
    text = (HEADER + "data:\n  fields:\n    title: text\n"
            "hit:\n  items_per_hit: 1\n  reward: 0.10 USD\n  estimated_seconds: 10\n"
            "  layout:\n" + layout + "  questions:\n" + questions)
    return text


def hit_spec(layout, questions, tail=""):
    """A spec around the given `layout:` and `questions:` bodies."""
    return (HEADER + "data:\n  fields:\n    title: text\n"
            "hit:\n  items_per_hit: 1\n  reward: 0.10 USD\n  estimated_seconds: 10\n"
            "  layout:\n" + layout + "  questions:\n" + questions + tail)


def unknown_fields():
    fields = "".join(f"    f{i:05d}: text\n" for i in range(15_000))
    layout = "".join(f"    - text: x{i:05d}\n" for i in range(15_000))
    return (HEADER + "data:\n  fields:\n" + fields +
            "hit:\n  items_per_hit: 1\n  reward: 0.10 USD\n  estimated_seconds: 10\n"
            "  layout:\n" + layout + "  questions:\n    q: {type: text, prompt: P}\n")


def unknown_agg():
    questions = "".join(f"    q{i:05d}: {{type: text, prompt: P}}\n" for i in range(7_000))
    layout = "".join(f"    - question: q{i:05d}\n" for i in range(7_000))
    rules = "".join(f"    x{i:05d}: {{method: collect}}\n" for i in range(7_000))
    return hit_spec(layout, questions, "quality:\n  judgments_per_item: 3\n  aggregation:\n" + rules)


def unknown_values():
    options = ", ".join(f"v{i:05d}" for i in range(30_000))
    values = ", ".join(f"x{i:05d}" for i in range(30_000))
    return hit_spec("    - question: a\n    - question: b\n",
                    f"    a: {{type: single_choice, prompt: P, options: [{options}]}}\n"
                    f"    b: {{type: text, prompt: P, visible_if: {{a: [{values}]}}}}\n")


def many_options():
    options = ", ".join(f"v{i:05d}" for i in range(95_000))
    values = ", ".join(f"x{i:05d}" for i in range(1_000))
    return hit_spec("    - question: a\n    - question: b\n",
                    f"    a: {{type: single_choice, prompt: P, options: [{options}]}}\n"
                    f"    b: {{type: text, prompt: P, visible_if: {{a: [{values}]}}}}\n")


def visible_if_cycle():
    n = 5_000
    questions = "".join(f"    q{i:05d}: {{type: single_choice, prompt: P, options: [a, b], visible_if: {{q{(i + 1) % n:05d}: a}}}}\n"
                        for i in range(n))
    layout = "".join(f"    - question: q{i:05d}\n" for i in range(n))
    return hit_spec(layout, questions)


def blank_lines():
    return fill("hitc: 1\n", lambda i: "\n")


def valid_spec(questions, guideline_line):
    """A valid spec with `questions` questions of eight options each, then
    guideline lines `guideline_line(i)` to just under the limit."""
    qs, layout, agg = [], [], []
    for i in range(questions):
        qid = f"q{i:05d}"
        layout.append(f"    - question: {qid}\n")
        options = "".join(f"        - {{ value: v{k}, label: Label {k} of {i}, hint: The item shows property {k} of question {i}. }}\n"
                          for k in range(8))
        qs.append(f"    {qid}:\n      type: single_choice\n      prompt: Question {i} about the item?\n"
                  f"      options:\n{options}")
        agg.append(f"    {qid}: {{ method: majority }}\n")
    head = (HEADER + "use_case: { purpose: evaluation, goal: Test., metric: accuracy, prior_work: none }\n"
            "data:\n  key: item_id\n  fields:\n    item_id: string\n    title: text\n"
            "hit:\n  items_per_hit: 2\n  reward: 10.00 USD\n  estimated_seconds: 1200\n  layout:\n    - text: title\n"
            + "".join(layout) + "  questions:\n" + "".join(qs) +
            "quality:\n  judgments_per_item: 3\n  aggregation:\n" + "".join(agg) +
            "guidelines:\n  summary: Judge every property.\n"
            "  changelog:\n    - { version: 1.0.0, date: 2026-01-01, notes: First. }\n"
            "  sections:\n    - title: Everything\n      body: |\n")
    return fill(head, guideline_line)


def valid_questions():
    """As many questions as fit: the most nodes a valid spec can have."""
    return valid_spec(8000, lambda i: f"        Line {i}.\n")


def valid_guidelines():
    """100 questions and about 8 MiB of guidelines text."""
    return valid_spec(100, lambda i: f"        Line {i} of the guidelines: judge the **item** as a careful shopper would.\n")


SPECS = {
    "unknown-top": unknown_top,
    "unknown-wide": unknown_wide,
    "unknown-question": unknown_question,
    "long-line": long_line,
    "flow-sequence": flow_sequence,
    "block-sequence": block_sequence,
    "long-keys": long_keys,
    "duplicate-keys": duplicate_keys,
    "control-escapes": control_escapes,
    "unknown-refs": unknown_refs,
    "unknown-fields": unknown_fields,
    "unknown-agg": unknown_agg,
    "unknown-values": unknown_values,
    "many-options": many_options,
    "visible-if-cycle": visible_if_cycle,
    "blank-lines": blank_lines,
    "valid-questions": valid_questions,
    "valid-guidelines": valid_guidelines,
}


def release_binary():
    subprocess.run(["swift", "build", "-c", "release", "--product", "hitc"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "hitc")


def measure(hitc, spec, timeout):
    """Wall and CPU (user + system) seconds, peak resident MB, exit status and bytes
    written of `hitc check spec`;
    None after `timeout` seconds (the run is killed)."""
    cmd = ["/usr/bin/time", "-v", hitc, "check", spec]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None
    wall = time.perf_counter() - start
    stderr = err.decode("utf-8", "replace")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    user = re.search(r"User time \(seconds\): ([\d.]+)", stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", stderr)
    cpu = float(user.group(1)) + float(system.group(1)) if user and system else float("nan")
    status = re.search(r"Exit status: (\d+)", stderr)
    # GNU time appends its report to stderr; count only what hitc wrote before it.
    report_at = err.rfind(b"\tCommand being timed:")
    written = len(out) + len(err[:report_at if report_at >= 0 else None])
    return (wall, cpu, int(rss.group(1)) / 1024 if rss else float("nan"),
            int(status.group(1)) if status else proc.returncode, written)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", help="use this hitc instead of building the release product")
    parser.add_argument("--keep", help="write the generated specs here and keep them")
    parser.add_argument("--only", nargs="*", choices=sorted(SPECS), help="run only these specs")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run is killed (default 600)")
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs GNU time at /usr/bin/time (apt-get install time)")
    hitc = args.binary or release_binary()
    folder = args.keep or tempfile.mkdtemp(prefix="hitc-hostile-")
    os.makedirs(folder, exist_ok=True)
    try:
        print("hitc check on hostile specs (release build; wall and CPU time incl. process start; "
              "peak RSS by /usr/bin/time -v)")
        print(f"  {'spec':18s} {'size':>9s} {'wall':>8s} {'cpu':>7s} {'peak':>9s} {'output':>11s}  exit")
        for name in args.only or SPECS:
            text = SPECS[name]()
            path = os.path.join(folder, name + ".yaml")
            with open(path, "w") as f:
                f.write(text)
            result = measure(hitc, path, args.timeout)
            if result is None:
                print(f"  {name:18s} {os.path.getsize(path) / 2**20:7.2f}Mi  killed after {args.timeout:.0f} s")
                continue
            wall, cpu, peak, status, written = result
            print(f"  {name:18s} {os.path.getsize(path) / 2**20:7.2f}Mi {wall:7.2f}s {cpu:6.2f}s {peak:7.1f}MB "
                  f"{written:11,d}  {status}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
