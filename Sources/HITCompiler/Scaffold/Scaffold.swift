/// The files `hitc init` writes: a small but complete spec (every checklist
/// step filled in), sample and gold data, a guideline section file and the
/// JSON Schema that editors use to complete it.
/// The scaffold passes `hitc check` with no warnings (a test holds it to that).
public enum Scaffold {
    /// One file to write, relative to the target folder.
    public struct File: Sendable {
        public var path: String
        public var contents: String
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

    private static func spec(id: String) -> String {
        """
        # yaml-language-server: $schema=hitc.schema.json
        # A hitc task spec. Check it with `hitc check spec.yaml`; the reference is docs/spec-reference.md.
        hitc: 1
        id: \(id)
        version: 0.1.0
        title: Is this review positive or negative?
        description: Read a short product review and say how the writer feels about the product.
        keywords: [sentiment, reviews]
        language: en

        use_case:
          purpose: evaluation
          goal: Measure how often the sentiment model agrees with people on product reviews.
          metric: accuracy
          priority: nice_to_have
          cadence: one_off
          owner: you@example.com
          prior_work: None yet; this is the first labeled set.

        data:
          key: review_id
          fields:
            review_id: { type: string }
            product: { type: text, description: The product reviewed }
            review: { type: text, max_length: 2000, description: The review as the customer wrote it }
          sample: data/sample.csv

        hit:
          items_per_hit: 4
          reward: 0.20 USD
          estimated_seconds: 60
          layout:
            - text: product
              style: heading
            - text: review
              style: quote
            - question: sentiment
            - question: comment
          questions:
            sentiment:
              type: single_choice
              prompt: How does the writer feel about the product?
              options:
                - { value: positive, label: Positive, key: "1", hint: They like it or recommend it. }
                - { value: mixed, label: Mixed, key: "2", hint: Both praise and complaints. }
                - { value: negative, label: Negative, key: "3", hint: They dislike it or warn others. }
            comment:
              type: text
              prompt: Anything that made this hard to judge? (optional)
              required: false
              max_length: 300

        guidelines:
          summary: |
            Decide how the **writer** feels about the product, not how you feel about it.
          sections:
            - title: How to judge
              file: guidelines/sentiment.md
          examples:
            - item: { review_id: ex-1, product: Kettle, review: Boils fast and looks great. Would buy again. }
              answers: { sentiment: positive }
              why: Praise and a repeat purchase.
            - item: { review_id: ex-2, product: Kettle, review: "Boils fast, but the lid broke after a week." }
              answers: { sentiment: mixed }
              why: One good point, one serious complaint.
            - item: { review_id: ex-3, product: Kettle, review: Leaks. Returned it. }
              answers: { sentiment: negative }
              why: A defect and a return.
          faq:
            - q: The review is not about the product. What do I answer?
              a: Judge the writer's feeling about the product only; if there is none, answer Mixed and say so in the comment.
          changelog:
            - { version: 0.1.0, date: 2026-01-01, notes: First version. }

        communication:
          contact: you@example.com
          feedback: optional
          min_hourly_wage: 12.00 USD

        quality:
          judgments_per_item: 3
          gold:
            file: data/gold.csv
            per_hit: 1
            min_accuracy: 0.7
          qualification:
            approval_rate: 95
            approved_hits: 500
          checks:
            min_seconds_per_hit: 15
          agreement:
            metric: krippendorff_alpha
            min: 0.6
          aggregation:
            sentiment: { method: majority }
            comment: { method: collect }

        targets:
          mturk: { lifetime: 3d, assignment_duration: 15m, auto_approve: 3d }

        """
    }

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
