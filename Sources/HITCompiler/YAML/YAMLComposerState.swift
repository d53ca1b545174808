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
}

/// The composer's work in progress: the stack of open collections, the anchors
/// seen so far and the diagnostics. Reporting lives in `YAMLComposerReporting.swift`.
struct ComposerState {
    let source: SourceFile
    let limits: YAMLLimits
    var diagnostics: [Diagnostic] = []
    var root: YAMLNode?
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var expanded = 0
    private var documents = 0

    init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    mutating func run() {
        let fileSize = source.bytes.count + source.byteOrderMarkLength
        if fileSize > limits.maxInputBytes {
            report(.fileTooLarge, "file is \(fileSize) bytes; the limit is \(limits.maxInputBytes) bytes", nil)
            return
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: source.bytes) {
            let fileOffset = offset + source.byteOrderMarkLength
            report(.invalidUTF8, "invalid UTF-8 at byte offset \(fileOffset) (byte 0x\(hex(source.bytes[offset])))",
                   SourceRange(at: source.location(ofByte: offset)))
            return
        }
        let reader = LibYAMLEventReader(bytes: source.bytes)
        do {
            while var event = try reader.next() {
                event.range = SourceRange(start: source.clamped(event.range.start), end: source.clamped(event.range.end))
                guard handle(event) else { return }
            }
        } catch {
            reportSyntax(error)
            root = nil
            return
        }
        if documents == 0 {
            report(.emptyDocument, "the file holds no YAML document", SourceRange(at: SourceLocation(line: 1, column: 1)))
        }
    }

    /// Handles one event; false stops composing.
    private mutating func handle(_ event: YAMLEvent) -> Bool {
        switch event.kind {
        case .streamStart, .streamEnd, .documentEnd:
            return true
        case .documentStart:
            documents += 1
            if documents > 1 {
                report(.multipleDocuments, "a spec holds exactly one YAML document; a second one starts here",
                       event.range, notes: [DiagnosticNote("remove the '---' line and everything after it, or move it into its own file")])
                return false
            }
            return true
        case .mappingStart(let anchor, let tag, _):
            return open(.mapping, event, anchor: anchor, tag: checkedTag(tag, event.range, allowed: "map"))
        case .sequenceStart(let anchor, let tag, _):
            return open(.sequence, event, anchor: anchor, tag: checkedTag(tag, event.range, allowed: "seq"))
        case .mappingEnd, .sequenceEnd:
            guard let frame = stack.popLast() else { return true }
            let range = SourceRange(start: frame.start, end: event.range.end)
            let node = switch frame.shape {
            case .mapping: YAMLNode(kind: .mapping(frame.pairs), range: range, tag: frame.tag)
            case .sequence: YAMLNode(kind: .sequence(frame.items), range: range, tag: frame.tag)
            }
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            return attach(node, size: frame.size)
        case .scalar(let value, let anchor, let tag, let style):
            let short = checkedTag(tag, event.range, allowed: nil)
            let node = YAMLNode(kind: .scalar(value, style), range: event.range, tag: short)
            if let anchor { anchors[anchor] = (node, 1) }
            return attach(node, size: 1)
        case .alias(let name):
            guard let target = anchors[name] else {
                report(.undefinedAlias, "alias '*\(name)' names no anchor defined before it", event.range)
                var placeholder = YAMLNode(kind: .scalar("", .plain), range: event.range)
                placeholder.isPlaceholder = true
                return attach(placeholder, size: 1)
            }
            expanded += target.size
            if expanded > limits.maxAliasExpansion {
                report(.aliasBudgetExceeded,
                       "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to expand further",
                       event.range, notes: [DiagnosticNote("specs rarely need aliases; write the values out")])
                return false
            }
            // Arrays are copy-on-write: the copy shares the anchored node's storage.
            var copy = target.node
            copy.range = event.range
            return attach(copy, size: target.size)
        }
    }

    private mutating func open(_ shape: Frame.Shape, _ event: YAMLEvent, anchor: String?, tag: String?) -> Bool {
        if stack.count >= limits.maxDepth {
            report(.nestingTooDeep, "collections are nested more than \(limits.maxDepth) levels deep", event.range)
            return false
        }
        stack.append(Frame(shape: shape, start: event.range.start, anchor: anchor, tag: tag))
        return true
    }

    /// Adds a finished node to the collection being built, or makes it the root.
    private mutating func attach(_ node: YAMLNode, size: Int) -> Bool {
        guard !stack.isEmpty else {
            root = node
            return true
        }
        let top = stack.count - 1
        stack[top].size += size
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
