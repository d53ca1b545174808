/// Why a value is not an absolute `https://` URL, or not one whose origin a
/// page's Content-Security-Policy can name.
enum URLProblem: Error, Equatable, Sendable {
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
    /// `user@` or `user:password@` before the host.
    case userInfo
    /// A port of 0 or above 65535 (the digits as written).
    case portOutOfRange(String)
    /// Brackets that do not hold an IPv6 address.
    case badIPv6
    /// A bracket inside a host name (brackets enclose an IPv6 address only).
    case hostCharacter(Unicode.Scalar)

    // Problems of the origin only (`HTTPSURL.origin`): the URL is fine, its host
    // cannot be named in a Content-Security-Policy.

    /// An IPv6 literal (`[2001:db8::1]`).
    case ipAddressHost
    /// A host whose last label is a number: browsers read it as an IPv4 address.
    case numericHost
    /// A host with characters beyond ASCII (an internationalised domain name).
    case nonASCIIHost
    /// A host with a character other than a letter, digit, `-` or `.` (`%`, `_`, ...).
    case hostNameCharacter(Unicode.Scalar)
    /// `..` or a leading `.` in the host.
    case emptyLabel
    /// A host ending in `.`.
    case trailingDot
    /// A label over 63 characters or a host over 253.
    case hostTooLong
    /// `host:` with no port after the colon.
    case emptyPort

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
        case .userInfo: "has a user name or password before the host ('user@'), which browsers refuse to send requests to"
        case .portOutOfRange(let digits): "has the port \(digits); a port is a number from 1 to 65535"
        case .badIPv6: "has brackets in its host that do not hold an IPv6 address"
        case .hostCharacter(let scalar): "has \(Self.name(scalar)) in its host, which a host may not hold"
        case .ipAddressHost:
            "names its host by an IPv6 address, which a Content-Security-Policy cannot name; use a host name"
        case .numericHost:
            "has a host ending in a number, which browsers read as an IPv4 address and a Content-Security-Policy cannot name; use a host name"
        case .nonASCIIHost:
            "has a host with non-ASCII characters; write it in its ASCII form (xn--...), which the page's Content-Security-Policy names"
        case .hostNameCharacter(let scalar):
            "has \(Self.name(scalar)) in its host; a host name holds only letters, digits, '-' and '.'"
        case .emptyLabel: "has an empty part in its host name ('..' or a leading '.')"
        case .trailingDot: "has a host name ending in '.'; write it without the final dot"
        case .hostTooLong: "has a host name longer than 253 characters, or a part of it longer than 63"
        case .emptyPort: "has ':' after the host but no port; remove the ':' or write the port"
        }
    }

    /// `'x'` for a printable ASCII character, `U+E9` for any other.
    private static func name(_ scalar: Unicode.Scalar) -> String {
        scalar.value > 0x20 && scalar.value < 0x7F ? "'\(scalar)'"
            : "U+" + String(scalar.value, radix: 16, uppercase: true)
    }
}

/// Byte offsets of a checked URL's host (with any brackets) and of the digits
/// after its `:`, when it has one.
struct HTTPSURLParts: Equatable {
    /// The host, brackets included for an IPv6 address.
    var host: Range<Int>
    /// The digits after the host's `:` (possibly none); nil without a `:`.
    var port: Range<Int>?
}

/// The one parser of https URLs: data rows (on bytes, eight at a time), spec
/// values and the origins the task page's Content-Security-Policy names (`HTTPSURL`)
/// all go through `parse`, so no `javascript:`, `data:`, `http:` or relative URL
/// reaches a page and a policy never disagrees with the URL it was made from.
///
/// It accepts a subset of URLs on which RFC 3986 and the WHATWG URL standard
/// (what browsers do) agree: `https://`, a host, an optional port from 1 to 65535,
/// then a path, query and fragment without spaces, controls or `"<>\``.
enum HTTPSURLBytes {
    /// The problem with the URL, or nil when it is acceptable.
    static func problem(_ bytes: ByteSpan) -> URLProblem? {
        if case .failure(let problem) = parse(bytes) { return problem }
        return nil
    }

