/// "Did you mean" suggestions by edit distance: the one home of the spec's
/// suggestions (keys, type words, ids) and the data and results files' (values,
/// column names, question ids).
enum Suggestions {
    /// The largest distance any suggestion may have (see `limit(_:_:)`).
    private static let maxLimit = 3

    /// How close a candidate must be; the two rules differ and both are kept as they were.
    enum Rule {
        /// Spec keys, type words and ids: case ignored; within a third of the
        /// longer of word and candidate (at least 1, at most 3); an exact match counts.
        case name
        /// Values, column names and question ids in data and results files:
        /// case and surrounding spaces and tabs ignored; within a third of the
        /// candidate's length (at least 1, at most 3); the value itself is never
        /// suggested, and a value of more than 200 scalars gets no suggestion.
        case dataValue
    }

    /// The candidate closest to `word` under `rule`, if it is close enough to be a
    /// plausible typo; ties go to the earlier candidate.
    static func closest(to word: String, in candidates: [String], rule: Rule) -> String? {
        switch rule {
        case .name: closest(to: word, in: candidates)
        case .dataValue: closestDataValue(to: word, in: candidates)
        }
    }

    /// The `.dataValue` rule.
    private static func closestDataValue(to value: String, in candidates: [String]) -> String? {
        let folded = Array(trimmingSpacesAndTabs(value).lowercased().unicodeScalars)
        guard !folded.isEmpty, folded.count <= 200 else { return nil }
        var rows = DistanceRows()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != value {
            let other = Array(candidate.lowercased().unicodeScalars)
            let limit = min(maxLimit, max(1, other.count / 3))
            guard abs(other.count - folded.count) <= limit else { continue }
            if let distance = boundedDistance(folded, other, bound: limit, rows: &rows),
               distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `text` without leading and trailing spaces and tabs, scalar by scalar.
    private static func trimmingSpacesAndTabs(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }

    /// The `.name` rule: the first of the nearest candidates, if its distance is
    /// within its `limit`.
    ///
    /// Only distances up to `maxLimit` and below the best so far are computed
    /// (`boundedDistance`), and candidates whose length differs by more than
    /// `maxLimit` are skipped, so a long word (a pasted paragraph) or a long list
    /// of candidates costs little per candidate, and nothing is allocated per candidate.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        var other: [Unicode.Scalar] = []
        var rows = DistanceRows()
        var best: (candidate: String, distance: Int, length: Int)?
        for candidate in candidates {
            // A candidate has at most as many scalars as UTF-8 bytes: skip short ones unread.
            guard candidate.utf8.count >= lowered.count - maxLimit else { continue }
            let bound = min(maxLimit, (best?.distance ?? maxLimit + 1) - 1)
            lowercasedScalars(of: candidate, into: &other, stoppingAtMismatchWith: bound == 0 ? lowered : nil)
            if bound == 0 {
                // Only an exact match can beat a distance of 1.
                if other == lowered {
                    best = (candidate, 0, other.count)
                    break
                }
                continue
            }
            guard abs(other.count - lowered.count) <= maxLimit else { continue }
            if let d = boundedDistance(lowered, other, bound: bound, rows: &rows) {
                best = (candidate, d, other.count)
            }
        }
        guard let best else { return nil }
        return best.distance <= limit(lowered.count, best.length) ? best.candidate : nil
    }

    /// `text.lowercased()`'s scalars in `scalars` (emptied first), folding ASCII
    /// by hand so that a plain key costs no allocation. With `target`, stops
    /// early once `scalars` can no longer equal it.
    private static func lowercasedScalars(of text: String, into scalars: inout [Unicode.Scalar],
                                          stoppingAtMismatchWith target: [Unicode.Scalar]?) {
        scalars.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else {
                scalars.removeAll(keepingCapacity: true)
                scalars.append(contentsOf: text.lowercased().unicodeScalars)
                return
            }
            let isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
            let folded = isUpper ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
            if let target, scalars.count >= target.count || target[scalars.count] != folded {
                scalars.append(folded)
                return
            }
            scalars.append(folded)
        }
    }

    /// How far a candidate may be from a word of `wordLength` scalars: a third of
    /// the longer one, at least 1 and at most `maxLimit`.
    private static func limit(_ wordLength: Int, _ candidateLength: Int) -> Int {
        max(1, min(maxLimit, (max(wordLength, candidateLength) + 1) / 3))
    }

    /// Damerau-Levenshtein (optimal string alignment) distance, transpositions counting one.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var rows = DistanceRows()
        return boundedDistance(x, y, bound: max(x.count, y.count), rows: &rows) ?? max(x.count, y.count)
    }

    /// Three rows of the distance table, kept between calls so they are allocated once.
    private struct DistanceRows {
        var beforePrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []

        /// Makes every row at least `width` long; the entries are written before they are read.
        mutating func reserve(width: Int) {
            guard current.count < width else { return }
            beforePrevious = Array(repeating: 0, count: width)
            previous = beforePrevious
            current = beforePrevious
        }
    }

    /// The optimal-string-alignment distance of `x` and `y` if it is at most
    /// `bound`, else nil; stops as soon as a whole row exceeds `bound`.
    private static func boundedDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], bound: Int,
                                        rows: inout DistanceRows) -> Int? {
        if abs(x.count - y.count) > bound { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        rows.reserve(width: y.count + 1)
        for j in 0...y.count { rows.previous[j] = j }
        for i in 1...x.count {
            rows.current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = Swift.min(rows.previous[j] + 1, rows.current[j - 1] + 1, rows.previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d = Swift.min(d, rows.beforePrevious[j - 2] + 1)
                }
                rows.current[j] = d
                rowMinimum = Swift.min(rowMinimum, d)
            }
            if rowMinimum > bound { return nil }
            swap(&rows.beforePrevious, &rows.previous)
            swap(&rows.previous, &rows.current)
        }
        let d = rows.previous[y.count]
        return d <= bound ? d : nil
    }
}
