/// The `name`s of a Label Studio config, unique across every tag as Label
/// Studio requires (a control's results are keyed by it, `toName` points at it).
/// Question ids are taken first, so each question's control is named by its id
/// and an export's `from_name` is the question id; other tags take their
/// preferred name, or it with `_2`, `_3`, ... when it is taken.
struct LabelStudioNames {
    private var taken: Set<String>

    /// Names with the question ids already taken.
    init(questionIDs: [String]) {
        taken = Set(questionIDs)
    }

    /// A fresh name, `preferred` when free.
    mutating func claim(_ preferred: String) -> String {
        if taken.insert(preferred).inserted { return preferred }
        var n = 2
        while !taken.insert(preferred + "_" + String(n)).inserted { n += 1 }
        return preferred + "_" + String(n)
    }
}
