/// A syntax error in a JSON Lines row, at a byte offset.
struct JSONScanFailure: Error {
    var offset: Int
    var error: JSONLineError
}

/// Reads JSON Lines rows: one flat JSON object (RFC 8259) per non-empty line.
///
/// Values may be strings, numbers, `true`, `false`, `null` or lists of strings;
/// nested objects are rejected. Strings are decoded (escapes, `\uXXXX` surrogate
/// pairs); a value without escapes is not copied. Lines holding only whitespace
/// are skipped. After a syntax error the rest of the line is skipped and the
/// error is left in `RawRow.problems`.
struct JSONLinesScanner {
    let bytes: ByteSpan
    /// Where the next row starts.
    private(set) var position = 0
    /// The line the next row starts on.
    private(set) var line = 1
    /// Byte classes inside strings: 0 ordinary, 1 `"`, 2 `\`, 3 control, 4 a
    /// possible NEL/LS/PS, 5 a possible U+FFFE/U+FFFF (which XML forbids).
    private static let stringClasses: ByteClassTable = {
        var classes: [UInt8: UInt8] = [0x22: 1, 0x5C: 2, 0xC2: 4, 0xE2: 4, 0xEF: 5]
        for b in UInt8(0)..<0x20 { classes[b] = 3 }
        return ByteClassTable(classes)
    }()

    init(bytes: ByteSpan) {
        self.bytes = bytes
    }

