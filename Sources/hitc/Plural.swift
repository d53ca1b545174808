/// A count and its noun, singular for exactly one: `plural(1, "item")` is
/// "1 item", `plural(2, "item")` "2 items", `plural(3, "gold item")` "3 gold
/// items"; `pluralForm` names a plural that is not the singular plus "s".
func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : pluralForm ?? singular + "s")"
}
