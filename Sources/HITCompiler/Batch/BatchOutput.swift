import Foundation

/// The lines of the files `hitc batch` writes, one HIT at a time.
enum BatchOutput {
    /// `mturk/batch.csv`: the header. MTurk makes one HIT per row and repeats it
    /// for `MaxAssignments` (= `judgments_per_item`) distinct workers, so a HIT
    /// is one row, not one row per assignment.
    static let mturkHeader = "items,hit,item_keys\r\n"

    /// One row of `mturk/batch.csv` (CRLF line ends, RFC 4180). The payload is
    /// `hitc1:` and base64url (letters, digits, `:`, `-`, `_`), so it needs
    /// neither quoting nor neutralising; the keys are the data's own text and
    /// get both (`CSVCell`): each key is neutralised, so splitting the cell at
    /// `|` in a spreadsheet cannot make a formula either.
    static func mturkRow(_ hit: BatchHIT) -> String {
        hit.payload + "," + String(hit.number) + "," + CSVCell.encode(hit.keys.map(CSVCell.neutralised).joined(separator: "|")) + "\r\n"
    }

    /// One line of `hits.jsonl` (also the upload file of the generic and
    /// Prolific targets): keys sorted, as `JSONEncoder` with sorted keys and
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
