/// "Did you mean ...?" for data values and column names: the closest candidate
/// by edit distance, if it is close enough to be a likely typo.
enum DataSuggestion {
    /// The candidate nearest to `value`: equal ignoring case and surrounding
    /// spaces, or within an edit distance of a third of its length (at least 1,
    /// at most 3). Ties go to the earlier candidate.
    static func nearest(to value: String, in candidates: [String]) -> String? {
        let trimmed = trimSpaces(value)
        let folded = Array(trimmed.lowercased().unicodeScalars)
        guard !folded.isEmpty, folded.count <= 200 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != value {
            let other = Array(candidate.lowercased().unicodeScalars)
            let limit = min(3, max(1, other.count / 3))
            guard abs(other.count - folded.count) <= limit else { continue }
            let distance = editDistance(folded, other)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance (Levenshtein plus swaps of neighbours).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, previous2[j - 2] + 1)
                }
                current[j] = d
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The string without leading and trailing spaces and tabs.
    static func trimSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