    /// Where the host and port are, or what is wrong with the URL. Inlined, so
    /// `problem` (the data rows' check) builds no parts it does not use.
    @inline(__always)
    static func parse(_ bytes: ByteSpan) -> Result<HTTPSURLParts, URLProblem> {
        let n = bytes.count
        // The scheme, matched case-insensitively, then `://`.
        let prefix = 8
        var isHTTPS = n >= prefix
        if isHTTPS {
            isHTTPS = bytes[0] | 0x20 == 0x68 && bytes[1] | 0x20 == 0x74 && bytes[2] | 0x20 == 0x74
                && bytes[3] | 0x20 == 0x70 && bytes[4] | 0x20 == 0x73
                && bytes[5] == 0x3A && bytes[6] == 0x2F && bytes[7] == 0x2F
        }
        guard isHTTPS else { return .failure(schemeProblem(bytes)) }
        guard let base = bytes.baseAddress else { return .failure(.noHost) }
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
        var parts = HTTPSURLParts(host: prefix..<k, port: nil)
        if k < n, bytes[k] != 0x2F, bytes[k] != 0x3F, bytes[k] != 0x23 {
            if forbidden[bytes[k]] != 0 { return .failure(.badCharacter(Unicode.Scalar(bytes[k]))) }
            // `user@`, `:port` or `[IPv6]`: read the authority byte by byte.
            switch HTTPSURLBytes.authority(bytes, forbidden: forbidden) {
            case .success(let found): parts = found
            case .failure(let problem): return .failure(problem)
            }
        }
        guard !parts.host.isEmpty else { return .failure(.noHost) }
        // The rest (path, query, fragment), eight bytes at a time.
        k = parts.port?.upperBound ?? parts.host.upperBound
        while k + 8 <= n {
            let mask = HTTPSURLBytes.forbiddenMask(ByteWords.load(base + k))
            if mask != 0 {
                k += ByteWords.first(mask)
                return .failure(.badCharacter(Unicode.Scalar(bytes[k])))
            }
            k += 8
        }
        while k < n {
            if forbidden[bytes[k]] != 0 { return .failure(.badCharacter(Unicode.Scalar(bytes[k]))) }
            k += 1
        }
        return .success(parts)
    }

    /// An authority with `@`, `:` or brackets, read byte by byte from the
    /// scheme's end in one pass: where its host and port are, or what is wrong.
    private static func authority(_ bytes: ByteSpan,
                                  forbidden: ByteClassTable) -> Result<HTTPSURLParts, URLProblem> {
        let prefix = 8
        let n = bytes.count
        if prefix < n, bytes[prefix] == 0x5B { return bracketed(bytes, forbidden: forbidden) }
        var k = prefix
        var colon = -1
        while k < n {
            let b = bytes[k]
            if b == 0x2F || b == 0x3F || b == 0x23 { break }
            if forbidden[b] != 0 { return .failure(.badCharacter(Unicode.Scalar(b))) }
            switch b {
            case 0x40: return .failure(.userInfo)
            case 0x3A: if colon < 0 { colon = k }
            case 0x5B, 0x5D: if colon < 0 { return .failure(.hostCharacter(Unicode.Scalar(b))) }
            default: break
            }
            k += 1
        }
        let hostEnd = colon < 0 ? k : colon
        guard hostEnd > prefix else { return .failure(.noHost) }
        guard colon >= 0 else { return .success(HTTPSURLParts(host: prefix..<k, port: nil)) }
        return port(bytes, host: prefix..<colon, digits: colon + 1..<k)
    }

