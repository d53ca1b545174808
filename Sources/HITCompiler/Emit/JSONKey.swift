/// A JSON object key known only at run time: what an `encode(to:)` uses to put
/// fixed keys and the targets' entries (keyed by their spec key) in one object.
/// The one home of this key for the bundle's JSON files (manifest, page
/// configuration, `aggregation.json`'s platforms).
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