    /// Reads the next non-blank line into `row`; false at the end of input.
    mutating func nextRow(into row: inout RawRow) -> Bool {
        let p = bytes
        let n = p.count
        var i = position
        var lineStart = i
        while true {
            guard i < n else { position = n; return false }
            let b = p[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if b == 0x0A || b == 0x0D {
                i += (b == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
                line += 1
                lineStart = i
                continue
            }
            break
        }
        row.reset(start: lineStart, line: line)
        var failure: JSONScanFailure?
        do throws(JSONScanFailure) {
            try parseObject(&i, &row, JSONLinesScanner.stringClasses)
        } catch {
            failure = error
        }
        if let failure {
            row.note(RawProblem(offset: failure.offset, endOffset: failure.offset + 1,
                                           kind: .json(failure.error)))
            // Bytes before `i` were scanned (and their line breaks counted) already.
            i = max(i, failure.offset)
            skipRestOfLine(&i)
        }
        row.end = i
        if i < n {
            // At the line feed (a carriage return before it was skipped as space).
            i += 1
            line += 1
        }
        position = i
        return true
    }

    // MARK: - Structure

    private mutating func parseObject(_ i: inout Int, _ row: inout RawRow,
                                      _ classes: ByteClassTable) throws(JSONScanFailure) {
        let p = bytes
        let n = p.count
        guard p[i] == 0x7B else {
            throw JSONScanFailure(offset: i, error: .expectedObject)
        }
        i += 1
        skipSpace(&i)
        if i < n && p[i] == 0x7D {
            i += 1
        } else {
            while true {
                try expectMore(i)
                guard p[i] == 0x22 else { throw JSONScanFailure(offset: i, error: .expectedKey) }
                let keyRawStart = i
                let key = try parseString(&i, &row, classes)
                let keyRawEnd = i
                skipSpace(&i)
                try expectMore(i)
                guard p[i] == 0x3A else { throw JSONScanFailure(offset: i, error: .expectedColon) }
                i += 1
                skipSpace(&i)
                let cell = try parseValue(&i, &row, classes)
                row.keys.append(RawKey(start: key.start, end: key.end, inScratch: key.inScratch,
                                       rawStart: keyRawStart, rawEnd: keyRawEnd))
                row.cells.append(cell)
                skipSpace(&i)
                try expectMore(i)
                if p[i] == 0x2C {
                    let comma = i
                    i += 1
                    skipSpace(&i)
                    if i < n && p[i] == 0x7D {
                        throw JSONScanFailure(offset: comma, error: .trailingComma(closing: "}"))
                    }
                    continue
                }
                if p[i] == 0x7D {
                    i += 1
                    break
                }
                throw JSONScanFailure(offset: i, error: .expectedCommaOrBrace)
            }
        }
        skipSpace(&i)
        if i < n && p[i] != 0x0A {
            throw JSONScanFailure(offset: i, error: .textAfterObject)
        }
    }

    private mutating func parseValue(_ i: inout Int, _ row: inout RawRow,
                                     _ classes: ByteClassTable) throws(JSONScanFailure) -> RawCell {
        let p = bytes
        try expectMore(i)
        let start = i
        switch p[i] {
        case 0x22:
            let s = try parseString(&i, &row, classes)
            return RawCell(start: start, end: i, valueStart: s.start, valueEnd: s.end,
                           inScratch: s.inScratch, kind: .string)
        case 0x2D, 0x30...0x39:
            try parseNumber(&i)
            return RawCell(start: start, end: i, valueStart: start, valueEnd: i, inScratch: false, kind: .number)
        case 0x74, 0x66, 0x6E:
            let kind = try parseLiteral(&i)
            return RawCell(start: start, end: i, valueStart: start, valueEnd: kind == .null ? start : i,
                           inScratch: false, kind: kind)
        case 0x5B:
            return try parseList(&i, &row, classes)
        case 0x7B:
            throw JSONScanFailure(offset: i, error: .nestedObject)
        case 0x41...0x5A, 0x61...0x7A:
            throw JSONScanFailure(offset: i, error: .invalidLiteral)
        default:
            throw JSONScanFailure(offset: i, error: .expectedValue)
        }
    }

    private mutating func parseList(_ i: inout Int, _ row: inout RawRow,
                                    _ classes: ByteClassTable) throws(JSONScanFailure) -> RawCell {
        let p = bytes
        let n = p.count
        let start = i
        let firstItem = row.items.count
        i += 1
        skipSpace(&i)
        if i < n && p[i] == 0x5D {
            i += 1
        } else {
            while true {
                try expectMore(i)
                guard p[i] == 0x22 else { throw JSONScanFailure(offset: i, error: .nonStringInList) }
                let itemStart = i
                let s = try parseString(&i, &row, classes)
                row.items.append(RawItem(start: itemStart, end: i, valueStart: s.start, valueEnd: s.end,
                                         inScratch: s.inScratch))
                skipSpace(&i)
                try expectMore(i)
                if p[i] == 0x2C {
                    let comma = i
                    i += 1
                    skipSpace(&i)
                    if i < n && p[i] == 0x5D {
                        throw JSONScanFailure(offset: comma, error: .trailingComma(closing: "]"))
                    }
                    continue
                }
                if p[i] == 0x5D {
                    i += 1
                    break
                }
                throw JSONScanFailure(offset: i, error: .expectedCommaOrBracket)
            }
        }
        return RawCell(start: start, end: i, valueStart: start, valueEnd: i, inScratch: false, kind: .list,
                       firstItem: firstItem, itemCount: row.items.count - firstItem)
    }

    // MARK: - Scalars

    /// Parses a string at its opening quote; returns where its decoded bytes are.
    private mutating func parseString(_ i: inout Int, _ row: inout RawRow,
                                      _ classes: ByteClassTable) throws(JSONScanFailure)
        -> (start: Int, end: Int, inScratch: Bool) {
        let p = bytes
        let n = p.count
        let open = i
        i += 1
        let start = i
        while true {
            skipPlainStringBytes(&i)
            guard i < n else { throw JSONScanFailure(offset: open, error: .unterminatedString) }
            switch classes[p[i]] {
            case 0:
                // A byte of 0x80 or more that starts no line break.
                i += 1
            case 1:
                i += 1
                return (start, i - 1, false)
            case 2:
                let scratchStart = row.scratch.count
                row.scratch.append(contentsOf: p.span(start..<i))
                try decodeEscapedTail(&i, open: open, &row)
                return (scratchStart, row.scratch.count, true)
            case 3:
                throw controlFailure(at: i, open: open)
            case 5:
                // EF: U+FFFE or U+FFFF, which XML forbids, or another character.
                if ForbiddenCharacters.startsForbiddenInXML(p, at: i) { row.mayHoldForbidden = true }
                i += 1
            default:
                let length = breakLength(at: i)
                if length > 0 { line += 1; i += length } else { i += 1 }
            }
        }
    }

    /// Moves `i` to the first byte of a string that may matter, eight bytes at a
    /// time: `"`, `\`, a control character, or a byte of 0x80 or more.
    @inline(__always)
    private func skipPlainStringBytes(_ i: inout Int) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        while i + 8 <= n {
            let w = ByteWords.load(base + i)
            let control = (w &- ByteWords.ones &* 0x20) & ~w & ByteWords.highs
            let mask = w & ByteWords.highs | control | ByteWords.equal(w, 0x22) | ByteWords.equal(w, 0x5C)
            if mask != 0 {
                i += ByteWords.first(mask)
                return
            }
            i += 8
        }
    }

    /// Decodes the rest of a string from its first backslash into the row's scratch bytes.
    private mutating func decodeEscapedTail(_ i: inout Int, open: Int, _ row: inout RawRow) throws(JSONScanFailure) {
        let p = bytes
        let n = p.count
        while true {
            guard i < n else { throw JSONScanFailure(offset: open, error: .unterminatedString) }
            let b = p[i]
            if b == 0x22 {
                i += 1
                return
            }
            if b < 0x20 { throw controlFailure(at: i, open: open) }
            if b != 0x5C {
                let length = breakLength(at: i)
                if length > 0 { line += 1 }
                row.scratch.append(b)
                i += 1
                continue
            }
            guard i + 1 < n else { throw JSONScanFailure(offset: open, error: .unterminatedString) }
            let escape = p[i + 1]
            switch escape {
            case 0x22, 0x5C, 0x2F: row.scratch.append(escape)
            case 0x62: row.scratch.append(0x08)
            case 0x66: row.scratch.append(0x0C)
            case 0x6E: row.scratch.append(0x0A)
            case 0x72: row.scratch.append(0x0D)
            case 0x74: row.scratch.append(0x09)
            case 0x75:
                let scalar = try unicodeEscape(at: i)
                appendUTF8(scalar, to: row.scratch)
                i += scalar.value > 0xFFFF ? 12 : 6
                continue
            case 0x0A: throw JSONScanFailure(offset: open, error: .unterminatedString)
            default: throw JSONScanFailure(offset: i, error: .invalidEscape(character(at: i + 1)))
            }
            i += 2
        }
    }

    /// The scalar of `\uXXXX` (or a `\uD83D\uDE00` pair) starting at `i`.
    private func unicodeEscape(at i: Int) throws(JSONScanFailure) -> Unicode.Scalar {
        guard let unit = hex4(at: i + 2) else { throw JSONScanFailure(offset: i, error: .invalidUnicodeEscape) }
        switch unit {
        case 0xD800...0xDBFF:
            let n = bytes.count
            guard i + 7 < n, bytes[i + 6] == 0x5C, bytes[i + 7] == 0x75 else {
                throw JSONScanFailure(offset: i, error: .loneSurrogate(unit))
            }
            guard let low = hex4(at: i + 8) else {
                throw JSONScanFailure(offset: i + 6, error: .invalidUnicodeEscape)
            }
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONScanFailure(offset: i, error: .loneSurrogate(unit))
            }
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            return Unicode.Scalar(value)!
        case 0xDC00...0xDFFF:
            throw JSONScanFailure(offset: i, error: .loneSurrogate(unit))
        default:
            return Unicode.Scalar(UInt32(unit))!
        }
    }

