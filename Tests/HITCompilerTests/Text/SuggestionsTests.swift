import Testing
@testable import HITCompiler

/// `Suggestions.closest` computes only the distances that can matter (bounded,
/// below the best so far); it must choose exactly what the exhaustive search does.
@Suite struct SuggestionsTests {
    /// The exhaustive search `closest` replaced: every distance in full, the first
    /// nearest candidate, then its own limit.
    static func exhaustive(_ word: String, _ candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let length = lowered.unicodeScalars.count
        var best: (String, Int)?
        for candidate in candidates where abs(candidate.lowercased().unicodeScalars.count - length) <= 3 {
            let d = Suggestions.distance(lowered, candidate.lowercased())
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(1, min(3, (max(length, candidate.lowercased().unicodeScalars.count) + 1) / 3))
        return d <= limit ? candidate : nil
    }

    @Test func closestAgreesWithTheExhaustiveSearch() {
        var random = SeededRandom(seed: 9)
        let alphabet = Array("abcdeABé_1")
        func word(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet[below(&random, alphabet.count)] })
        }
        for _ in 0..<3000 {
            let candidates = (0..<below(&random, 12)).map { _ in word(1 + below(&random, 9)) }
            let w = below(&random, 4) == 0 && !candidates.isEmpty
                ? mutate(candidates[below(&random, candidates.count)], &random, alphabet)
                : word(below(&random, 10))
            #expect(Suggestions.closest(to: w, in: candidates) == Self.exhaustive(w, candidates), "\(w) in \(candidates)")
        }
    }

    /// A random number in `0..<n` (0 when n is 0).
    func below(_ random: inout SeededRandom, _ n: Int) -> Int {
        n == 0 ? 0 : Int.random(in: 0..<n, using: &random)
    }

    /// `text` with one or two random edits (so near candidates are common).
    func mutate(_ text: String, _ random: inout SeededRandom, _ alphabet: [Character]) -> String {
        var characters = Array(text)
        for _ in 0...below(&random, 2) {
            let i = below(&random, characters.count + 1)
            switch below(&random, 3) {
            case 0: characters.insert(alphabet[below(&random, alphabet.count)], at: i)
            case 1 where i < characters.count: characters.remove(at: i)
            default: if i + 1 < characters.count { characters.swapAt(i, i + 1) }
            }
        }
        return String(characters)
    }

    @Test func distancesAndKnownSuggestions() {
        #expect(Suggestions.distance("ab", "ba") == 1)
        #expect(Suggestions.distance("kitten", "sitting") == 3)
        #expect(Suggestions.distance("", "abc") == 3)
        #expect(Suggestions.closest(to: "requried", in: ["required", "prompt", "hint"]) == "required")
        #expect(Suggestions.closest(to: "REQUIRED", in: ["prompt", "required"]) == "required")
        #expect(Suggestions.closest(to: "Straße", in: ["strasse", "strase"]) == "strase")
        #expect(Suggestions.closest(to: String(repeating: "x", count: 10_000), in: ["prompt"]) == nil)
    }
}
