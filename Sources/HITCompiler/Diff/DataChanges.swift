import Foundation

/// `data:`: the item key (breaking: answers are joined to items by it),
/// fields added, removed or retyped, their rules (needs review: which items
/// are valid), descriptions (cosmetic), the sample file and its rows (cosmetic: previews only).
enum DataChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, into list: inout ChangeList) {
        let a = old.spec.data, b = new.spec.data
        let section = new.spec.sectionRanges["data"], oldSection = old.spec.sectionRanges["data"]
        if a.key?.value != b.key?.value {
            list.add(.breaking, "data.key", "'data.key' changed from \(shown(a.key?.value)) to \(shown(b.key?.value)): answers collected before name their items by the old key",
                     new: b.key?.range ?? section, old: a.key?.range ?? oldSection)
        }
        for field in a.fields where b.field(named: field.name) == nil {
            list.add(.needsReview, "data.fields.\(field.name)", "data field \(quoted(field.name)) is removed", new: section, old: field.nameRange)
        }
        for field in b.fields {
            guard let before = a.field(named: field.name) else {
                list.add(.needsReview, "data.fields.\(field.name)", "data field \(quoted(field.name)) is added", new: field.nameRange, old: oldSection)
                continue
            }
            let path = "data.fields.\(field.name)"
            if before.type.value != field.type.value {
                list.add(.needsReview, path + ".type", "data field \(quoted(field.name)) changed type from \(before.type.value.rawValue) to \(field.type.value.rawValue)",
                         new: field.type.range, old: before.type.range)
            }
            var rulesBefore = before, rulesAfter = field
            rulesBefore.description = nil
            rulesAfter.description = nil
            rulesBefore.type = field.type
            if Fingerprint.of(rulesBefore) != Fingerprint.of(rulesAfter) {
                list.add(.needsReview, path + ".rules", "the rules of data field \(quoted(field.name)) changed (required, length, bounds or values)",
                         new: field.nameRange, old: before.nameRange)
            }
            if before.description != field.description {
                list.add(.cosmetic, path + ".description", "the description of data field \(quoted(field.name)) changed", new: field.nameRange, old: before.nameRange)
            }
        }
        if a.fields.map(\.name).filter({ b.field(named: $0) != nil }) != b.fields.map(\.name).filter({ a.field(named: $0) != nil }) {
            list.add(.cosmetic, "data.fields.order", "the data fields are in a new order", new: section, old: oldSection)
        }
        if a.sample?.value != b.sample?.value {
            list.add(.cosmetic, "data.sample", "'data.sample' changed from \(shown(a.sample?.value)) to \(shown(b.sample?.value))",
                     new: b.sample?.range ?? section, old: a.sample?.range ?? oldSection)
        } else if let x = old.paths.sample, let y = new.paths.sample,
                  FileManager.default.contents(atPath: x.path) != FileManager.default.contents(atPath: y.path) {
            list.add(.cosmetic, "data.sample.content", "the rows of the sample file \(quoted(b.sample?.value ?? "")) changed (previews only)",
                     new: b.sample?.range, old: a.sample?.range)
        }
    }
}
