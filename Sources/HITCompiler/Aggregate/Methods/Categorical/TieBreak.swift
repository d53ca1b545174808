import Crypto

/// How a tie between classes ends when nothing else separates them: a draw
/// seeded by the question and the item's key, so the same item of the same
/// question gets the same class in every run and whatever the order of the
/// results, and across items every tied class is equally likely (a uniform
/// random tie-break, made reproducible). Methods that have a better
/// separator first (majority vote: the tied voters' agreement with the other
/// workers) use the draw last.
///
/// The draw is one every SQL engine computes the same way (`hitc sql`): for
/// `count` tied classes of item `K` in question `Q`, `h` is the lowercase hex
/// MD5 of the UTF-8 bytes of `Q + ":" + K`, `u` the number written by its
/// first 8 hex digits (`0 ≤ u < 2³²`), and the draw is
/// `(u × count) >> 32 = ⌊u · count / 2³²⌋`, an index into the tied classes
/// in class order (the question's option order, scale points from low to
/// high, or for one option of a multi choice 0 = not chosen, 1 = chosen).
struct TieBreak: Sendable {
    /// Item keys, by item index; nil: the item's index, as decimal text, stands for its key.
    let items: IDTable?
    /// The question id, the first part of every draw's text.
    let question: String
    /// The UTF-8 bytes of `question + ":"`, hashed before each key.
    private let prefix: [UInt8]

    init(items: IDTable?, question: String) {
        self.items = items
        self.question = question
        prefix = Array((question + ":").utf8)
    }

    /// Draws keyed by item index rather than key, with an empty question (for
    /// judgments built without an item table): reproducible for the same data,
    /// but not across row orders.
    static let byIndex = TieBreak(items: nil, question: "")

    /// A number in `0 ..< count` for item `i`, the same for the same question, item key and count.
    func draw(item i: Int, among count: Int) -> Int {
        guard count > 1 else { return 0 }
        var key = items?.string(at: i) ?? String(i)
        return Self.draw(key.withUTF8 { Self.number(prefix, $0) }, among: count)
    }

    /// The first 32 bits of the MD5 of `text`'s UTF-8 bytes (its first 8 hex digits).
    static func number(_ text: String) -> UInt32 {
        var text = text
        return text.withUTF8 { number([], $0) }
    }

    /// `number` of the bytes of `prefix` then `key`, without joining them.
    static func number(_ prefix: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var md5 = Insecure.MD5()
        prefix.withUnsafeBytes { md5.update(bufferPointer: $0) }
        md5.update(bufferPointer: UnsafeRawBufferPointer(key))
        var u: UInt32 = 0
        for byte in md5.finalize().prefix(4) { u = u << 8 | UInt32(byte) }
        return u
    }

    /// `⌊u · count / 2³²⌋`: multiply-shift keeps the draw uniform for any count.
    static func draw(_ u: UInt32, among count: Int) -> Int {
        Int((UInt64(u) * UInt64(count)) >> 32)
    }
}
