/// Why a value is not an absolute `https://` URL.
enum URLProblem: Equatable {
    /// Another scheme (`http`, `javascript`, `data`, `ftp`, ...).
    case scheme(String)
    /// No scheme at all (a relative path, `www.example.com/x.jpg`).
    case notAbsolute
    /// `https://` with nothing (or no host) after it.
    case noHost
    /// A port that is not a number.
    case badPort
    /// A space, control character or one of `"<>\`` and backquote.
    case badCharacter(Unicode.Scalar)

    /// Reason text, e.g. "uses the 'http' scheme; only https is allowed".
    var reason: String {
        switch self {
        case .scheme(let scheme): "uses the '\(scheme):' scheme; only https:// URLs are allowed"
        case .notAbsolute: "is not an absolute https:// URL"
        case .noHost: "has no host after https://"
        case .badPort: "has a port that is not a number"
        case .badCharacter(let scalar):
            scalar == " " ? "contains a space (write it as %20)"
                : "contains the character U+\(String(scalar.value, radix: 16, uppercase: true)), which a URL may not hold unescaped"
        }
    }
}

/// Checks on bytes that a value is an absolute `https` URL with a host, so no
/// `javascript:`, `data:`, `http:` or relative URL reaches a page.
enum HTTPSURLBytes {
    /// The problem with the URL, or nil when it is acceptable.
    static func problem(_ bytes: UnsafeBufferPointer<UInt8>) -> URLProblem? {
        let n = bytes.count
        // The scheme, matched case-insensitively, then `://`.
        let prefix = 8
        var isHTTPS = n >= prefix
        if isHTTPS {
            isHTTPS = bytes[0] | 0x20 == 0x68 && bytes[1] | 0x20 == 0x74 && bytes[2] | 0x20 == 0x74
                && bytes[3] | 0x20 == 0x70 && bytes[4] | 0x20 == 0x73
                && bytes[5] == 0x3A && bytes[6] == 0x2F && bytes[7] == 0x2F
        }
        guard isHTTPS else { return schemeProblem(bytes) }
        guard let base = bytes.baseAddress else { return .noHost }
        let forbidden = HTTPSURLBytes.forbidden
        // The authority ends at the first `/`, `?` or `#`. Find it, eight bytes at
        // a time, stopping early at a forbidden byte or at `@` `:` `[` `]`, which
        // need a closer look.
        var k = prefix
        while k + 8 <= n {
            let w = ByteWords.load(base + k)
            let mask = HTTPSURLBytes.authorityStops(w) | HTTPSURLBytes.forbiddenMask(w)
            if mask != 0 {
                k += ByteWords.first(mask)
                break
            }
            k += 8
        }
        while k < n && !HTTPSURLBytes.isAuthorityStop(bytes[k]) && forbidden[bytes[k]] == 0 {
            k += 1
        }
        var end = k
        if k < n, bytes[k] != 0x2F, bytes[k] != 0x3F, bytes[k] != 0x23 {
            if forbidden[bytes[k]] != 0 { return .badCharacter(Unicode.Scalar(bytes[k])) }
            // `user@`, `:port` or `[IPv6]`: read the authority byte by byte.
            let authority = HTTPSURLBytes.authority(bytes, from: k, forbidden: forbidden)
            if let problem = authority.problem { return problem }
            end = authority.end
        }
        guard end > prefix else { return .noHost }
        // The rest (path, query, fragment), eight bytes at a time.
        k = end
        while k + 8 <= n {
            let mask = HTTPSURLBytes.forbiddenMask(ByteWords.load(base + k))
            if mask != 0 {
                k += ByteWords.first(mask)
                return .badCharacter(Unicode.Scalar(bytes[k]))
            }
            k += 8
        }
        while k < n {
            if forbidden[bytes[k]] != 0 { return .badCharacter(Unicode.Scalar(bytes[k])) }
            k += 1
        }
        return nil
    }

