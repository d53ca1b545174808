/// The version lint: a breaking or label-defining change needs a `version`
/// greater than the old one (E0902) and a `guidelines.changelog` entry for
/// that version (E0903), so workers and label users can tell the versions apart.
enum ChangeLint {
    static func run(_ changes: [SpecChange], old: CheckedSpec, new: CheckedSpec, newFile: String, oldFile: String) -> [Diagnostic] {
        let defining = changes.filter(\.definesLabels)
        guard let first = defining.first else { return [] }
        let what = defining.count == 1 ? "a breaking or label-defining change" : "\(defining.count) breaking or label-defining changes"
        let firstNote = DiagnosticNote("the first: \(first.message)", range: first.newRange)
        let at = new.spec.version?.range
        var out: [Diagnostic] = []
        if !new.version.isNewer(than: old.version) {
            out.append(Diagnostic(.versionNotRaised, "the spec makes \(what) but its version \(new.version) is not greater than the old \(old.version)",
                                  file: newFile, range: at,
                                  notes: [firstNote, DiagnosticNote("the old version", file: oldFile, range: old.spec.version?.range),
                                          DiagnosticNote("raise 'version' (a breaking change: the major number) and describe the change in 'guidelines.changelog'")]))
        }
        let entries = new.spec.guidelines?.changelog ?? []
        if !entries.contains(where: { $0.version.value == new.version }) {
            out.append(Diagnostic(.changeNotInChangelog, "the spec makes \(what) but 'guidelines.changelog' has no entry for version \(new.version)",
                                  file: newFile, range: at,
                                  notes: [firstNote, DiagnosticNote("add '- { version: \(new.version), date: YYYY-MM-DD, notes: ... }' to 'guidelines.changelog'")]))
        }
        return out
    }
}
