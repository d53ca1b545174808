import Testing
@testable import HITCompiler

struct FluentParserTests {
    func resource(_ source: String) throws(FluentSyntaxError) -> [String: FluentMessage] {
        var parser = FluentParser(source, standalone: false)
        return Dictionary(uniqueKeysWithValues: try parser.parseResource().map { ($0.id, $0.message) })
    }

    func english(_ message: FluentMessage, _ args: [String: MessageArgument] = [:]) -> String {
        MessageCatalogue(tag: "en", localeIdentifier: "en", messages: ["m": message]).format("m", args)
    }

    /// The error of parsing `source` as a file, with its line and column.
    func fileError(_ source: String) -> (line: Int, column: Int, message: String)? {
        do {
            _ = try resource(source)
            return nil
        } catch {
            let (line, column) = error.lineAndColumn(in: source)
            return (line, column, error.message)
        }
    }

    @Test func messagesCommentsAndContinuationLines() throws {
        let messages = try resource("""
            ### file comment
            ## group
            # message comment
            a = Hello { $name }!
            b =
                First line
                  second, indented

                after a blank line
            c = { "{" }literal{ "\\u00E9" }
            #
            """)
        #expect(english(try #require(messages["a"]), ["name": .text("Ana")]) == "Hello Ana!")
        #expect(english(try #require(messages["b"])) == "First line\n  second, indented\n\nafter a blank line")
        #expect(english(try #require(messages["c"])) == "{literalé")
        #expect(messages["a"]?.variables == ["name"])
    }

    @Test func selectsOnPluralCategoriesAndExactNumbers() throws {
        let messages = try resource("""
            m = { $n ->
                [0] none
                [one] { $n } item
               *[other] { $n } items
            }
            """)
        let message = try #require(messages["m"])
        #expect(english(message, ["n": .number(0)]) == "none")
        #expect(english(message, ["n": .number(1)]) == "1 item")
        #expect(english(message, ["n": .number(2)]) == "2 items")
        #expect(english(message, ["n": .number(1500)]) == "1,500 items")
        #expect(english(message) == "{$n} items")
        #expect(message.variables == ["n"])
    }

    @Test func standalonePatternsNeedNoIndentation() throws {
        let message = try FluentMessage.parse("""
            { $total ->
            [one] one item
            *[other] { $total } items
            }
            second line

            """)
        #expect(english(message, ["total": .number(1)]) == "one item\nsecond line")
        #expect(try english(FluentMessage.parse("  Senden  ")) == "Senden")
        #expect(message.variables == ["total"])
    }

    @Test(arguments: [
        ("a = { $x", 1, 5, "never closed"),
        ("a = }", 1, 5, "without a matching"),
        ("a = { -term }", 1, 7, "terms"),
        ("-term = x", 1, 1, "terms"),
        ("a = { other-message }", 1, 7, "message references"),
        ("a = { NUMBER($n) }", 1, 7, "functions"),
        ("a = { 5 }", 1, 7, "number literals"),
        ("a = x\n    .attr = y", 2, 5, "attributes"),
        ("Bad = x", 1, 1, "lowercase"),
        ("a = x\na = y", 2, 1, "twice"),
        ("a =", 1, 1, "no value"),
        ("#comment", 1, 2, "space must follow"),
        ("a = { $n ->\n   [one] x\n}", 1, 10, "default variant"),
        ("a = { $n ->\n  *[one] x\n  *[other] y\n}", 3, 3, "second"),
        ("a = { $n ->\n  [few] x\n  [few] y\n *[other] z\n}", 3, 3, "twice"),
        ("a = { $n ->\n *[lots] x\n}", 2, 4, "plural categories"),
        ("a = { $n -> *[other] x }", 1, 13, "next line"),
        ("a = { \"x\" -> \n *[other] y\n}", 1, 11, "on a variable"),
        ("a = { \"unterminated }", 1, 7, "not closed"),
        ("a = { \"\\q\" }", 1, 8, "unknown escape"),
        ("a = { \"\\uZZZZ\" }", 1, 8, "hex digits"),
        ("a = { \"\\uD800\" }", 1, 8, "hex digits"),
        ("   indented", 1, 1, "indented line"),
        ("a = { $ }", 1, 8, "variable name"),
        ("a = { {\"x\"} }", 1, 7, "nested"),
        ("a = { }", 1, 7, "empty placeable"),
        ("é = x", 1, 1, "message id"),
        ("a x", 1, 3, "\"=\""),
    ])
    func errorsAreLocated(source: String, line: Int, column: Int, fragment: String) throws {
        let error = try #require(fileError(source), "\(source) parsed")
        #expect(error.line == line && error.column == column, "\(source): \(error)")
        #expect(error.message.contains(fragment), "\(source): \(error.message)")
    }

    @Test func standaloneErrors() {
        #expect(throws: FluentSyntaxError.self) { try FluentMessage.parse("") }
        #expect(throws: FluentSyntaxError.self) { try FluentMessage.parse("first\n[one] x") }
        #expect(throws: FluentSyntaxError.self) { try FluentMessage.parse("x }") }
        #expect(throws: FluentSyntaxError.self) { try FluentMessage.parse("x\n.attr") }
    }

    /// Hostile and random input: an error or a message, never a trap or a hang.
    @Test func hostileInputNeverTraps() {
        let fragments = ["{", "}", "$", "->", "[", "]", "*", "\n", "\r\n", " ", "a", "=", "\"", "\\", "\\u", "#", ".", "-", "1", "one",
                         "\u{202E}", "é", "\u{0}", "<script>", "'; DROP", "\u{FEFF}", "\t", "other", "x ="]
        var generator = SystemRandomNumberGenerator()
        var parsed = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 0...24, using: &generator)
            let source = (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
            var parser = FluentParser(source, standalone: false)
            if let messages = try? parser.parseResource() {
                parsed += 1
                for entry in messages { _ = english(entry.message, ["n": .number(3)]) }
            }
            _ = try? FluentMessage.parse(source)
        }
        let deep = String(repeating: "{ $n ->\n *[other] ", count: 200) + String(repeating: "\n}", count: 200)
        #expect(throws: FluentSyntaxError.self) { try FluentMessage.parse(deep) }
        let long = "a = " + String(repeating: "{ \"x\" }", count: 20000)
        var parser = FluentParser(long, standalone: false)
        #expect((try? parser.parseResource())?.count == 1)
        #expect(parsed > 0)
    }
}
