/// Counted nouns in what hitc prints: "1 section", "3 sections", "1 entry",
/// "2 entries". The one home for English plurals, so no message says "1 sections".
public enum Plural {
    /// `n`, a space, and `noun` in the form `n` takes: `noun` for one, else
    /// `plural` (`noun` + "s" when not given). The last word is the one that
    /// changes: `count(2, "more error")` is "2 more errors".
    public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(word(n, noun, plural: plural))"
    }

    /// `noun` in the form `n` takes, without the number: "error" or "errors".
    static func word(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        n == 1 ? noun : plural ?? noun + "s"
    }
}
