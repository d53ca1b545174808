/// An open collection while its events arrive.
private struct Frame {
    enum Shape { case sequence, mapping }
    var shape: Shape
    var start: SourceLocation
    var anchor: String?
    var tag: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var pendingKey: (key: String, range: SourceRange)?
    /// True while a rejected key's value is being read: the value is dropped.
    var skipValue = false
    var expectingKey = true
    var seenKeys: [String: SourceRange] = [:]
    /// Nodes in the collection so far, itself and expanded aliases included.
    var size = 1
    /// Bytes of key and scalar text in the collection so far, expanded aliases included.
    var textBytes = 0
}

/// The composer's work in progress: the stack of open collections, the anchors
/// seen so far and the diagnostics. Reporting lives in `YAMLComposerReporting.swift`.
///
/// The first `DiagnosticSelection.defaultLimit` diagnostics are kept
/// (`DataDiagnosticSink`), the rest only counted (`OmittedProblems`), so a file
/// of a million duplicate keys costs no more memory than a file of two hundred;
/// the one that stops reading (a syntax error, an exceeded limit) is always kept.
struct ComposerState {
    let source: SourceFile
    let limits: YAMLLimits
    let sink: DataDiagnosticSink
    /// Problems past the sink's limit, counted.
    var omitted = OmittedProblems()
    /// The diagnostic that stopped reading, kept whatever the sink's count.
    var stop: Diagnostic?
    var root: YAMLNode?
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int, textBytes: Int)] = [:]
    private var expanded = 0
    private var expandedBytes = 0
    private var nodes = 0
    private var documents = 0

    init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
        sink = DataDiagnosticSink(file: source.path, limit: DiagnosticSelection.defaultLimit)
    }

    /// The diagnostics kept, sorted by position, then one counting those not kept,
    /// then the one that stopped reading.
    func finishDiagnostics() -> [Diagnostic] {
        sink.finish() + [omitted.summary(file: source.path, limit: sink.limit), stop].compactMap { $0 }
    }

    mutating func run() {
        let fileSize = source.bytes.count + source.byteOrderMarkLength
        if fileSize > limits.maxInputBytes {
            report(.fileTooLarge, "file is \(Plural.count(fileSize, "byte")); the limit is \(Plural.count(limits.maxInputBytes, "byte"))", nil)
            return
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: source.bytes) {
            let fileOffset = offset + source.byteOrderMarkLength
            report(.invalidUTF8, "invalid UTF-8 at byte offset \(fileOffset) (byte 0x\(TerminalText.hex(UInt32(source.bytes[offset]), digits: 2)))",
                   SourceRange(at: source.location(ofByte: offset)))
            return
        }
        // libyaml reads the spec's own bytes, not a copy.
        let bytes = source.bytes
        guard bytes.withUnsafeBufferPointer({ compose(LibYAMLEventReader(borrowing: $0)) }) else { return }
        if documents == 0 {
            report(.emptyDocument, "the file holds no YAML document", SourceRange(at: SourceLocation(line: 1, column: 1)))
        }
    }

    /// Composes the events of `reader`; false when composing stopped early.
    private mutating func compose(_ reader: LibYAMLEventReader) -> Bool {
        do {
            while var event = try reader.next() {
                event.range = SourceRange(start: source.clamped(event.range.start), end: source.clamped(event.range.end))
                guard handle(event) else { return false }
            }
        } catch {
            reportSyntax(error)
            root = nil
            return false
        }
        return true
    }

    /// Handles one event; false stops composing.
    private mutating func handle(_ event: YAMLEvent) -> Bool {
        switch event.kind {
        case .streamStart, .streamEnd, .documentEnd:
            return true
        case .documentStart:
            documents += 1
            if documents > 1 {
                reportStop(.multipleDocuments, "a spec holds exactly one YAML document; a second one starts here",
                       event.range, notes: [DiagnosticNote("remove the '---' line and everything after it, or move it into its own file")])
                return false
            }
            return true
        case .mappingStart(let anchor, let tag, _):
            guard count(1, at: event.range) else { return false }
            return open(.mapping, event, anchor: anchor, tag: checkedTag(tag, event.range, allowed: "map"))
        case .sequenceStart(let anchor, let tag, _):
            guard count(1, at: event.range) else { return false }
            return open(.sequence, event, anchor: anchor, tag: checkedTag(tag, event.range, allowed: "seq"))
        case .mappingEnd, .sequenceEnd:
            guard let frame = stack.popLast() else { return true }
            let range = SourceRange(start: frame.start, end: event.range.end)
            let node = switch frame.shape {
            case .mapping: YAMLNode(kind: .mapping(frame.pairs), range: range, tag: frame.tag)
            case .sequence: YAMLNode(kind: .sequence(frame.items), range: range, tag: frame.tag)
            }
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size, frame.textBytes) }
            return attach(node, size: frame.size, textBytes: frame.textBytes)
        case .scalar(let value, let anchor, let tag, let style):
            guard count(1, at: event.range) else { return false }
            if let character = ForbiddenCharacters.firstForbiddenInSpec(in: value) {
                let isKey = stack.last.map { $0.shape == .mapping && $0.expectingKey } ?? false
                reportForbidden(character, isKey: isKey, style: style, event.range)
            } else if let reference = CharacterReferences.first(in: value, where: ForbiddenCharacters.isForbiddenInSpec) {
                reportForbiddenReference(reference, in: value, event.range)
            }
            let short = checkedTag(tag, event.range, allowed: nil)
            let node = YAMLNode(kind: .scalar(value, style), range: event.range, tag: short)
            let textBytes = value.utf8.count
            if let anchor { anchors[anchor] = (node, 1, textBytes) }
            return attach(node, size: 1, textBytes: textBytes)
        case .alias(let name):
            guard let target = anchors[name] else {
                report(.undefinedAlias, "alias '*\(name)' names no anchor defined before it", event.range)
                var placeholder = YAMLNode(kind: .scalar("", .plain), range: event.range)
                placeholder.isPlaceholder = true
                return attach(placeholder, size: 1, textBytes: 0)
            }
            expanded += target.size
            expandedBytes += target.textBytes
            if expanded > limits.maxAliasExpansion || expandedBytes > limits.maxAliasExpansionBytes {
                let budget = expanded > limits.maxAliasExpansion
                    ? Plural.count(limits.maxAliasExpansion, "node") : "\(Plural.count(limits.maxAliasExpansionBytes, "byte")) of text"
                reportStop(.aliasBudgetExceeded, "aliases expand to more than \(budget); refusing to expand further",
                       event.range, notes: [DiagnosticNote("specs rarely need aliases; write the values out")])
                return false
            }
            guard count(target.size, at: event.range) else { return false }
            // Arrays are copy-on-write: the copy shares the anchored node's storage.
            var copy = target.node
            copy.range = event.range
            return attach(copy, size: target.size, textBytes: target.textBytes)
        }
    }

    private mutating func open(_ shape: Frame.Shape, _ event: YAMLEvent, anchor: String?, tag: String?) -> Bool {
        if stack.count >= limits.maxDepth {
            reportStop(.nestingTooDeep, "collections are nested more than \(Plural.count(limits.maxDepth, "level")) deep", event.range)
            return false
        }
        stack.append(Frame(shape: shape, start: event.range.start, anchor: anchor, tag: tag))
        return true
    }

    /// Counts `added` more nodes in the document; false (and E0015) past `maxNodes`.
    private mutating func count(_ added: Int, at range: SourceRange) -> Bool {
        nodes += added
        guard nodes > limits.maxNodes else { return true }
        reportStop(.tooManyNodes, "the spec has more than \(limits.maxNodes) YAML nodes (keys, values, lists and mappings); refusing to read further",
               SourceRange(at: range.start),
               notes: [DiagnosticNote("a spec describes one task: put items in data files, and split very large option lists")])
        return false
    }

    /// Adds a finished node to the collection being built, or makes it the root.
    private mutating func attach(_ node: YAMLNode, size: Int, textBytes: Int) -> Bool {
        guard !stack.isEmpty else {
            root = node
            return true
        }
        let top = stack.count - 1
        stack[top].size += size
        stack[top].textBytes += textBytes
        switch stack[top].shape {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if stack[top].expectingKey {
                stack[top].expectingKey = false
                acceptKey(node, frame: top)
            } else {
                stack[top].expectingKey = true
                if let key = stack[top].pendingKey, !stack[top].skipValue {
                    stack[top].pairs.append(YAMLPair(key: key.key, keyRange: key.range, value: node))
                }
                stack[top].pendingKey = nil
                stack[top].skipValue = false
            }
        }
        return true
    }

    private mutating func acceptKey(_ node: YAMLNode, frame top: Int) {
        guard case .scalar(let key, let style) = node.kind else {
            report(.nonScalarKey, "a mapping key must be a plain word, not \(node.shapeDescription)", node.range)
            stack[top].skipValue = true
            return
        }
        if key == "<<", style == .plain {
            report(.mergeKey, "merge keys ('<<') are not supported; write the keys out", node.range)
            stack[top].skipValue = true
            return
        }
        if let first = stack[top].seenKeys[key] {
            report(.duplicateKey, "duplicate key '\(key)'", node.range,
                   notes: [DiagnosticNote("'\(key)' was first defined here", range: first)])
            stack[top].skipValue = true
            return
        }
        stack[top].seenKeys[key] = node.range
        stack[top].pendingKey = (key, node.range)
    }
}
