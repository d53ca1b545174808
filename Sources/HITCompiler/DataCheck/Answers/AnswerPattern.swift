import Foundation

/// A text question's `pattern`, compiled once, matched against whole answers.
///
/// `NSRegularExpression` (ICU syntax), compiled as `(?:pattern)\z` and matched
/// anchored at the start, so `a|ab` accepts `ab`. An invalid pattern matches
/// everything: reporting it is the spec checker's job (E0208), not the answer's.
final class AnswerPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once built and safe to share between threads.
    private let regex: NSRegularExpression?
    /// The pattern as written.
    let source: String

    init(_ source: String) {
        self.source = source
        self.regex = try? NSRegularExpression(pattern: "(?:\(source))\\z")
    }

    /// Whether the pattern matches all of `text` (not just a part of it).
    func matchesWhole(_ text: String) -> Bool {
        guard let regex else { return true }
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [.anchored], range: whole) != nil
    }
}
