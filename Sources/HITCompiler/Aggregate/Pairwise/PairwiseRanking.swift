/// The ranking of one pairwise question's compared objects (`ranking.csv`):
/// per object its score (higher is better), rank (1 is best; equal scores
/// share the best rank among them), wins, losses, ties and comparisons.
public struct PairwiseRanking: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var object: String
        public var score: Double
        public var rank: Int
        public var wins: Int
        public var losses: Int
        public var ties: Int
        public var comparisons: Int
    }

    public var question: String
    public var method: String
    /// Ordered by rank, then object id.
    public var rows: [Row]
    /// Figures for `summary.json`.
    public var summary: PairwiseRankingSummary

    /// The method's ranking of `data`, in the context's iteration limits.
    static func make(question: String, method: Quality.AggregationRule.Method, data: PairwiseComparisons,
                     iterations: DawidSkene) -> (ranking: PairwiseRanking, fit: PairwiseFit) {
        let fit = method == .noisy_bt
            ? NoisyBradleyTerryFit.run(data, maxIterations: iterations.maxIterations, tolerance: iterations.tolerance,
                                       fixedIterations: iterations.fixedIterations)
            : BradleyTerryFit.run(data, maxIterations: iterations.iterationLimit, tolerance: iterations.tolerance,
                                  stops: iterations.stopsWhenSettled)
        let (wins, losses, ties) = data.tally()
        // Scores are written rounded; ranks follow the written scores, so equal-looking scores share a rank.
        let shown = fit.scores.map(QuestionAggregation.rounded)
        let order = data.objects.indices.sorted {
            shown[$0] != shown[$1] ? shown[$0] > shown[$1] : data.objects[$0] < data.objects[$1]
        }
        var rows: [Row] = []
        rows.reserveCapacity(order.count)
        for (position, i) in order.enumerated() {
            let rank = position > 0 && shown[order[position - 1]] == shown[i] ? rows[position - 1].rank : position + 1
            rows.append(Row(object: data.objects[i], score: shown[i], rank: rank, wins: wins[i], losses: losses[i],
                            ties: ties[i], comparisons: wins[i] + losses[i] + ties[i]))
        }
        let summary = PairwiseRankingSummary(objects: rows.count, comparisons: data.count,
                                             unknownItems: data.unknownItems, selfComparisons: data.selfComparisons,
                                             iterations: fit.iterations, converged: fit.converged)
        return (PairwiseRanking(question: question, method: method.rawValue, rows: rows, summary: summary), fit)
    }

    /// `object,score,rank,wins,losses,ties,comparisons`, ids written verbatim (quoted as RFC 4180 needs).
    public func csv() -> [UInt8] {
        var out = Array("object,score,rank,wins,losses,ties,comparisons\n".utf8)
        for row in rows {
            CSVCell.append(row.object, to: &out)
            out.append(0x2C)
            JSONBytes.appendNumber(row.score, to: &out)
            for n in [row.rank, row.wins, row.losses, row.ties, row.comparisons] {
                out.append(0x2C)
                JSONBytes.appendInteger(n, to: &out)
            }
            out.append(0x0A)
        }
        return out
    }

    /// The file name: `ranking.csv`, or `ranking.<question>.csv` when several questions are ranked.
    static func fileName(question: String, several: Bool) -> String {
        several ? "ranking.\(question).csv" : "ranking.csv"
    }
}

/// A ranking's figures in `summary.json` (under its question).
public struct PairwiseRankingSummary: Codable, Sendable, Equatable {
    /// Objects ranked, and comparisons counted.
    public var objects: Int
    public var comparisons: Int
    /// Items with judgments whose compared objects are unknown (no row in the data file, an empty id): left out.
    public var unknownItems: Int
    /// Items showing the same object on both sides: left out.
    public var selfComparisons: Int
    public var iterations: Int
    public var converged: Bool

    enum CodingKeys: String, CodingKey {
        case objects, comparisons, iterations, converged
        case unknownItems = "unknown_items", selfComparisons = "self_comparisons"
    }
}
