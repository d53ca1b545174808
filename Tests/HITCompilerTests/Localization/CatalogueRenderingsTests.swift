import Foundation
import Testing
@testable import HITCompiler

/// hitc's renderings of every message of every built-in catalogue, for the counts
/// 0, 1, 2, 5, 21 and 100, kept in `Golden/renderings.json`. This test keeps the
/// file equal to what hitc renders (`HITC_UPDATE_GOLDEN=1` rewrites it);
/// `tests/platforms/test_fluent_catalogues.py` renders the same messages with the
/// same arguments with Mozilla's `fluent.runtime` and compares: an independent
/// check of the parser, the plural rules and the number format.
struct CatalogueRenderingsTests {
    static let counts = [0, 1, 2, 5, 21, 100]
    /// Variables given numbers (the others get text): selectors, and these names.
    static let numberNames: Set<String> = ["count", "min", "max", "total", "answered", "number", "limit", "step", "from", "minutes"]
    static var golden: URL { Paths.root.appendingPathComponent("Tests/HITCompilerTests/Localization/Golden/renderings.json") }

    struct Rendering: Codable, Equatable {
        var args: [String: Argument]
        var text: String
    }

    enum Argument: Codable, Equatable {
        case number(Int), text(String)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .number(let n): try c.encode(n)
            case .text(let t): try c.encode(t)
            }
        }
    }

    static func selectors(_ elements: [FluentElement]) -> Set<String> {
        var names: Set<String> = []
        for case .select(let select) in elements {
            names.insert(select.variable)
            for variant in select.variants { names.formUnion(selectors(variant.pattern)) }
        }
        return names
    }

    /// tag → id → renderings.
    static func renderings() throws -> [String: [String: [Rendering]]] {
        var out: [String: [String: [Rendering]]] = [:]
        for tag in MessageCatalogue.builtInTags {
            let catalogue = try #require(MessageCatalogue.builtIn(forLanguage: tag))
            for id in catalogue.ids where !id.hasPrefix("scaffold-") {
                let message = try #require(catalogue.message(id))
                let numeric = selectors(message.elements).union(numberNames)
                var list: [Rendering] = []
                for n in counts {
                    var args: [String: Argument] = [:]
                    for name in message.variables { args[name] = numeric.contains(name) ? .number(n) : .text("«\(name)»") }
                    let text = catalogue.format(id, args.mapValues { argument in
                        switch argument {
                        case .number(let n): .number(n)
                        case .text(let t): .text(t)
                        }
                    })
                    let rendering = Rendering(args: args, text: text)
                    if message.variables.isEmpty { list = [rendering]; break }
                    list.append(rendering)
                }
                out[tag, default: [:]][id] = list
            }
        }
        return out
    }

    @Test func renderingsMatchTheGoldenFile() throws {
        let current = try Self.renderings()
        #expect(current["en"]?["script-progress"]?[1].text == "1 of 1 item answered")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(current)
        if Paths.updatingGoldens {
            try data.write(to: Self.golden)
            return
        }
        let stored = try JSONDecoder().decode([String: [String: [Rendering]]].self, from: Data(contentsOf: Self.golden))
        #expect(stored == current, "Golden/renderings.json differs from hitc's renderings (HITC_UPDATE_GOLDEN=1 rewrites it)")
    }
}