    /// A host in brackets (an IPv6 address: hex digits, `:` and `.`), then an
    /// optional port. The rare case: read with a first pass for user info.
    private static func bracketed(_ bytes: ByteSpan,
                                  forbidden: ByteClassTable) -> Result<HTTPSURLParts, URLProblem> {
        let prefix = 8
        let n = bytes.count
        var end = prefix
        while end < n && bytes[end] != 0x2F && bytes[end] != 0x3F && bytes[end] != 0x23 {
            if forbidden[bytes[end]] != 0 { return .failure(.badCharacter(Unicode.Scalar(bytes[end]))) }
            if bytes[end] == 0x40 { return .failure(.userInfo) }
            end += 1
        }
        var k = prefix + 1
        while k < end && bytes[k] != 0x5D {
            let b = bytes[k]
            let isHex = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66)
            guard isHex || b == 0x3A || b == 0x2E else { return .failure(.badIPv6) }
            k += 1
        }
        guard k < end, k > prefix + 1 else { return .failure(.badIPv6) }
        let hostEnd = k + 1
        if hostEnd == end { return .success(HTTPSURLParts(host: prefix..<hostEnd, port: nil)) }
        guard bytes[hostEnd] == 0x3A else { return .failure(.badIPv6) }
        return port(bytes, host: prefix..<hostEnd, digits: hostEnd + 1..<end)
    }

    /// The port after the host's `:`: digits only, 1 to 65535 when there are any.
    private static func port(_ bytes: ByteSpan, host: Range<Int>,
                             digits: Range<Int>) -> Result<HTTPSURLParts, URLProblem> {
        var value = 0
        for k in digits {
            guard bytes[k] &- 0x30 < 10 else { return .failure(.badPort) }
            value = min(value * 10 + Int(bytes[k] &- 0x30), 1 << 20)
        }
        if !digits.isEmpty, !(1...65_535).contains(value) {
            return .failure(.portOutOfRange(String(decoding: bytes.span(digits), as: UTF8.self)))
        }
        return .success(HTTPSURLParts(host: host, port: digits))
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
    private static func schemeProblem(_ bytes: ByteSpan) -> URLProblem {
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

/// An https URL written in a spec, checked by `HTTPSURLBytes`, and the origin
/// (`https://host[:port]`) a page's Content-Security-Policy names for it.
///
/// The origin is what a browser computes from the URL; a URL whose origin hitc
/// cannot write as a policy source that the browser matches is refused here
/// (and so at check time, E0209) rather than yielding a page that blocks its own
/// submission: an IP address (CSP Level 3 matches host names only), a host
/// browsers rewrite (percent-encoded, non-ASCII, ending in a number or a dot),
/// `host:` without a port. Foundation's `URLComponents` is not used: it follows
/// RFC 3986, not the WHATWG URL standard browsers follow (they differ on hosts
/// like `0x7f.1`, `%41.example` or `bücher.de`), and it is slow on first use.
enum HTTPSURL {
    /// What is wrong with `text` as an https URL (a page may load or link it), or nil.
    static func problem(_ text: String) -> URLProblem? {
        var copy = text
        return copy.withByteSpan { HTTPSURLBytes.problem($0) }
    }

    /// The origin of `text`, lower-cased, without the default port 443; or why a
    /// Content-Security-Policy cannot name it.
    static func origin(_ text: String) -> Result<String, URLProblem> {
        var copy = text
        return copy.withByteSpan { bytes in
            HTTPSURLBytes.parse(bytes).flatMap { origin(bytes, $0) }
        }
    }

    private static func origin(_ bytes: ByteSpan, _ parts: HTTPSURLParts) -> Result<String, URLProblem> {
        let host = bytes[parts.host]
        if host.first == 0x5B { return .failure(.ipAddressHost) }
        if host.count > 253 { return .failure(.hostTooLong) }
        var name = "https://"
        var labelStart = host.startIndex
        for k in host.indices {
            let b = host[k]
            switch b {
            case 0x41...0x5A: name.unicodeScalars.append(Unicode.Scalar(b | 0x20))
            case 0x61...0x7A, 0x30...0x39, 0x2D: name.unicodeScalars.append(Unicode.Scalar(b))
            case 0x2E:
                if k == labelStart { return .failure(.emptyLabel) }
                if k - labelStart > 63 { return .failure(.hostTooLong) }
                name.append(".")
                labelStart = k + 1
            case 0x80...: return .failure(.nonASCIIHost)
            default: return .failure(.hostNameCharacter(Unicode.Scalar(b)))
            }
        }
        if labelStart == host.endIndex { return .failure(.trailingDot) }
        if host.endIndex - labelStart > 63 { return .failure(.hostTooLong) }
        if endsInANumber(host[labelStart...]) { return .failure(.numericHost) }
        if let digits = parts.port {
            if digits.isEmpty { return .failure(.emptyPort) }
            let port = bytes[digits].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            if port != 443 { name += ":\(port)" }
        }
        return .success(name)
    }

    /// The WHATWG URL standard's "ends in a number": the last label is decimal
    /// digits or `0x` with hex digits, so browsers parse the host as IPv4.
    private static func endsInANumber(_ label: Slice<ByteSpan>) -> Bool {
        if label.allSatisfy({ $0 &- 0x30 < 10 }) { return true }
        guard label.count >= 2, label[label.startIndex] == 0x30, label[label.startIndex + 1] | 0x20 == 0x78 else { return false }
        return label.dropFirst(2).allSatisfy { $0 &- 0x30 < 10 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
    }
}
