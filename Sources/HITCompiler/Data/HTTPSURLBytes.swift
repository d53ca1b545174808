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
        // Characters a URL may not hold unescaped, and the end of the authority
        // (the first `/`, `?` or `#`), in one pass.
        let forbidden = HTTPSURLBytes.forbidden
        var end = n
        var k = prefix
        while k < n {
            let b = bytes[k]
            if b == 0x2F || b == 0x3F || b == 0x23 {
                end = k
                break
            }
            if forbidden[b] != 0 { return .badCharacter(Unicode.Scalar(b)) }
            k += 1
        }
        while k < n {
            if forbidden[bytes[k]] != 0 { return .badCharacter(Unicode.Scalar(bytes[k])) }
            k += 1
        }
        // The host: after any `user@`, before any `:port`.
        var hostStart = prefix
        var colon = -1
        var bracket = false
        k = prefix
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
        guard hostEnd > hostStart, bytes[hostStart] != 0x3A else { return .noHost }
        if bytes[hostStart] == 0x5B, bytes[hostEnd - 1] != 0x5D { return .noHost }
        if colon >= hostStart {
            k = colon + 1
            while k < end {
                if bytes[k] &- 0x30 >= 10 { return .badPort }
                k += 1
            }
        }
        return nil
    }

    /// ASCII controls, space, DEL and `"` `<` `>` `\` backquote.
    private static let forbidden: ByteClassTable = {
        var classes: [UInt8: UInt8] = [0x22: 1, 0x3C: 1, 0x3E: 1, 0x5C: 1, 0x60: 1, 0x7F: 1]
        for b in UInt8(0)...0x20 { classes[b] = 1 }
        return ByteClassTable(classes)
    }()

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