    private func hex4(at i: Int) -> UInt16? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for k in i..<i + 4 {
            let b = bytes[k]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to out: ScratchBytes) {
        for unit in UTF8.encode(scalar)! { out.append(unit) }
    }

    /// A raw control character: a line feed means the string never closed on its line.
    private func controlFailure(at i: Int, open: Int) -> JSONScanFailure {
        bytes[i] == 0x0A ? JSONScanFailure(offset: open, error: .unterminatedString)
            : JSONScanFailure(offset: i, error: .controlCharacter(bytes[i]))
    }

    /// The character starting at byte `i` (a whole scalar, for messages).
    private func character(at i: Int) -> Character {
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes.span(i..<end), as: UTF8.self).first ?? "?"
    }

    /// Checks the RFC 8259 number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private func parseNumber(_ i: inout Int) throws(JSONScanFailure) {
        let p = bytes
        let n = p.count
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < n && p[k] >= 0x30 && p[k] <= 0x39 }
        if p[i] == 0x2D {
            i += 1
            guard isDigit(i) else { throw JSONScanFailure(offset: i, error: .invalidNumber("a digit must follow '-'")) }
        }
        if p[i] == 0x30 {
            i += 1
            if isDigit(i) { throw JSONScanFailure(offset: i - 1, error: .invalidNumber("leading zeros are not allowed")) }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < n && p[i] == 0x2E {
            i += 1
            guard isDigit(i) else { throw JSONScanFailure(offset: i, error: .invalidNumber("a digit must follow '.'")) }
            while isDigit(i) { i += 1 }
        }
        if i < n && (p[i] == 0x65 || p[i] == 0x45) {
            i += 1
            if i < n && (p[i] == 0x2B || p[i] == 0x2D) { i += 1 }
            guard isDigit(i) else {
                throw JSONScanFailure(offset: i, error: .invalidNumber("a digit must follow the exponent"))
            }
            while isDigit(i) { i += 1 }
        }
    }

    /// `true`, `false` or `null`, not followed by more letters or digits.
    private func parseLiteral(_ i: inout Int) throws(JSONScanFailure) -> RawValueKind {
        let start = i
        for (word, kind) in [("true", RawValueKind.boolean), ("false", .boolean), ("null", .null)]
        where matches(word, at: start) {
            let end = start + word.utf8.count
            if end < bytes.count, isWordByte(bytes[end]) { break }
            i = end
            return kind
        }
        throw JSONScanFailure(offset: start, error: .invalidLiteral)
    }

    private func matches(_ word: String, at i: Int) -> Bool {
        var k = i
        for b in word.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
    }

    // MARK: - Space and line ends

    /// Throws when the line (or the input) ends where more of the object is needed.
    private func expectMore(_ i: Int) throws(JSONScanFailure) {
        if i >= bytes.count || bytes[i] == 0x0A {
            throw JSONScanFailure(offset: i, error: .unexpectedEndOfLine)
        }
    }

    /// Skips JSON whitespace on the current line; a lone `\r` is a line break.
    private mutating func skipSpace(_ i: inout Int) {
        let p = bytes
        let n = p.count
        while i < n {
            switch p[i] {
            case 0x20, 0x09: i += 1
            case 0x0D:
                if !(i + 1 < n && p[i + 1] == 0x0A) { line += 1 }
                i += 1
            default: return
            }
        }
    }

    /// Moves to the line feed that ends the current line, counting the breaks passed.
    private mutating func skipRestOfLine(_ i: inout Int) {
        let n = bytes.count
        while i < n && bytes[i] != 0x0A {
            if bytes[i] == 0x0D {
                if !(i + 1 < n && bytes[i + 1] == 0x0A) { line += 1 }
                i += 1
            } else {
                let length = breakLength(at: i)
                if length > 0 { line += 1; i += length } else { i += 1 }
            }
        }
    }

    /// The length of a NEL/LS/PS at `i`, or 0.
    @inline(__always)
    private func breakLength(at i: Int) -> Int {
        let p = bytes
        let n = p.count
        if p[i] == 0xC2 { return i + 1 < n && p[i + 1] == 0x85 ? 2 : 0 }
        if p[i] == 0xE2 { return i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) ? 3 : 0 }
        return 0
    }
}
