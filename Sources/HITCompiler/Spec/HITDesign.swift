/// Step 4: what a worker sees on one HIT.
public struct HITDesign: Sendable {
    /// Nil when the value failed to parse (reported), so other checks still run.
    var itemsPerHit: Located<Int>?
    var reward: Located<Money>?
    var estimatedSeconds: Located<Int>?
    /// Blocks repeated once per item, in order.
    var layout: [LayoutBlock]
    /// `auto_advance`: once an item's required questions are answered, the page
    /// moves on to the next unanswered item (default true).
    var autoAdvance = true
    /// The questions that parsed without error, in the order written (the
    /// bundle is made from these; a spec with any error gets no bundle).
    public var questions: [Question] {
        didSet { questionIndex = questions.firstPlaces(by: \.id) }
    }
    /// Every question written, in order, whether or not it parsed: checks read
    /// these, so a question with an error is still known by name and type.
    var outlines: [QuestionOutline] = []
    /// Where the first question of each id is in `questions`, so a lookup costs
    /// the same however many questions there are.
    private var questionIndex: [String: Int]

    init(itemsPerHit: Located<Int>?, reward: Located<Money>?, estimatedSeconds: Located<Int>?, layout: [LayoutBlock],
                questions: [Question], outlines: [QuestionOutline] = []) {
        self.itemsPerHit = itemsPerHit
        self.reward = reward
        self.estimatedSeconds = estimatedSeconds
        self.layout = layout
        self.questions = questions
        self.outlines = outlines
        questionIndex = questions.firstPlaces(by: \.id)
    }

    /// The question with id `id`, if any (the first of that id).
    public func question(_ id: String) -> Question? {
        questionIndex[id].map { questions[$0] }
    }

    /// Question ids in the order the layout places them (depth-first through columns).
    var questionOrder: [Located<String>] {
        var order: [Located<String>] = []
        func walk(_ blocks: [LayoutBlock]) {
            for block in blocks {
                switch block.kind {
                case .question(let id): order.append(id)
                case .columns(let columns): columns.forEach(walk)
                default: break
                }
            }
        }
        walk(layout)
        return order
    }
}

/// One block of the per-item layout.
struct LayoutBlock: Sendable {
    enum TextStyle: String, Sendable, CaseIterable { case heading, body, quote, mono }

    enum Kind: Sendable {
        case text(field: Located<String>, style: TextStyle)
        case image(field: Located<String>, alt: Located<String>?)
        case link(field: Located<String>, label: String?)
        case audio(field: Located<String>)
        case video(field: Located<String>)
        case markdown(field: Located<String>)
        /// Static Markdown written in the spec.
        case note(Located<String>)
        case question(Located<String>)
        case columns([[LayoutBlock]])
    }

    var kind: Kind
    var range: SourceRange
    /// `label:` of a text, markdown, image, audio or video block: a caption
    /// shown with the value ("Rating: 5"). A link's `label` is its link text (in `kind`).
    var caption: String?

    /// The block's name as written (`text`, `image`, ...).
    var name: String {
        switch kind {
        case .text: "text"
        case .image: "image"
        case .link: "link"
        case .audio: "audio"
        case .video: "video"
        case .markdown: "markdown"
        case .note: "note"
        case .question: "question"
        case .columns: "columns"
        }
    }
}
