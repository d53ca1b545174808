/// Shrinks the page's script and style sheet so the page stays far below the platforms'
/// page size limits (64 KB for a question document). Conservative: comments and whitespace only, never names.
///
/// The script minifier follows Douglas Crockford's JSMin: strings, template
/// literals and regular expression literals are copied as they are; a line break
/// is kept wherever automatic semicolon insertion could depend on it; a space is
/// kept between two identifier characters and between `+ +` / `- -`.
enum TaskPageMinifier {
    /// JavaScript without comments and redundant whitespace.
    static func script(_ source: String) -> String {
        var jsmin = JSMin(Array(source.unicodeScalars))
        return jsmin.run()
    }

    /// CSS without comments and redundant whitespace (strings kept as they are).
    static func style(_ source: String) -> String {
        let s = Array(source.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        var pendingSpace = false
        func isTight(_ c: Unicode.Scalar) -> Bool { "{};,>".unicodeScalars.contains(c) }
        while i < s.count {
            let c = s[i]
            if c == "/", i + 1 < s.count, s[i + 1] == "*" {
                i += 2
                while i + 1 < s.count, !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                i += 2
                pendingSpace = true
                continue
            }
            if c == " " || c == "\n" || c == "\t" || c == "\r" {
                pendingSpace = true
                i += 1
                continue
            }
            if pendingSpace {
                if let last = out.last, !isTight(last), last != ":", !isTight(c) { out.append(" ") }
                pendingSpace = false
            }
            if c == "}", out.last == ";" { out.removeLast() }
            if c == "\"" || c == "'" {
                out.append(c)
                i += 1
                while i < s.count, s[i] != c {
                    if s[i] == "\\", i + 1 < s.count { out.append(s[i]); i += 1 }
                    out.append(s[i])
                    i += 1
                }
                if i < s.count { out.append(s[i]); i += 1 }
                continue
            }
            out.append(c)
            i += 1
        }
        var text = String(String.UnicodeScalarView(out))
        while text.first == " " { text.removeFirst() }
        return text
    }
}

/// A port of JSMin (Crockford, 2002-2013), on Unicode scalars.
private struct JSMin {
    private let input: [Unicode.Scalar]
    private var index = 0
    private var out: [Unicode.Scalar] = []
    private var a: Unicode.Scalar? = "\n"
    private var b: Unicode.Scalar? = nil
    private var lookahead: Unicode.Scalar? = nil
    /// The last two characters `next` returned (JSMin's theX, theY).
    private var x: Unicode.Scalar? = nil
    private var y: Unicode.Scalar? = nil

    init(_ input: [Unicode.Scalar]) {
        self.input = input
        out.reserveCapacity(input.count)
    }

    private static func isAlphanum(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || (c >= "A" && c <= "Z")
            || c == "_" || c == "$" || c == "\\" || c.value > 126
    }

    /// The next character; carriage returns become line feeds, other controls spaces.
    private mutating func get() -> Unicode.Scalar? {
        var c: Unicode.Scalar?
        if let l = lookahead { c = l; lookahead = nil } else if index < input.count { c = input[index]; index += 1 }
        guard let ch = c else { return nil }
        if ch >= " " || ch == "\n" { return ch }
        return ch == "\r" ? "\n" : " "
    }

    private mutating func peek() -> Unicode.Scalar? {
        lookahead = get()
        return lookahead
    }

    /// The next character, with comments removed (a line comment becomes `\n`, a block comment a space).
    private mutating func next() -> Unicode.Scalar? {
        let c = nextSkippingComments()
        y = x
        x = c
        return c
    }

    private mutating func nextSkippingComments() -> Unicode.Scalar? {
        let c = get()
        guard c == "/" else { return c }
        switch peek() {
        case "/":
            while true {
                let d = get()
                if d == nil || d == "\n" { return d }
            }
        case "*":
            _ = get()
            while let d = get() {
                if d == "*", peek() == "/" { _ = get(); return " " }
            }
            return nil
        default:
            return c
        }
    }

    private mutating func put(_ c: Unicode.Scalar?) {
        if let c { out.append(c) }
    }

    /// 1: output A, copy B to A, get the next B. 2: copy B to A, get the next B. 3: get the next B.
    /// Strings and regular expressions are copied whole.
    private mutating func action(_ d: Int) {
        if d <= 1 {
            put(a)
            if (y == "\n" || y == " "), (a == "+" || a == "-" || a == "*" || a == "/"),
               (b == "+" || b == "-" || b == "*" || b == "/") {
                put(y)
            }
        }
        if d <= 2 {
            a = b
            if a == "'" || a == "\"" || a == "`" {
                while true {
                    put(a)
                    a = get()
                    if a == b { break }
                    if a == "\\" { put(a); a = get() }
                    if a == nil { return }
                }
            }
        }
        b = next()
        if b == "/", let prev = a, "(,=:[!&|?+-~*/{\n;".unicodeScalars.contains(prev) {
            put(a)
            if a == "/" || a == "*" { put(" ") }
            put(b)
            while true {
                a = get()
                if a == "[" {
                    while true {
                        put(a)
                        a = get()
                        if a == "]" { break }
                        if a == "\\" { put(a); a = get() }
                        if a == nil { return }
                    }
                } else if a == "/" {
                    switch peek() {
                    case "/", "*": return
                    default: break
                    }
                    break
                } else if a == "\\" {
                    put(a)
                    a = get()
                }
                if a == nil { return }
                put(a)
            }
            b = next()
        }
    }

    mutating func run() -> String {
        action(3)
        while a != nil {
            switch a {
            case " ":
                action(Self.isAlphanum(b) ? 1 : 2)
            case "\n":
                switch b {
                case "{", "[", "(", "+", "-", "!", "~": action(1)
                case " ": action(3)
                default: action(Self.isAlphanum(b) ? 1 : 2)
                }
            default:
                switch b {
                case " ":
                    action(Self.isAlphanum(a) ? 1 : 3)
                case "\n":
                    switch a {
                    case "}", "]", ")", "+", "-", "\"", "'", "`": action(1)
                    default: action(Self.isAlphanum(a) ? 1 : 3)
                    }
                default:
                    action(1)
                }
            }
        }
        var text = String(String.UnicodeScalarView(out))
        while text.first == "\n" { text.removeFirst() }
        return text
    }
}
