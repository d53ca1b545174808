/// What `hitc batch` writes for Label Studio: `label_studio/tasks.json`, the
/// import, a JSON array with one task per item: `{"data": {<fields>}}`, the
/// fields in `data.fields` order as the config's `$<field>` reads them. A
/// Label Studio task is one item (a project repeats it for its annotators),
/// so the items of a HIT become tasks of their own, and a gold item dealt into
/// several HITs is one task. A gold task carries `"hitc_gold": true` in its
/// data, so an export shows which tasks were gold. Links and Markdown fields
/// add the HTML hitc renders for them (`LabelStudioRichText`, `hitc_link_<field>`,
/// `hitc_html_<field>`).
enum LabelStudioBatchFiles {
    /// The import's path in the batch folder.
    static let path = "label_studio/tasks.json"
    /// The data key that marks a gold task.
    static let goldKey = "hitc_gold"

    static func make(derived: [LabelStudioRichText.Derived] = []) -> TargetBatchFiles {
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
                    let extra = derived.map { ($0.key, $0.make(LabelStudioRichText.value(of: $0.field, in: slot.object))) }
                    task(slot.object, extra: extra, gold: slot.gold != nil, into: &out)
                }
                try folder.append(out, to: path)
            },
            finish: { folder in try folder.append(Array((state.tasks == 0 ? "]\n" : "\n]\n").utf8), to: path) })
    }

    /// One task, `{"data":<object>}`, with `extra` string values and then the gold
    /// mark added as the object's last keys. `object` is the item's JSON object as
    /// the batch encoded it (escaped there).
    static func task(_ object: [UInt8], extra: [(String, String)] = [], gold: Bool, into out: inout [UInt8]) {
        out += Array("{\"data\":".utf8)
        guard (gold || !extra.isEmpty), object.last == UInt8(ascii: "}") else {
            out += object
            out.append(UInt8(ascii: "}"))
            return
        }
        out += object.dropLast()
        var first = object.count <= 2
        for (key, value) in extra {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONBytes.appendString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONBytes.appendString(value, to: &out)
        }
        if gold {
            if !first { out.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(goldKey, to: &out)
            out += Array(":true".utf8)
        }
        out += Array("}}".utf8)
    }

    /// The tasks written so far and the gold items among them (one batch, one thread).
    private final class State {
        var tasks = 0
        var goldWritten: Set<String> = []
    }
}
