/// How often each worker's judgments equal the items' labels: the agreement
/// behind majority vote's tie rule and the skills of `wawa` and `zero_based_skill`.
enum LabelAgreement {
    /// Per worker, judgments on labelled items (`labels[i] >= 0`, not
    /// `skipping[i]`) and how many of them equal the label.
    static func counts(_ data: CategoricalJudgments, labels: [Int32], skipping: [Bool]? = nil) -> (agree: [Int], seen: [Int]) {
        var agree = [Int](repeating: 0, count: data.workerCount)
        var seen = [Int](repeating: 0, count: data.workerCount)
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                data.worker.withUnsafeBufferPointer { worker in
                    agree.withUnsafeMutableBufferPointer { agree in
                        seen.withUnsafeMutableBufferPointer { seen in
                            for i in 0..<data.itemCount where labels[i] >= 0 && skipping?[i] != true {
                                let l = labels[i]
                                for j in Int(start[i])..<Int(start[i + 1]) {
                                    let w = Int(worker[j])
                                    seen[w] &+= 1
                                    agree[w] &+= label[j] == l ? 1 : 0
                                }
                            }
                        }
                    }
                }
            }
        }
        return (agree, seen)
    }

    /// Per worker, the share of their judgments that equal the item's label; NaN for a worker with none.
    static func shares(_ data: CategoricalJudgments, labels: [Int32]) -> [Double] {
        let (agree, seen) = counts(data, labels: labels)
        return agree.indices.map { seen[$0] > 0 ? Double(agree[$0]) / Double(seen[$0]) : .nan }
    }
}
