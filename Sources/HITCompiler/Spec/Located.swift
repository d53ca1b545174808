/// A value together with the source range it was read from.
public struct Located<Value: Sendable>: Sendable {
    var value: Value
    var range: SourceRange

    init(_ value: Value, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Equatable where Value: Equatable {}
