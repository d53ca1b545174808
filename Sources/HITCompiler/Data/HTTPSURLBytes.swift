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
        // Characters a URL may not hold unescaped.
        for k in 0..<n {
            let b = bytes[k]
            if b <= 0x20 || b == 0x7F || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x5C || b == 0x60 {
                return .badCharacter(Unicode.Scalar(b))
            }
        }
        // Authority: up to the first `/`, `?` or `#`.
        var end = prefix
        while end < n && bytes[end] != 0x2F && bytes[end] != 0x3F && bytes[end] != 0x23 { end += 1 }
        var hostStart = prefix
        for k in prefix..<end where bytes[k] == 0x40 { hostStart = k + 1 }
        var hostEnd = end
        if hostStart < end && bytes[hostStart] == 0x5B {
            // An IPv6 literal: `[...]`, optionally followed by `:port`.
            guard let close = (hostStart..<end).first(where: { bytes[$0] == 0x5D }) else { return .noHost }
            hostEnd = close + 1
        } else if let colon = (hostStart..<end).first(where: { bytes[$0] == 0x3A }) {
            hostEnd = colon
        }
        guard hostEnd > hostStart else { return .noHost }
        if hostEnd < end {
            guard bytes[hostEnd] == 0x3A else { return .noHost }
            for k in hostEnd + 1..<end where bytes[k] &- 0x30 >= 10 { return .badPort }
        }
        return nil
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
