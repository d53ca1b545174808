/// The one check of a request's path before anything looks it up: the raw
/// (still percent-encoded) path of the request target, split into decoded
/// segments, or nil for anything that could name a file outside the bundle or
/// is not plain: `.` or `..` segments (written or percent-encoded), an empty
/// segment (`//`, an absolute path inside the path), a backslash, NUL or any
/// other control character, an encoded `/`, bad percent-encoding, or a path
/// not starting with `/`. A nil path is answered 404.
public enum ServePath {
    /// The decoded segments of `raw` (`/` gives none), or nil when refused.
    public static func segments(_ raw: String) -> [String]? {
        guard raw.hasPrefix("/"), raw.utf8.count <= 2048 else { return nil }
        let body = raw.dropFirst()
        if body.isEmpty { return [] }
        var out: [String] = []
        for part in body.split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = decode(part), !segment.isEmpty, segment != ".", segment != ".." else { return nil }
            if segment.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) {
                return nil
            }
            out.append(segment)
        }
        return out
    }

    /// Percent-decoding of one segment as UTF-8; nil when malformed or not UTF-8.
    static func decode(_ part: Substring) -> String? {
        var bytes: [UInt8] = []
        var i = part.utf8.startIndex
        let utf8 = part.utf8
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "%") {
                let h1 = utf8.index(after: i)
                guard h1 < utf8.endIndex else { return nil }
                let h2 = utf8.index(after: h1)
                guard h2 < utf8.endIndex, let hi = hex(utf8[h1]), let lo = hex(utf8[h2]) else { return nil }
                bytes.append(hi << 4 | lo)
                i = utf8.index(after: h2)
            } else {
                bytes.append(byte)
                i = utf8.index(after: i)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
