import Foundation

/// The item payload of one HIT, as `docs/platform-data-contract.md` defines it
/// and the task page decodes it: `hitc1:` followed by the base64url (no
/// padding) of the UTF-8 JSON array of the HIT's items, each a JSON object of
/// the data fields in the order of `data.fields`, every value a string.
///
/// The prefix makes the cell start with a letter (no spreadsheet formula), and
/// base64url holds only `A-Z a-z 0-9 - _`, so neither a platform's `${...}`
/// templating, HTML nor CSV quoting can touch what is inside.
enum ItemPayload {
    /// The version prefix the page looks for.
    static let prefix = "hitc1:"

    /// One item as a JSON object: every field of `fields` in order, with its
    /// value as text (a JSON list joined with `|`, as in CSV; a missing value or
    /// null as ""), exactly what the preview shows for a sample row.
    static func object(_ record: DataRecord, fields: [String]) -> [UInt8] {
        var values = [String](repeating: "", count: fields.count)
        for entry in record.entries {
            if let i = fields.firstIndex(of: entry.name) { values[i] = entry.value.text }
        }
        return object(fields: fields, values: values)
    }

    /// A JSON object of `fields[i]: values[i]`, in order.
    static func object(fields: [String], values: [String]) -> [UInt8] {
        var out: [UInt8] = [0x7B]
        for (i, name) in fields.enumerated() {
            if i > 0 { out.append(0x2C) }
            JSONBytes.appendString(name, to: &out, escapingSlashes: false)
            out.append(0x3A)
            JSONBytes.appendString(i < values.count ? values[i] : "", to: &out, escapingSlashes: false)
        }
        out.append(0x7D)
        return out
    }

    /// The payload of a HIT whose items are the JSON objects `objects`, in slot order.
    static func encode(_ objects: [[UInt8]]) -> String {
        var json: [UInt8] = [0x5B]
        for (i, object) in objects.enumerated() {
            if i > 0 { json.append(0x2C) }
            json += object
        }
        json.append(0x5D)
        return prefix + Base64URL.encode(json)
    }

    /// The JSON text inside a payload; nil when it is not a `hitc1:` payload.
    static func jsonText(of payload: String) -> String? {
        guard payload.hasPrefix(prefix), let bytes = Base64URL.decode(String(payload.dropFirst(prefix.count))) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The items of a payload as the page reads them (field → text); nil when
    /// the payload is not a `hitc1:` payload of a JSON array of objects of strings.
    static func decode(_ payload: String) -> [[String: String]]? {
        guard let text = jsonText(of: payload),
              let list = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else { return nil }
        var items: [[String: String]] = []
        for element in list {
            guard let object = element as? [String: Any] else { return nil }
            var item: [String: String] = [:]
            for (name, value) in object {
                guard let text = value as? String else { return nil }
                item[name] = text
            }
            items.append(item)
        }
        return items
    }
}

/// base64url without padding (RFC 4648 section 5).
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        let full = bytes.count / 3
        let rest = bytes.count - full * 3
        let length = full * 4 + (rest == 0 ? 0 : rest + 1)
        return String(unsafeUninitializedCapacity: length) { out in
            alphabet.withUnsafeBufferPointer { a in
                bytes.withUnsafeBufferPointer { b in
                    var o = 0
                    var i = 0
                    for _ in 0..<full {
                        let n = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
                        out[o] = a[Int(n >> 18)]
                        out[o + 1] = a[Int(n >> 12 & 63)]
                        out[o + 2] = a[Int(n >> 6 & 63)]
                        out[o + 3] = a[Int(n & 63)]
                        i += 3
                        o += 4
                    }
                    if rest > 0 {
                        let n = UInt32(b[i]) << 16 | (rest == 2 ? UInt32(b[i + 1]) << 8 : 0)
                        out[o] = a[Int(n >> 18)]
                        out[o + 1] = a[Int(n >> 12 & 63)]
                        if rest == 2 { out[o + 2] = a[Int(n >> 6 & 63)] }
                    }
                }
            }
            return length
        }
    }

    static func decode(_ text: String) -> [UInt8]? {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.utf8.count % 4 != 0 { standard += "=" }
        guard let data = Data(base64Encoded: standard) else { return nil }
        return [UInt8](data)
    }
}
