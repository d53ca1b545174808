/// What `hitc batch` writes for Label Studio: `label_studio/tasks.json`, the
/// import, a JSON array with one task per item: `{"data": {<fields>}}`, the
/// fields in `data.fields` order as the config's `$<field>` reads them. A
/// Label Studio task is one item (a project repeats it for its annotators),
/// so the items of a HIT become tasks of their own, and a gold item dealt into
/// several HITs is one task. A gold task carries `"hitc_gold": true` in its
/// data, so an export shows which tasks were gold.
enum LabelStudioBatchFiles {
    /// The import's path in the batch folder.
    static let path = "label_studio/tasks.json"
    /// The data key that marks a gold task.
    static let goldKey = "hitc_gold"

    static func make() -> TargetBatchFiles {
        let state = State()
        return TargetBatchFiles(
            names: [path],
            start: { folder in try folder.append(Array("[".utf8), to: path) },
            append: { hit, folder in
                var out: [UInt8] = []
                for slot in hit.slots {
                    if slot.gold != nil, !state.goldWritten.insert(slot.key).inserted { continue }
                    out += Array((state.tasks == 0 ? "\n" : ",\n").utf8)
                    state.tasks += 1
                    task(slot.object, gold: slot.gold != nil, into: &out)
                }
                try folder.append(out, to: path)
            },
            finish: { folder in try folder.append(Array((state.tasks == 0 ? "]\n" : "\n]\n").utf8), to: path) })
    }

    /// One task, `{"data":<object>}`, the gold mark added as the object's last key.
    /// `object` is the item's JSON object as the batch encoded it (escaped there).
    static func task(_ object: [UInt8], gold: Bool, into out: inout [UInt8]) {
        out += Array("{\"data\":".utf8)
        if gold, object.last == UInt8(ascii: "}") {
            out += object.dropLast()
            if object.count > 2 { out.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(goldKey, to: &out)
            out += Array(":true}".utf8)
        } else {
            out += object
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The tasks written so far and the gold items among them (one batch, one thread).
    private final class State {
        var tasks = 0
        var goldWritten: Set<String> = []
    }
}
