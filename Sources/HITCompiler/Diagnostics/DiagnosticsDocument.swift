import Foundation

/// Writes `docs/diagnostics.md`: the output formats and every code of the
/// catalogue with a real example (rendered from the invalid-spec corpus by the
/// test that keeps the file current).
enum DiagnosticsDocument {
    /// The whole document; `examples` maps a code to a rendered diagnostic.
    static func markdown(examples: [DiagnosticCode: String]) -> String {
        var out = """
        # Diagnostics

        <!-- Generated from Sources/HITCompiler/Diagnostics/DiagnosticCatalogue.swift and the
             corpus in Tests/Corpus/invalid by DiagnosticsDocumentTests; run
             `HITC_UPDATE_GOLDEN=1 swift test --filter DiagnosticsDocumentTests` to rewrite. -->

        `hitc check`, `hitc build`, `hitc batch`, `hitc aggregate`, `hitc sql`, `hitc diff` and `hitc serve`
        report every problem they
        find in one run: the spec's first, then those of the files it names in the order they are checked
        (section files, sample, gold), each by position and code. Each has a stable code: `E0xxx` errors (exit status 1) and `W0xxx`
        warnings (lints of the pre-flight checklist; `--warnings-as-errors` turns them into
        errors). Lines and columns are 1-based; columns count Unicode scalars (a tab is one
        column, `é` one, `👍🏽` two).

        ## Formats

        `--diagnostics-format text` (the default) prints to standard error:

        ```
        FILE:LINE:COL: error: MESSAGE [CODE]
           LINE | the source line
                |       ^~~~~
          note: a note, possibly pointing elsewhere
          fix-it: replace with 'suggestion'
        ```

        Colour is used only on a terminal (or with `--color always`; `NO_COLOR` turns it off).
        A quoted line longer than \(SourceExcerpt.maxColumns) characters is shown as a window of \(SourceExcerpt.maxColumns)
        around the caret, with `…` where the line goes on.

        Text from the input (messages, notes, file names and quoted lines of specs, data and
        results files) is printed with the characters a terminal could obey escaped: `\\0`,
        `\\t`, `\\n`, `\\r`, `\\e` (ESC) and `\\x07` for the other C0 controls and DEL, and
        `\\u{009B}` for the C1 controls and the bidirectional overrides and isolates (U+202A to
        U+202E, U+2066 to U+2069). The caret stays under the right character. A tab in a quoted
        line shows as one space.

        `--diagnostics-format json` prints one JSON array to standard output. Each element has
        these fields (names are stable; new fields may be added):

        | field | type | meaning |
        |---|---|---|
        | `file` | string | the file, as named on the command line or relative to it |
        | `line`, `column` | integer or absent | start of the problem (absent for whole-file problems) |
        | `range` | object or absent | `{"start": {"line", "column"}, "end": {"line", "column"}}`, end exclusive |
        | `severity` | string | `error` or `warning` (after `--warnings-as-errors`) |
        | `code` | string | the code below |
        | `message` | string | what is wrong |
        | `notes` | array | `{"message", "file", "range"?}`: context, suggestions, the first of a duplicate |
        | `fixits` | array | `{"range", "replacement"}`: an edit that fixes the problem |
        | `omitted` | object or absent | only on a last W0013 element: `{"errors", "warnings"}` not printed (see below) |

        In JSON the C0 controls are escaped by JSON itself, and DEL, the C1 controls and the
        bidirectional overrides are written as `\\u` escapes too, so the output is safe on a
        terminal and decodes to the same text.

        `--diagnostics-format github` prints GitHub Actions workflow commands to standard output,
        `::error file=F,line=L,col=C,endColumn=E,title=hitc CODE::MESSAGE [CODE]`, so problems
        show up on the pull request's diff.

        ### At most \(DiagnosticSelection.defaultLimit) diagnostics

        Every format prints at most \(DiagnosticSelection.defaultLimit) diagnostics per run: the first \(DiagnosticSelection.defaultLimit) errors in the
        order above, then warnings while there is room (an error is never hidden behind a
        warning). When more were found, one last diagnostic of code W0013 says how many errors
        and warnings were not shown, e.g. `warning: 1234 more errors not shown; at most \(DiagnosticSelection.defaultLimit)
        diagnostics are printed [W0013]`. In JSON it is the array's last element, of the same
        shape as the others (its `file` is the file of the first diagnostic not shown, with no
        `line`), plus `"omitted": {"errors": 1234, "warnings": 0}`; a tool that counts problems
        adds those numbers. The exit status and the summary line still count every problem.
        \(DiagnosticSelection.defaultLimit) is more than a spec being written has at once, and bounds the output of any
        input to a few hundred kilobytes. Before that, the YAML reader and the spec's parser each
        keep the first \(DiagnosticSelection.defaultLimit) problems they find in a spec, and the data-file checks the first 100
        of a file; each closes with one diagnostic, last in its file, that counts the rest by code
        ("300 more problems in this file not shown (E0103 ×300); only the first 200 are listed").
        The totals and W0013 count the problems such a diagnostic stands for; when it is printed
        itself, W0013 does not count them again.

        Exit status: 0 no errors, 1 errors, 64 a usage error (unknown flag, missing argument).

        ## Codes

        | code | severity | meaning |
        |---|---|---|

        """
        for code in DiagnosticCode.allCases {
            out += "| [\(code.code)](#\(code.code.lowercased())) | \(code.severity.rawValue) | \(escape(DiagnosticCatalogue.summary(code))) |\n"
        }
        for code in DiagnosticCode.allCases {
            out += "\n### \(code.code)\n\n\(DiagnosticCatalogue.summary(code))\n"
            if let example = examples[code] {
                out += "\n```\n\(example)```\n"
            }
        }
        return out
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
