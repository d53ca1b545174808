/// Semantic-version precedence (semver 2.0.0, section 11): numbers compared
/// numerically, a pre-release below its release, pre-release identifiers
/// compared one by one (numbers numerically and below words), build metadata ignored.
extension SemanticVersion {
    /// True when `self` has higher precedence than `other`.
    func isNewer(than other: SemanticVersion) -> Bool {
        let a = [major, minor, patch], b = [other.major, other.minor, other.patch]
        if a != b { return a.lexicographicallyPrecedes(b) == false }
        switch (prerelease, other.prerelease) {
        case (nil, nil), (nil, _?): return prerelease == nil && other.prerelease != nil
        case (_?, nil): return false
        case let (x?, y?): return Self.prereleaseLess(y, x)
        }
    }

    private static func prereleaseLess(_ x: String, _ y: String) -> Bool {
        let xs = x.split(separator: ".", omittingEmptySubsequences: false)
        let ys = y.split(separator: ".", omittingEmptySubsequences: false)
        for (p, q) in zip(xs, ys) where p != q {
            switch (Int(p), Int(q)) {
            case let (m?, n?): return m < n
            case (_?, nil): return true
            case (nil, _?): return false
            default: return p < q
            }
        }
        return xs.count < ys.count
    }
}
