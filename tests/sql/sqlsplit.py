"""Splits an SQL script into statements, for engines whose Python API runs one at a time (Spark).

A `;` ends a statement unless it is inside a string ('...', with '' inside, and with a
backslash escape when `backslash_escapes`, as in Spark SQL and BigQuery), a quoted identifier
("..." or `...`), a line comment (-- to the end of the line) or a block comment (/* ... */). Comments are kept with the statement they precede; statements that
hold only comments are dropped.
"""


def split(script: str, backslash_escapes: bool = False) -> list[str]:
    statements, start, i, n = [], 0, 0, len(script)
    while i < n:
        c = script[i]
        if c == "-" and script.startswith("--", i):
            j = script.find("\n", i)
            i = n if j < 0 else j + 1
        elif c == "/" and script.startswith("/*", i):
            j = script.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c in "'\"`":
            i += 1
            while i < n:
                if backslash_escapes and script[i] == "\\" and c in "'\"":
                    i += 2
                    continue
                if script[i] == c:
                    if i + 1 < n and script[i + 1] == c:
                        i += 2
                        continue
                    break
                i += 1
            i += 1
        elif c == ";":
            statements.append(script[start:i])
            i += 1
            start = i
        else:
            i += 1
    statements.append(script[start:])
    return [s.strip() for s in statements if _has_code(s)]


def _has_code(statement: str) -> bool:
    """Whether `statement` holds anything but white space and comments."""
    text, i, n = statement, 0, len(statement)
    while i < n:
        if text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif text[i].isspace():
            i += 1
        else:
            return True
    return False
