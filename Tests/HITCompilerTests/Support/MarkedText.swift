import HITCompiler

/// Source text with position markers, for tests that check where a diagnostic points
/// (after swift-format's `MarkedText`).
///
/// Write `1️⃣` ... `9️⃣` (or `⟨^⟩` when one marker is enough) where a position
/// should be; `text` is the input with every marker removed and `location(_:)`
/// gives each marker's 1-based line and column. Columns count Unicode scalars and
/// line breaks are those of YAML 1.1 (`\n`, `\r\n`, `\r`, NEL, LS, PS), the units
/// of `SourceLocation`. The counting is independent of `SourceFile`, so tests can
/// check one against the other.
///
///     let marked = MarkedText("name: 名前\nname: 1️⃣x")
///     marked.text                // "name: 名前\nname: x"
///     marked.location("1️⃣")     // line 2, column 7
struct MarkedText {
    /// The marker names recognised.
    static let markerNames: Set<String> = ["⟨^⟩", "0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text with every marker removed.
    let text: String
    /// Each marker's position in `text`.
    let locations: [String: SourceLocation]
    /// Each marker's UTF-8 byte offset in `text`.
    let byteOffsets: [String: Int]

    init(_ marked: String) {
        var text = ""
        var locations: [String: SourceLocation] = [:]
        var byteOffsets: [String: Int] = [:]
        var line = 1, column = 1, bytes = 0
        var afterCR = false
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let name = Self.markerNames.first(where: { rest.hasPrefix($0) }) {
                precondition(locations[name] == nil, "marker \(name) appears twice")
                locations[name] = SourceLocation(line: line, column: column)
                byteOffsets[name] = bytes
                rest = rest.dropFirst(name.count)
                continue
            }
            let character = rest.removeFirst()
            text.append(character)
            bytes += character.utf8.count
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\n" where afterCR:
                    break  // the second half of CRLF
                case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                    line += 1
                    column = 1
                default:
                    column += 1
                }
                afterCR = scalar == "\r"
            }
        }
        self.text = text
        self.locations = locations
        self.byteOffsets = byteOffsets
    }

    /// The location of a marker; stops the test run if the marker is absent.
    func location(_ name: String = "⟨^⟩") -> SourceLocation {
        guard let location = locations[name] else { preconditionFailure("no marker \(name) in the text") }
        return location
    }

    /// The UTF-8 byte offset of a marker in `text`.
    func byteOffset(_ name: String = "⟨^⟩") -> Int {
        guard let offset = byteOffsets[name] else { preconditionFailure("no marker \(name) in the text") }
        return offset
    }

    /// `text` as a source file named `path`.
    func sourceFile(path: String = "test.yaml") -> SourceFile {
        SourceFile(path: path, text: text)
    }
}
