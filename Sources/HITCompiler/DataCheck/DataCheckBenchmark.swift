import Foundation

/// A repeatable measurement of the data-file check, for the benchmark harness
/// (`bench/`): a synthetic grocery CSV (8 columns: string key, text with a
/// `max_length`, quoted text with commas, image URL, optional text, number with
/// a minimum, category, optional URL; some accented text) checked against the
/// matching schema.
enum DataCheckBenchmark {
    /// One timed run.
    struct Result: Sendable, CustomStringConvertible {
        /// Size of the file checked.
        var bytes: Int
        /// Data rows checked.
        var rows: Int
        /// Wall-clock time of the check (reading included), in seconds.
        var seconds: Double
        /// Diagnostics reported (0 for the generated file).
        var diagnostics: Int

        /// Throughput in MB/s (10^6 bytes per second).
        var megabytesPerSecond: Double { Double(bytes) / 1e6 / max(seconds, 1e-9) }

        /// One line: rows, size, time and throughput.
        var description: String {
            String(format: "%d rows, %.1f MB in %.3f s: %.0f MB/s (%d diagnostics)",
                   rows, Double(bytes) / 1e6, seconds, megabytesPerSecond, diagnostics)
        }
    }

    /// Writes the synthetic CSV with `rows` rows to `url`.
    static func writeCSV(rows: Int, to url: URL) throws {
        let queries = ["organic whole milk", "peanut butter", "crème fraîche", "gluten free bread", "frozen peas",
                       "almond milk", "sourdough", "greek yoghurt"]
        let titles = ["\"Horizon Organic Whole Milk, 1 gal\"", "Creamy Peanut Butter 16 oz",
                      "\"Crème fraîche, 200 g\"", "Seeded Loaf 800g", "\"Garden Peas, frozen, 1kg\"",
                      "Unsweetened Almondmilk", "\"Sourdough Boule, large\"", "Greek Style Yoghurt 500g"]
        let brands = ["Horizon", "Jif", "Président", "", "Birds Eye", "Silk", "", "Fage"]
        let aisles = ["produce", "dairy", "bakery", "pantry", "frozen"]
        var out = "item_id,query,title,image,brand,price,aisle,url\n"
        out.reserveCapacity(rows * 180)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        for k in 0..<rows {
            let i = k % 8
            out += "item-\(k),\(queries[i]),\(titles[(k / 8) % 8]),https://img.example.com/grocery/sku-\(10_000 + k).jpg,"
            out += "\(brands[(k / 3) % 8]),\(k % 50).\(k % 10)9,\(aisles[k % 5]),"
            out += k % 4 == 0 ? "\n" : "https://shop.example.com/p/product-\(k)?ref=search\n"
            if out.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try handle.write(contentsOf: Data(out.utf8))
    }

    /// Writes the same rows as JSON Lines (`.jsonl`), one object per line.
    static func writeJSONLines(rows: Int, to url: URL) throws {
        let queries = ["organic whole milk", "peanut butter", "crème fraîche", "gluten free bread", "frozen peas",
                       "almond milk", "sourdough", "greek yoghurt"]
        let titles = ["Horizon Organic Whole Milk, 1 gal", "Creamy \\\"Peanut\\\" Butter 16 oz", "Crème fraîche, 200 g",
                      "Seeded Loaf 800g", "Garden Peas, frozen, 1kg", "Unsweetened Almondmilk", "Sourdough Boule, large",
                      "Greek Style Yoghurt 500g"]
        let aisles = ["produce", "dairy", "bakery", "pantry", "frozen"]
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var out = ""
        for k in 0..<rows {
            out += "{\"item_id\": \"item-\(k)\", \"query\": \"\(queries[k % 8])\", \"title\": \"\(titles[(k / 8) % 8])\", "
            out += "\"image\": \"https://img.example.com/grocery/sku-\(10_000 + k).jpg\", \"brand\": null, "
            out += "\"price\": \(k % 50).\(k % 10)9, \"aisle\": \"\(aisles[k % 5])\""
            out += k % 4 == 0 ? "}\n" : ", \"url\": \"https:\\/\\/shop.example.com\\/p\\/product-\(k)?ref=search\"}\n"
            if out.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try handle.write(contentsOf: Data(out.utf8))
    }

    /// The schema the synthetic file fits; `key` names the item key field (or none).
    static func schema(key: String? = "item_id") -> DataSchema {
        let here = SourceRange(line: 1, column: 1)
        func field(_ name: String, _ type: FieldType, required: Bool = true, maxLength: Int? = nil,
                   min: Double? = nil, values: [String] = []) -> DataField {
            DataField(name: name, nameRange: here, type: Located(type, here), required: required, description: nil,
                      maxLength: maxLength, min: min, max: nil, integer: false, values: values.map { Located($0, here) })
        }
        return DataSchema(key: key.map { Located($0, here) }, fields: [
            field("item_id", .string), field("query", .text, maxLength: 120), field("title", .text),
            field("image", .image), field("brand", .text, required: false), field("price", .number, min: 0),
            field("aisle", .category, values: ["produce", "dairy", "bakery", "pantry", "frozen"]),
            field("url", .url, required: false),
        ], sample: nil)
    }

    /// Checks the file at `url` against the synthetic schema and times it;
    /// `checkingKeys: false` leaves out the item key check (to see its cost).
    static func run(fileAt url: URL, checkingKeys: Bool = true) -> Result {
        let checker = DataFileChecker(schema: schema(key: checkingKeys ? "item_id" : nil), questions: [], role: .sample)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = checker.check(fileAt: url, displayPath: url.lastPathComponent)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)??.intValue ?? 0
        return Result(bytes: bytes, rows: result.rowCount, seconds: seconds, diagnostics: result.diagnostics.count)
    }
}
