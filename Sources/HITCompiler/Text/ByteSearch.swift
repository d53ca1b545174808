/// ASCII pattern search over UTF-8 bytes, and the string helpers built on it, for
/// text work that runs on every rendered page: Foundation's String searches cost far more.
enum ByteSearch {
    /// Whether `pattern` occurs in `text` at `offset` (ASCII letters compared without case when asked).
    @inline(__always)
    static func matches<C: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], in text: C, at offset: C.Index,
                                                          ignoringCase: Bool = false) -> Bool where C.Index == Int {
        guard offset + pattern.count <= text.endIndex else { return false }
        for k in 0..<pattern.count {
            var byte = text[offset + k]
            if ignoringCase, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != pattern[k] { return false }
        }
        return true
    }

    /// The first offset at or after `from` where `pattern` (lower-case when `ignoringCase`) occurs.
    static func find<C: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], in text: C, from: C.Index? = nil,
                                                       ignoringCase: Bool = false) -> Int? where C.Index == Int {
        guard let first = pattern.first else { return from ?? text.startIndex }
        var i = from ?? text.startIndex
        let last = text.endIndex - pattern.count
        while i <= last {
            var byte = text[i]
            if ignoringCase, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte == first, matches(pattern, in: text, at: i, ignoringCase: ignoringCase) { return i }
            i += 1
        }
        return nil
    }

    /// Every non-overlapping offset where `pattern` occurs.
    static func all<C: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], in text: C) -> [Int] where C.Index == Int {
        var found: [Int] = []
        var i = text.startIndex
        while let at = find(pattern, in: text, from: i) {
            found.append(at)
            i = at + pattern.count
        }
        return found
    }
}

extension String {
    /// `self` with every occurrence of the ASCII text `target` replaced by `replacement`,
    /// compared byte by byte (Foundation's `replacingOccurrences` goes through
    /// NSString and costs milliseconds on a page).
    func replacingASCII(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8)
        let pattern = Array(target.utf8)
        let found = ByteSearch.all(pattern, in: bytes)
        guard !found.isEmpty else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + found.count * max(0, replacement.utf8.count - pattern.count))
        var position = 0
        for at in found {
            out += bytes[position..<at]
            out += replacement.utf8
            position = at + pattern.count
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Whether the ASCII text `pattern` occurs, compared byte by byte (Foundation's
    /// `contains` goes through CFStringFind).
    func containsASCII(_ pattern: String) -> Bool {
        ByteSearch.find(Array(pattern.utf8), in: Array(utf8)) != nil
    }

    /// Without leading and trailing spaces and tabs (cheaper than Foundation's `trimmingCharacters`).
    func trimmingSpacesAndTabs() -> SubSequence {
        trimming { $0 == " " || $0 == "\t" }
    }

    /// Without leading and trailing whitespace and line breaks (`Character.isWhitespace`).
    func trimmingWhitespace() -> SubSequence {
        trimming { $0.isWhitespace }
    }

    private func trimming(_ isBlank: (Character) -> Bool) -> SubSequence {
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
