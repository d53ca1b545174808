import Testing
@testable import HITCompiler

/// The libyaml wrapper: events, their properties and positions, and errors.
@Suite struct YAMLEventReaderTests {
    @Test func eventsCarryPropertiesAndFlags() throws {
        let events = try YAMLTest.events("--- !!map\nk: &a [x, 'y']\nm: {p: *a}\n...\n").map(\.kind)
        #expect(events == [
            .streamStart, .documentStart(implicit: false),
            .mappingStart(anchor: nil, tag: "tag:yaml.org,2002:map", flow: false),
            .scalar(value: "k", anchor: nil, tag: nil, style: .plain),
            .sequenceStart(anchor: "a", tag: nil, flow: true),
            .scalar(value: "x", anchor: nil, tag: nil, style: .plain),
            .scalar(value: "y", anchor: nil, tag: nil, style: .singleQuoted),
            .sequenceEnd,
            .scalar(value: "m", anchor: nil, tag: nil, style: .plain),
            .mappingStart(anchor: nil, tag: nil, flow: true),
            .scalar(value: "p", anchor: nil, tag: nil, style: .plain),
            .alias(anchor: "a"),
            .mappingEnd, .mappingEnd, .documentEnd(implicit: false), .streamEnd,
        ])
    }

    @Test func scalarsMayHoldNUL() throws {
        let events = try YAMLTest.events("\"a\\0b\"")
        #expect(events.contains { $0.kind == .scalar(value: "a\0b", anchor: nil, tag: nil, style: .doubleQuoted) })
    }

    @Test func afterTheStreamEndsNextReturnsNil() throws {
        let reader = LibYAMLEventReader(bytes: Array("a".utf8))
        while try reader.next() != nil {}
        let after = try reader.next()
        #expect(after == nil)
    }

    @Test func syntaxErrorCarriesProblemContextAndPositions() throws {
        let reader = LibYAMLEventReader(bytes: Array("a: 'é🎉\n".utf8))
        do {
            while try reader.next() != nil {}
            Issue.record("no error")
        } catch {
            #expect(error.problem == "found unexpected end of stream")
            #expect(error.context == "while scanning a quoted scalar")
            #expect(error.location == SourceLocation(line: 2, column: 1))
            #expect(error.contextLocation == SourceLocation(line: 1, column: 4))
            #expect(error.byteOffset == nil)
        }
        let after = try reader.next()
        #expect(after == nil)
    }

    @Test func readerErrorCarriesAByteOffset() {
        let reader = LibYAMLEventReader(bytes: Array("é: \u{7}".utf8))
        do {
            while try reader.next() != nil {}
            Issue.record("no error")
        } catch {
            #expect(error.problem == "control characters are not allowed")
            #expect(error.byteOffset == 4)
            #expect(error.location == nil)
        }
    }

    /// A leading byte-order mark is skipped without taking a column. (With the
    /// encoding fixed to UTF-8, libyaml read it as a character of line 1, and
    /// this mapping failed with "did not find expected <document start>".)
    @Test func aByteOrderMarkGivenToTheReaderTakesNoColumn() throws {
        let events = try YAMLTest.events("\u{FEFF}a: 1\nb: 2\n")
        #expect(YAMLTest.scalarEvent("a", in: events)?.range.start == SourceLocation(line: 1, column: 1))
        #expect(YAMLTest.scalarEvent("b", in: events)?.range.start == SourceLocation(line: 2, column: 1))
    }
}
