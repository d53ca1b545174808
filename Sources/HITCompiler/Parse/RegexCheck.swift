import Foundation

/// Checks a `pattern` compiles as an ICU regular expression (what NSRegularExpression accepts).
enum RegexCheck {
    /// A description of why the pattern does not compile, or nil when it does.
    static func problem(_ pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return nil
        } catch {
            return "it does not compile"
        }
    }
}
