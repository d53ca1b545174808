/// The files `hitc init` writes: a small but complete spec (every checklist
/// step filled in), sample and gold data, a guideline section file and the
/// JSON Schema that editors use to complete it.
/// The scaffold passes `hitc check` with no warnings (a test holds it to that).
public enum Scaffold {
    /// One file to write, relative to the target folder.
    public struct File: Sendable {
        var path: String
        var contents: String
    }

    /// A task id made from a folder name (`My Task` → `my-task`), or `my-task`.
    public static func taskID(fromFolderName name: String) -> String {
        let mapped = name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let id = String(mapped).split(separator: "-").joined(separator: "-")
        return ValueSyntax.isTaskID(id) ? id : "my-task"
    }

    /// The scaffold's files for a task named `id`.
    public static func files(id: String) -> [File] {
        [
            File(path: "spec.yaml", contents: spec(id: id)),
            File(path: "data/sample.csv", contents: sample),
            File(path: "data/gold.csv", contents: gold),
            File(path: "guidelines/sentiment.md", contents: section),
            File(path: "hitc.schema.json", contents: JSONSchemaGenerator.generate()),
        ]
    }

    /// The example spec (`Templates/scaffold/spec.yaml`, embedded with the
    /// templates) with its `{{id}}` replaced by `id` (a task id: `[a-z0-9-]`).
    private static func spec(id: String) -> String {
        guard let text = BuiltinTemplates.files[specTemplate] else { preconditionFailure("\(specTemplate) is not embedded") }
        return text.replacingOccurrences(of: "{{id}}", with: id)
    }

    /// Where the example spec is among the built-in templates.
    static let specTemplate = "scaffold/spec.yaml"

    private static let sample = """
        review_id,product,review
        r-001,Toaster,"Toasts evenly, crumb tray is easy to empty."
        r-002,Toaster,Stopped working after two weeks.
        r-003,Headphones,"Great sound, but they hurt after an hour."
        r-004,Headphones,Best purchase this year!
        r-005,Desk lamp,"Bright enough, cheap feel."
        r-006,Desk lamp,Arrived broken and support never answered.

        """

    private static let gold = """
        review_id,product,review,sentiment,why
        g-001,Blender,Crushes ice in seconds. Love it.,positive,Clear praise.
        g-002,Blender,Loud and the jar cracked.,negative,Two complaints and no praise.
        g-003,Blender,"Works well, but very loud.",mixed,One good point and one complaint.

        """

    private static let section = """
        Read the whole review before answering.

        | The review... | Answer |
        |---|---|
        | praises the product, recommends it | Positive |
        | praises some things and complains about others | Mixed |
        | complains, warns others, mentions a return | Negative |

        Sarcasm counts as what the writer means: "Great, it broke on day one" is **Negative**.

        """
}
