extension Sequence {
    /// Where the first element of each key stands (`[key: offset]`), so a lookup
    /// by key costs the same however long the sequence is; later elements with
    /// a key already seen are not indexed.
    func firstPlaces<Key: Hashable>(by key: (Element) -> Key) -> [Key: Int] {
        var places: [Key: Int] = [:]
        for (offset, element) in enumerated() where places[key(element)] == nil { places[key(element)] = offset }
        return places
    }
}
