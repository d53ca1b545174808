/// A list of names in a message, cut short: "a, b, c and 17 more". The names
/// come from the input, so a note listing them stays a line, not a page.
enum ShortList {
    /// How many names a note lists before "and N more".
    static let defaultLimit = 10

    /// The first `limit` of `items` joined by ", ", then " and N more" when some are left out.
    static func joined(_ items: some Collection<String>, limit: Int = defaultLimit) -> String {
        let shown = items.prefix(max(1, limit)).joined(separator: ", ")
        let rest = items.count - min(items.count, max(1, limit))
        return rest > 0 ? "\(shown) and \(rest) more" : shown
    }
}
