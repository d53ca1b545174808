import Foundation

/// The lines of `hits.jsonl`, the file every batch has, one HIT at a time
/// (a target's own upload files are its `TargetBatchFiles`).
enum BatchOutput {
    /// One line of `hits.jsonl` (also the upload file of the targets that
    /// fetch their items by HIT): keys sorted, as `JSONEncoder` with sorted keys and
    /// unescaped slashes writes them.
    static func hitLine(_ hit: BatchHIT, assignments: Int) -> [UInt8] {
        var out: [UInt8] = []
        out += Array("{\"assignments\":\(assignments),\"gold_slots\":[".utf8)
        out += Array(hit.goldSlots.map(String.init).joined(separator: ",").utf8)
        out += Array("],\"hit\":\(hit.number),\"item_keys\":[".utf8)
        for (i, key) in hit.keys.enumerated() {
            if i > 0 { out.append(0x2C) }
            JSONBytes.appendString(key, to: &out, escapingSlashes: false)
        }
        out += Array("],\"items\":\"".utf8)
        // base64url and `hitc1:`: nothing to escape.
        out += hit.payload.utf8
        out += Array("\"}\n".utf8)
        return out
    }
}
