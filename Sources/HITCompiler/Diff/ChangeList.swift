/// The changes found so far between two specs, and the helpers the
/// classifiers use to add them (each spec part has its own classifier file).
struct ChangeList: Sendable {
    private(set) var changes: [SpecChange] = []

    /// Adds a change; `definesLabels` defaults to true for breaking changes.
    mutating func add(_ changeClass: ChangeClass, _ path: String, _ message: String, new: SourceRange?, old: SourceRange?,
                      definesLabels: Bool? = nil, mapped: Bool = false, hints: [String] = []) {
        changes.append(SpecChange(changeClass: changeClass, path: path, message: message, newRange: new, oldRange: old,
                                  definesLabels: definesLabels ?? (changeClass == .breaking), mapped: mapped, hints: hints))
    }

    /// Adds a change when `old` and `new` differ (compared by their `Fingerprint`).
    mutating func compare<T>(_ old: T, _ new: T, _ changeClass: ChangeClass, _ path: String, _ message: String,
                             new newRange: SourceRange?, old oldRange: SourceRange?, definesLabels: Bool? = nil) {
        guard Fingerprint.of(old) != Fingerprint.of(new) else { return }
        add(changeClass, path, message, new: newRange, old: oldRange, definesLabels: definesLabels)
    }

    /// True when a change was recorded at `path` or under it.
    func hasChange(under path: String) -> Bool {
        changes.contains { $0.path == path || $0.path.hasPrefix(path + ".") }
    }
}

/// Quotes spec text in a change's message (`'value'`).
func quoted(_ value: String) -> String { "'\(value)'" }

/// A value for a message: the text, or "none" when not written.
func shown(_ value: CustomStringConvertible?) -> String {
    value.map { "'\($0.description)'" } ?? "none"
}
