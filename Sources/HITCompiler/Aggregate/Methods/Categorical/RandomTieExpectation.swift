extension MajorityVote {
    /// The number of items majority vote gets right, in expectation, when it
    /// breaks ties uniformly at random: over the items with a truth
    /// (`truth[i] >= 0`) and judgments, the share of the classes with the most
    /// votes that are the truth (1 or 0 for an untied item). Divided by the
    /// number of such items, the accuracy a fair tie rule must not fall below.
    static func randomTieExpectation(_ data: CategoricalJudgments, truth: [Int32]) -> Double {
        let k = data.classCount
        var votes = [Int](repeating: 0, count: k)
        var expected = 0.0
        for i in 0..<data.itemCount where truth[i] >= 0 && data.judgments(of: i) > 0 {
            for c in 0..<k { votes[c] = 0 }
            for j in Int(data.start[i])..<Int(data.start[i + 1]) { votes[Int(data.label[j])] += 1 }
            let top = votes.max() ?? 0
            guard votes[Int(truth[i])] == top else { continue }
            expected += 1 / Double(votes.filter { $0 == top }.count)
        }
        return expected
    }
}