    /// An authority with `@`, `:` or brackets, read byte by byte from the
    /// scheme's end: where it ends, or what is wrong with it.
    private static func authority(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                  forbidden: ByteClassTable) -> (end: Int, problem: URLProblem?) {
        let prefix = 8
        let n = bytes.count
        var end = start
        while end < n && bytes[end] != 0x2F && bytes[end] != 0x3F && bytes[end] != 0x23 {
            if forbidden[bytes[end]] != 0 { return (end, .badCharacter(Unicode.Scalar(bytes[end]))) }
            end += 1
        }
        // The host: after any `user@`, before any `:port`.
        var hostStart = prefix
        var colon = -1
        var bracket = false
        var k = prefix
        while k < end {
            switch bytes[k] {
            case 0x40: hostStart = k + 1; colon = -1
            case 0x5B: bracket = true
            case 0x5D: bracket = false; colon = -1
            case 0x3A where !bracket: colon = k
            default: break
            }
            k += 1
        }
        let hostEnd = colon >= hostStart ? colon : end
        guard hostEnd > hostStart, bytes[hostStart] != 0x3A else { return (end, .noHost) }
        if bytes[hostStart] == 0x5B, bytes[hostEnd - 1] != 0x5D { return (end, .noHost) }
        if colon >= hostStart {
            k = colon + 1
            while k < end {
                if bytes[k] &- 0x30 >= 10 { return (end, .badPort) }
                k += 1
            }
        }
        return (end, nil)
    }

    @inline(__always)
    private static func isAuthorityStop(_ b: UInt8) -> Bool {
        switch b {
        case 0x2F, 0x3F, 0x23, 0x40, 0x3A, 0x5B, 0x5D: true
        default: false
        }
    }

    /// Marks the bytes of a word that end the authority (`/` `?` `#`) or need a
    /// closer look (`@` `:` `[` `]`); the lowest mark is exact.
    @inline(__always)
    private static func authorityStops(_ w: UInt64) -> UInt64 {
        ByteWords.equal(w, 0x2F) | ByteWords.equal(w, 0x3F) | ByteWords.equal(w, 0x23) | ByteWords.equal(w, 0x40)
            | ByteWords.equal(w, 0x3A) | ByteWords.equal(w, 0x5B) | ByteWords.equal(w, 0x5D)
    }

    /// ASCII controls, space, DEL and `"` `<` `>` `\` backquote.
    private static let forbidden: ByteClassTable = {
        var classes: [UInt8: UInt8] = [0x22: 1, 0x3C: 1, 0x3E: 1, 0x5C: 1, 0x60: 1, 0x7F: 1]
        for b in UInt8(0)...0x20 { classes[b] = 1 }
        return ByteClassTable(classes)
    }()

    /// Marks the forbidden bytes of a word (the lowest mark is exact): below
    /// 0x21, `"`, `<`, `>`, `\`, backquote, DEL. Bytes of 0x80 and more (UTF-8 in
    /// an IRI) are allowed.
    @inline(__always)
    private static func forbiddenMask(_ w: UInt64) -> UInt64 {
        let below = (w &- ByteWords.ones &* 0x21) & ~w & ByteWords.highs
        // `v | 2 == 0x3E` holds for `<` (0x3C) and `>` (0x3E) only.
        let angle = ByteWords.equal(w | ByteWords.ones &* 0x02, 0x3E)
        return below | angle | ByteWords.equal(w, 0x22) | ByteWords.equal(w, 0x5C) | ByteWords.equal(w, 0x60)
            | ByteWords.equal(w, 0x7F)
    }

    /// A value that does not start with `https://`: name its scheme if it has one.
    private static func schemeProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> URLProblem {
        // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
        var k = 0
        var scheme: [UInt8] = []
        while k < bytes.count {
            let b = bytes[k]
            let lower = b | 0x20
            let isAlpha = lower >= 0x61 && lower <= 0x7A
            let isOther = (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E
            if isAlpha || (k > 0 && isOther) {
                scheme.append(isAlpha ? lower : b)
                k += 1
                continue
            }
            if b == 0x3A && !scheme.isEmpty {
                let name = String(decoding: scheme, as: UTF8.self)
                return name == "https" ? .notAbsolute : .scheme(name)
            }
            break
        }
        return .notAbsolute
    }
}
