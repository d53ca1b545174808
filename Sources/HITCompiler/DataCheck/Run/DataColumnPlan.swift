/// What a column of a data file (a CSV header cell, a JSON Lines key) holds.
enum DataColumnRole: Equatable {
    /// A field of the data schema (index into `DataSchema.fields`).
    case field(Int)
    /// The expected answer to a question (index into the questions; gold files only).
    case answer(Int)
    /// The gold file's explanation column.
    case why
    /// Not in the schema: reported once per file (W0012) and ignored.
    case unknown
}

/// The columns a data file may have, numbered as slots, and the columns it
/// turned out to have. Known names get slots up front; unknown names get a slot
/// when first seen. Names are looked up as bytes.
struct DataColumnPlan {
    private(set) var names: [String] = []
    private(set) var roles: [DataColumnRole] = []
    /// Slot of each schema field.
    private(set) var fieldSlots: [Int] = []
    /// Slot of each question's answer; -1 outside gold files or when a field has the same name.
    private(set) var answerSlots: [Int] = []
    private var table = ByteStringTable(minimumCapacity: 32)

    init(schema: DataSchema, questions: [Question], role: DataFileRole) {
        for (index, field) in schema.fields.enumerated() {
            fieldSlots.append(add(field.name, .field(index)) ?? -1)
        }
        for (index, question) in questions.enumerated() {
            answerSlots.append(role == .gold ? add(question.id, .answer(index)) ?? -1 : -1)
        }
        if role == .gold {
            _ = add(DataFileRole.whyColumn, .why)
        }
    }

    /// Number of slots so far.
    var count: Int { names.count }

    /// The slot of a column name, adding an unknown one if new.
    mutating func slot(for name: ByteSpan) -> (slot: Int, isNew: Bool) {
        let (index, inserted) = table.insert(name)
        if inserted {
            names.append(String(decoding: name, as: UTF8.self))
            roles.append(.unknown)
        }
        return (index, inserted)
    }

    /// Names of known columns that could be meant by an unknown one.
    var knownNames: [String] {
        zip(names, roles).filter { $0.1 != .unknown }.map(\.0)
    }

    /// Adds a known name; nil when the name is taken (a question named like a field).
    private mutating func add(_ name: String, _ role: DataColumnRole) -> Int? {
        let (index, inserted) = table.insert(name)
        guard inserted else { return nil }
        names.append(name)
        roles.append(role)
        return index
    }
}
