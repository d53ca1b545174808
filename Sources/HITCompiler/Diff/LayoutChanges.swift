/// `hit.layout`, `items_per_hit`, `reward`, `estimated_seconds`: the blocks
/// and their styles are cosmetic, except the text of a `note` (instructions on
/// the page, which define labels: needs review); the pay and the size of a
/// HIT are needs review.
enum LayoutChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, renames: QuestionRenames, into list: inout ChangeList) {
        let a = old.spec.hit, b = new.spec.hit
        let section = new.spec.sectionRanges["hit"], oldSection = old.spec.sectionRanges["hit"]
        if a.itemsPerHit?.value != b.itemsPerHit?.value {
            list.add(.needsReview, "hit.items_per_hit", "'items_per_hit' changed from \(shown(a.itemsPerHit?.value)) to \(shown(b.itemsPerHit?.value))",
                     new: b.itemsPerHit?.range ?? section, old: a.itemsPerHit?.range ?? oldSection)
        }
        if a.reward?.value != b.reward?.value {
            list.add(.needsReview, "hit.reward", "the reward changed from \(shown(a.reward?.value)) to \(shown(b.reward?.value))",
                     new: b.reward?.range ?? section, old: a.reward?.range ?? oldSection)
        }
        if a.estimatedSeconds?.value != b.estimatedSeconds?.value {
            list.add(.needsReview, "hit.estimated_seconds", "'estimated_seconds' changed from \(shown(a.estimatedSeconds?.value)) to \(shown(b.estimatedSeconds?.value))",
                     new: b.estimatedSeconds?.range ?? section, old: a.estimatedSeconds?.range ?? oldSection)
        }
        let notesBefore = notes(a.layout), notesAfter = notes(b.layout)
        if notesBefore.map(\.value) != notesAfter.map(\.value) {
            let changed = zip(notesBefore, notesAfter).first { $0.value != $1.value }
            list.add(.needsReview, "hit.layout.notes", "the text of a layout note, instructions workers read on every item, changed",
                     new: changed?.1.range ?? notesAfter.first?.range ?? section, old: changed?.0.range ?? notesBefore.first?.range ?? oldSection,
                     definesLabels: true)
        }
        var restBefore = a.layout, restAfter = b.layout
        stripNotes(&restBefore)
        stripNotes(&restAfter)
        rename(&restBefore, renames)
        if Fingerprint.of(restBefore) != Fingerprint.of(restAfter) {
            list.add(.cosmetic, "hit.layout", "the layout changed (blocks, their order or styles)",
                     new: b.layout.first?.range ?? section, old: a.layout.first?.range ?? oldSection)
        }
    }

    /// The notes' texts, depth-first.
    private static func notes(_ blocks: [LayoutBlock]) -> [Located<String>] {
        blocks.flatMap { block -> [Located<String>] in
            switch block.kind {
            case .note(let text): [text]
            case .columns(let columns): columns.flatMap(notes)
            default: []
            }
        }
    }

    /// The old layout's question blocks under the ids the new spec gives them (a renamed question is in the same place).
    private static func rename(_ blocks: inout [LayoutBlock], _ renames: QuestionRenames) {
        for k in blocks.indices {
            switch blocks[k].kind {
            case .question(let id): blocks[k].kind = .question(Located(renames.renamed(id.value), id.range))
            case .columns(var columns):
                for c in columns.indices { rename(&columns[c], renames) }
                blocks[k].kind = .columns(columns)
            default: break
            }
        }
    }

    /// The layout with each note's text blanked (compared apart).
    private static func stripNotes(_ blocks: inout [LayoutBlock]) {
        for k in blocks.indices {
            switch blocks[k].kind {
            case .note(let text): blocks[k].kind = .note(Located("", text.range))
            case .columns(var columns):
                for c in columns.indices { stripNotes(&columns[c]) }
                blocks[k].kind = .columns(columns)
            default: break
            }
        }
    }
}
