/// Shared state of one parse: the file name and the diagnostics found so far,
/// plus the typed scalar readers every section uses.
///
/// Scalars are typed by what the schema expects, never by YAML 1.1 guessing:
/// a string field takes any scalar as written; a boolean takes only
/// `true`/`false`; numbers must be unquoted.
///
/// The first `DiagnosticSelection.defaultLimit` diagnostics are kept
/// (`DataDiagnosticSink`), the rest only counted (`OmittedProblems`), so a spec
/// of a million unknown keys costs no more memory than one of two hundred; work
/// done only for a message (a did-you-mean) is skipped once nothing more is kept.
struct ParseContext {
    let file: String
    /// Dotted paths of parts written but unreadable, or required and missing (see `Spec.unreadable`).
    var unreadable: Set<String> = []
    private let sink: DataDiagnosticSink
    private var omitted = OmittedProblems()
    /// Problems reported so far, kept or not.
    private var reported = 0

    /// A mark to compare with later: a part read between two equal marks had no error.
    var mark: Int { reported }

    /// True when nothing was reported since `mark`.
    func isClean(since mark: Int) -> Bool {
        reported == mark
    }

    init(file: String, limit: Int = DiagnosticSelection.defaultLimit) {
        self.file = file
        sink = DataDiagnosticSink(file: file, limit: limit)
    }

    /// True while a problem reported would be kept, not only counted.
    var hasRoom: Bool { sink.room > 0 }

    /// The diagnostics kept, by position, then one counting those not kept.
    func finishDiagnostics() -> [Diagnostic] {
        sink.finish() + [omitted.summary(file: file, limit: sink.limit)].compactMap { $0 }
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange?,
                         notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        guard hasRoom else { return countNotKept(code) }
        reported += 1
        sink.report(code) { Diagnostic(code, message, file: file, range: range, notes: notes, fixIts: fixIts) }
    }

    /// Counts a problem when nothing more is kept (`hasRoom` is false), without
    /// building its message.
    private mutating func countNotKept(_ code: DiagnosticCode) {
        reported += 1
        omitted.add(code)
    }

    /// Reads an optional part with `read`: nil when `node` is absent; when it is
    /// written but `read` fails, `path` is remembered as unreadable.
    mutating func optional<T>(_ node: YAMLNode?, path: String, _ read: (YAMLNode, inout ParseContext) -> T?) -> T? {
        guard let node else { return nil }
        let value = read(node, &self)
        if value == nil { unreadable.insert(path) }
        return value
    }

    /// Reads a mapping; reports a wrong shape and returns nil.
    mutating func mapping(_ node: YAMLNode, _ what: String, allowed keys: [String]) -> MappingView? {
        if node.isPlaceholder { return nil }
        guard case .mapping(let pairs) = node.kind else {
            report(.wrongNodeKind, "\(what) must be a mapping, not \(node.shapeDescription)", node.range)
            return nil
        }
        let view = MappingView(node: node, pairs: pairs, what: what)
        // Built once per mapping, when a key without a did-you-mean needs it.
        var validKeys: DiagnosticNote?
        for pair in pairs where !keys.contains(pair.key) {
            guard hasRoom else {
                countNotKept(.unknownKey)
                continue
            }
            var notes: [DiagnosticNote] = []
            var fixIts: [FixIt] = []
            if let guess = Suggestions.closest(to: pair.key, in: keys) {
                notes.append(DiagnosticNote("did you mean '\(guess)'?"))
                fixIts.append(FixIt(range: pair.keyRange, replacement: guess))
            } else {
                let note = validKeys ?? DiagnosticNote("valid keys here: \(keys.joined(separator: ", "))")
                validKeys = note
                notes.append(note)
            }
            report(.unknownKey, "unknown key '\(pair.key)' in \(what)", pair.keyRange, notes: notes, fixIts: fixIts)
        }
        return view
    }

    /// Reads a list; reports a wrong shape and returns nil.
    mutating func sequence(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        if node.isPlaceholder { return nil }
        guard case .sequence(let items) = node.kind else {
            report(.wrongNodeKind, "\(what) must be a list, not \(node.shapeDescription)", node.range)
            return nil
        }
        return items
    }

    /// Reads text: any non-empty scalar, exactly as written.
    mutating func string(_ node: YAMLNode, _ what: String, allowEmpty: Bool = false) -> Located<String>? {
        if node.isPlaceholder { return nil }
        guard case .scalar(let text, _) = node.kind else {
            report(.expectedString, "\(what) must be text, not \(node.shapeDescription)", node.range)
            return nil
        }
        if node.isNull || (!allowEmpty && text.isEmpty) {
            report(.emptyValue, "\(what) must not be empty", node.range)
            return nil
        }
        return Located(text, node.range)
    }

