/// What `hitc batch` writes for Ground Truth: `ground_truth/manifest.jsonl`, the
/// input manifest, one JSON object a line and one line per HIT:
///
///     {"source":"[\"k1\",\"k2\"]","hitc_hit":1,"hitc_gold":["k2"],"items":[{<fields>},{<fields>}]}
///
/// - `source`: Ground Truth needs `source` or `source-ref` in every line; here it
///   is the HIT's item keys in slot order as a JSON array (text), which the
///   post-annotation Lambda gets back as `dataObject.content` and the results
///   reader uses to know each slot's item.
/// - `hitc_hit`: the HIT's number in the batch (as `hits.jsonl`).
/// - `hitc_gold`: the keys of the HIT's gold items, so they can be found again
///   (only when the HIT has gold).
/// - `items`: the HIT's items in slot order, each the item's data fields as the
///   batch encodes them (every value a string), which the template reads as
///   `task.input.items` (the pre-annotation Lambda passes the line on as `taskInput`).
///
/// Ground Truth refuses a line over 100,000 characters and an attribute over
/// 20,000 (its input-manifest documentation); a HIT that would break either
/// stops the batch with E0216 at the data row (or gold row) of the HIT's
/// largest item, the one whose removal shortens the line most
/// (`BatchItemProblem`); `items` is measured as one attribute.
enum GroundTruthManifest {
    /// The manifest's path in the batch folder.
    static let path = "ground_truth/manifest.jsonl"
    /// Ground Truth's limits on one manifest line and one attribute, in characters.
    static let lineLimit = 100_000
    static let attributeLimit = 20_000

    static func make(_ checked: CheckedSpec) -> TargetBatchFiles {
        TargetBatchFiles(
            names: [path],
            start: { _ in },
            append: { hit, folder in try folder.append(try line(hit), to: path) })
    }

    /// One HIT's line, with its newline.
    static func line(_ hit: BatchHIT) throws -> [UInt8] {
        var keys: [UInt8] = [0x5B]
        for (i, key) in hit.keys.enumerated() {
            if i > 0 { keys.append(0x2C) }
            JSONBytes.appendString(key, to: &keys, escapingSlashes: false)
        }
        keys.append(0x5D)
        var items: [UInt8] = [0x5B]
        for (i, slot) in hit.slots.enumerated() {
            if i > 0 { items.append(0x2C) }
            items += slot.object
        }
        items.append(0x5D)
        try measure(items, "items attribute", hit, limit: attributeLimit)

        var source: [UInt8] = []
        JSONBytes.appendString(String(decoding: keys, as: UTF8.self), to: &source, escapingSlashes: false)
        try measure(source, "source attribute (the item keys)", hit, limit: attributeLimit, byKey: true)
        var out: [UInt8] = Array("{\"source\":".utf8) + source
        out += Array(",\"hitc_hit\":\(hit.number)".utf8)
        let gold = hit.slots.filter { $0.gold != nil }
        if !gold.isEmpty {
            out += Array(",\"hitc_gold\":[".utf8)
            for (i, slot) in gold.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONBytes.appendString(slot.key, to: &out, escapingSlashes: false)
            }
            out.append(0x5D)
        }
        out += Array(",\"items\":".utf8)
        out += items
        out.append(0x7D)
        try measure(out, "manifest line", hit, limit: lineLimit)
        out.append(0x0A)
        return out
    }

    /// Throws `BatchItemProblem` at the HIT's largest item (by its data, or by
    /// its key for the `source` attribute) when `json` is over `limit`
    /// characters (UTF-16 code units, the stricter reading).
    private static func measure(_ json: [UInt8], _ what: String, _ hit: BatchHIT, limit: Int, byKey: Bool = false) throws {
        // Every character is at least one byte, so a short text needs no count.
        guard json.count > limit else { return }
        let size = String(decoding: json, as: UTF8.self).utf16.count
        guard size > limit else { return }
        func weight(_ slot: BatchHIT.Slot) -> Int {
            byKey ? slot.key.utf16.count : String(decoding: slot.object, as: UTF8.self).utf16.count
        }
        let largest = hit.slots.max { weight($0) < weight($1) }
        throw BatchItemProblem(
            code: .platformLimit, key: largest?.key ?? "",
            message: "is the largest of HIT \(hit.number), whose \(what) in \(path) would be \(size) characters; "
                + "Ground Truth takes at most \(limit)",
            note: "shorten the item's data, lower items_per_hit, or drop the ground_truth target")
    }
}
