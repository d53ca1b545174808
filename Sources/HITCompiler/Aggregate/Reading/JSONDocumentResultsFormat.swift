/// How a results format held in a JSON document (a platform's export: one
/// array of nested objects, read an element at a time by
/// `ResultsReadRun.readJSONDocument`) is recognised and read.
struct JSONDocumentResultsFormat: Sendable {
    let format: ResultsFormat
    /// Whether the file's first element fits the format (`--format auto`).
    let recognises: @Sendable (JSONNode) -> Bool
    /// What the format's elements look like, for the error when the first element fits no format.
    let expected: String
    /// Makes the reader of one file's elements (it may keep state from
    /// element to element, built once from the run's questions).
    let reader: @Sendable (ResultsReadRun) -> (JSONElement) -> Void
}

/// One element of a JSON document, parsed, with what locating its values needs.
struct JSONElement {
    /// Its position in the array, from 1.
    let number: Int
    let root: JSONNode
    /// The row the scanner handed out (offsets and line) and the window's bytes.
    let row: RawRow
    let bytes: ByteSpan

    /// Where `node` is written in the file.
    func range(_ node: JSONNode, in run: ResultsReadRun) -> SourceRange {
        run.elementRange(node.start, node.end, row, bytes)
    }

    /// Where the element starts.
    func start(in run: ResultsReadRun) -> SourceRange {
        run.elementRange(row.start, row.start, row, bytes)
    }
}

extension ResultsReadRun {
    /// The range `[start, end)` of an element's bytes: as `range`, with
    /// columns on the element's first line counted from where it starts on its line (`RawRow.column`).
    func elementRange(_ start: Int, _ end: Int, _ row: RawRow, _ bytes: ByteSpan) -> SourceRange {
        let r = range(start, end, row, bytes)
        func shifted(_ l: SourceLocation) -> SourceLocation {
            l.line == row.line ? SourceLocation(line: l.line, column: l.column + row.column - 1) : l
        }
        return SourceRange(start: shifted(r.start), end: shifted(r.end))
    }

    /// Reports a problem with a value of a JSON document's element at `range`:
    /// the message is prefixed by where in the element it is ("task 3,
    /// annotation 2: ...").
    func reportElement(_ code: DiagnosticCode, _ place: @autoclosure () -> String, _ message: @autoclosure () -> String,
                       at range: @autoclosure () -> SourceRange, notes: @autoclosure () -> [DiagnosticNote] = []) {
        sink.report(code) {
            Diagnostic(code, "\(place()): \(message())", file: file, range: range(), notes: notes())
        }
    }

    /// An id (item key, worker, assignment) from a JSON value: a string as
    /// written, or a whole number's text; nil (reported, E0504) otherwise.
    /// `what` names the value in messages.
    func jsonID(_ node: JSONNode?, what: String, place: @autoclosure () -> String, element: JSONElement,
                missingAt: @autoclosure () -> SourceRange) -> String? {
        guard let node else {
            reportElement(.incompleteJudgment, place(), "\(what) is missing", at: missingAt())
            return nil
        }
        switch node.value {
        case .string(let s) where !Array(s.utf8).withByteSpan({ FieldRules.isBlank($0) }):
            return s
        case .number(let text):
            var bytes = text
            if let problem = bytes.withByteSpan({ NumberKey.problem($0) }) {
                let why = switch problem {
                case .notPlainWhole: "a number with a fraction or an exponent, which other spellings of the same number would not match"
                case .negativeZero: "the number 0 written another way"
                case .beyondExact: "a number beyond \(NumberKey.largestExact), which JSON readers round"
                }
                reportElement(.incompleteJudgment, place(), "\(what) is \(text.prefix(60)), \(why); write it as a string",
                              at: element.range(node, in: self))
                return nil
            }
            return text
        default:
            reportElement(.incompleteJudgment, place(), "\(what) must be a non-empty string or a whole number, not \(node.typeName)",
                          at: element.range(node, in: self))
            return nil
        }
    }

    /// Seconds from a JSON value (absent or null: NaN); nil (reported, E0504)
    /// when it is not a number of seconds.
    func jsonSeconds(_ node: JSONNode?, what: String, place: @autoclosure () -> String, element: JSONElement) -> Float? {
        guard let node, !node.isNull else { return .nan }
        if var text = node.numberText ?? node.string, let s = text.withByteSpan({ seconds($0) }) { return s }
        let shown = node.numberText.map { String($0.prefix(60)) } ?? node.string.map { DataValueDisplay.quoted(String($0.prefix(60))) }
            ?? node.typeName
        reportElement(.incompleteJudgment, place(), "\(what) is \(shown), not \(Self.secondsExpected)",
                      at: element.range(node, in: self))
        return nil
    }
}
