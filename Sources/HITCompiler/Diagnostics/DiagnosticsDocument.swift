import Foundation

/// Writes `docs/diagnostics.md`: the output formats and every code of the
/// catalogue with a real example (rendered from the invalid-spec corpus by the
/// test that keeps the file current).
public enum DiagnosticsDocument {
    /// The whole document; `examples` maps a code to a rendered diagnostic.
    public static func markdown(examples: [DiagnosticCode: String]) -> String {
        var out = """
        # Diagnostics

        <!-- Generated from Sources/HITCompiler/Diagnostics/DiagnosticCatalogue.swift and the
             corpus in Tests/Corpus/invalid by DiagnosticsDocumentTests; run
             `HITC_UPDATE_GOLDEN=1 swift test --filter DiagnosticsDocumentTests` to rewrite. -->

        `hitc check`, `hitc build`, `hitc batch` and `hitc aggregate` report every problem they
        find in one run, sorted by file and position. Each has a stable code: `E0xxx` errors (exit status 1) and `W0xxx`
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

        `--diagnostics-format github` prints GitHub Actions workflow commands to standard output,
        `::error file=F,line=L,col=C,endColumn=E,title=hitc CODE::MESSAGE [CODE]`, so problems
        show up on the pull request's diff.

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