    /// Reads `true` or `false`; `yes`, `no`, `on`, `off` and quoted words get a fix-it.
    mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        if node.isPlaceholder { return nil }
        guard case .scalar(let text, let style) = node.kind, !node.isNull else {
            report(.expectedBoolean, "\(what) must be true or false, not \(node.shapeDescription)", node.range)
            return nil
        }
        if node.tag == "!!bool" || (style == .plain && node.tag == nil) {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        let lowered = text.lowercased()
        let guess: String? = ["yes", "y", "on", "true", "1"].contains(lowered) ? "true"
            : ["no", "n", "off", "false", "0"].contains(lowered) ? "false" : nil
        var notes: [DiagnosticNote] = []
        var fixIts: [FixIt] = []
        if let guess {
            let remedy = style != .plain || (node.tag ?? "!!bool") != "!!bool" ? " (\(Self.stringRemedy(node)))" : ""
            notes.append(DiagnosticNote("write '\(guess)'" + remedy))
            fixIts.append(FixIt(range: node.range, replacement: guess))
        }
        let shown = style != .plain || (node.tag ?? "!!bool") != "!!bool" ? Self.stringShown(text, node) : "'\(text)'"
        report(.expectedBoolean, "\(what) must be true or false, not \(shown)", node.range, notes: notes, fixIts: fixIts)
        return nil
    }

    /// Reads an integer written without quotes that lies in `range` (one too large
    /// for an `Int` is reported against the range too).
    mutating func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int> = Int.min...Int.max) -> Located<Int>? {
        if node.isPlaceholder { return nil }
        guard case .scalar(let text, let style) = node.kind, !node.isNull else {
            report(.expectedInteger, "\(what) must be an integer, not \(node.shapeDescription)", node.range)
            return nil
        }
        guard ScalarSyntax.isIntegerSyntax(text) else {
            report(.expectedInteger, "\(what) must be an integer, not '\(text)'", node.range)
            return nil
        }
        guard node.tag == "!!int" || (style == .plain && node.tag == nil) else {
            report(.expectedInteger, "\(what) must be an integer, not \(Self.stringShown(text, node))", node.range,
                   notes: [DiagnosticNote(Self.stringRemedy(node))], fixIts: [FixIt(range: node.range, replacement: text)])
            return nil
        }
        let value = ScalarSyntax.integer(text)
        if let value, range.contains(value) { return Located(value, node.range) }
        if value.map({ $0 < range.lowerBound }) ?? text.hasPrefix("-") {
            report(.valueOutOfRange, "\(what) must be at least \(range.lowerBound), not \(text)", node.range)
        } else {
            report(.valueOutOfRange, "\(what) must be at most \(range.upperBound), not \(text)", node.range)
        }
        return nil
    }

    /// Reads a decimal number written without quotes.
    mutating func number(_ node: YAMLNode, _ what: String) -> Located<Double>? {
        if node.isPlaceholder { return nil }
        guard case .scalar(let text, let style) = node.kind, !node.isNull else {
            report(.expectedNumber, "\(what) must be a number, not \(node.shapeDescription)", node.range)
            return nil
        }
        if let value = ScalarSyntax.number(text) {
            guard node.tag == "!!float" || node.tag == "!!int" || (style == .plain && node.tag == nil) else {
                report(.expectedNumber, "\(what) must be a number, not \(Self.stringShown(text, node))", node.range,
                       notes: [DiagnosticNote(Self.stringRemedy(node))], fixIts: [FixIt(range: node.range, replacement: text)])
                return nil
            }
            // Too large for a double: it would be infinite, which no output format can hold.
            guard value.isFinite else {
                report(.valueOutOfRange, "\(what) \(text) is out of range: a number must lie between -1.8e308 and 1.8e308", node.range)
                return nil
            }
            return Located(value, node.range)
        }
        report(.expectedNumber, "\(what) must be a number, not '\(text)'", node.range)
        return nil
    }

    /// How a scalar made another type by its quotes or its tag is named in messages.
    private static func stringShown(_ text: String, _ node: YAMLNode) -> String {
        if node.style == .plain, let tag = node.tag { return "'\(text)' tagged \(tag)" }
        return "the quoted string '\(text)'"
    }

    /// How to turn such a scalar into the value it looks like.
    private static func stringRemedy(_ node: YAMLNode) -> String {
        if node.style == .plain, let tag = node.tag { return "remove the '\(tag)' tag" }
        return "remove the quotes"
    }

    /// Reads one of an enumeration's words, with a did-you-mean.
    mutating func word<E: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String, as: E.Type) -> Located<E>?
    where E.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = E(rawValue: text.value) { return Located(value, text.range) }
        guard hasRoom else {
            countNotKept(.invalidEnumValue)
            return nil
        }
        let words = E.allCases.map(\.rawValue)
        var notes = [DiagnosticNote("expected one of: \(words.joined(separator: ", "))")]
        var fixIts: [FixIt] = []
        if let guess = Suggestions.closest(to: text.value, in: words) {
            notes.insert(DiagnosticNote("did you mean '\(guess)'?"), at: 0)
            fixIts.append(FixIt(range: text.range, replacement: guess))
        }
        report(.invalidEnumValue, "'\(text.value)' is not a valid \(what)", text.range, notes: notes, fixIts: fixIts)
        return nil
    }

    /// Reads a list of strings; a single scalar is accepted as a one-element list when `scalarOK`.
    mutating func strings(_ node: YAMLNode, _ what: String, scalarOK: Bool = false) -> [Located<String>] {
        if scalarOK, case .scalar = node.kind {
            return string(node, what).map { [$0] } ?? []
        }
        guard let items = sequence(node, what) else { return [] }
        return items.compactMap { string($0, "an entry of \(what)") }
    }
}
