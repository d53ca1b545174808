/// Layout ↔ fields ↔ questions: every block names a field of the right type or
/// a real question, and every question is placed exactly once.
enum LayoutChecks {
    /// Field types each block can show.
    static let acceptedTypes: [String: Set<FieldType>] = [
        "text": [.string, .text, .number, .boolean, .category, .url, .date, .markdown],
        "image": [.image],
        "link": [.url, .image, .audio, .video],
        "audio": [.audio],
        "video": [.video],
        "markdown": [.markdown],
    ]

    static func run(_ ctx: inout CheckContext) {
        var placed: [String: SourceRange] = [:]
        var misspelled = Misspelled()
        walk(ctx.spec.hit.layout, &ctx, placed: &placed, misspelled: &misspelled)
        // An empty layout (written empty or unreadable) is already reported; so is a
        // misspelled question block, whose did-you-mean names the question it meant.
        // Past the printing horizon (`DiagnosticHorizon`) or the search budget unknown
        // blocks are not searched: any question might be the one meant, so none is
        // reported as not placed.
        let layoutRead = !ctx.spec.hit.layout.isEmpty && !misspelled.unsearched
        for q in ctx.outlines where layoutRead && placed[q.id] == nil && !misspelled.meant.contains(q.id) {
            ctx.report(.questionNotInLayout, "question '\(q.id)' is not placed in 'hit.layout'", q.idRange,
                       notes: [DiagnosticNote("add '- question: \(q.id)' to the layout")])
        }
        if let key = ctx.spec.data.key {
            checkField(key, accepting: nil, in: "'data.key'", &ctx)
        }
    }

    /// The questions unknown question blocks were suggested to mean, and whether
    /// some unknown block was not searched.
    private struct Misspelled {
        var meant = Set<String>()
        var unsearched = false
    }

    /// Checks every block; `placed` receives each placed question, `misspelled` the
    /// questions that unknown question blocks were suggested to mean.
    private static func walk(_ blocks: [LayoutBlock], _ ctx: inout CheckContext, placed: inout [String: SourceRange],
                             misspelled: inout Misspelled) {
        for block in blocks {
            switch block.kind {
            case .text(let f, _): checkField(f, accepting: acceptedTypes["text"], in: "the 'text' block", &ctx)
            case .image(let f, let alt):
                checkField(f, accepting: acceptedTypes["image"], in: "the 'image' block", &ctx)
                if let alt { checkField(alt, accepting: acceptedTypes["text"], in: "'alt'", &ctx) }
            case .link(let f, _): checkField(f, accepting: acceptedTypes["link"], in: "the 'link' block", &ctx)
            case .audio(let f): checkField(f, accepting: acceptedTypes["audio"], in: "the 'audio' block", &ctx)
            case .video(let f): checkField(f, accepting: acceptedTypes["video"], in: "the 'video' block", &ctx)
            case .markdown(let f): checkField(f, accepting: acceptedTypes["markdown"], in: "the 'markdown' block", &ctx)
            case .note: break
            case .question(let id):
                if let first = placed[id.value] {
                    ctx.report(.questionRepeatedInLayout, "question '\(id.value)' appears in the layout more than once", id.range,
                               notes: [DiagnosticNote("first placed here", range: first)])
                } else if !ctx.isUnknownQuestion(id.value) {
                    placed[id.value] = id.range
                } else {
                    // One search per block, and only for one that can be printed.
                    let search = ctx.search(for: id, among: ctx.questionIDs)
                    if let guess = search.guess { misspelled.meant.insert(guess) }
                    if !search.searched { misspelled.unsearched = true }
                    let (notes, fixIts) = CheckContext.suggestion(search.guess, for: id)
                    ctx.report(.unknownQuestion, "the layout places question '\(id.value)', which 'hit.questions' does not define",
                               id.range, notes: notes, fixIts: fixIts)
                }
            case .columns(let columns):
                for column in columns { walk(column, &ctx, placed: &placed, misspelled: &misspelled) }
            }
        }
    }

    private static func checkField(_ name: Located<String>, accepting types: Set<FieldType>?, in what: String, _ ctx: inout CheckContext) {
        guard let field = ctx.field(name.value) else {
            guard ctx.isUnknownField(name.value) else { return }
            let (notes, fixIts) = ctx.suggestion(for: name, among: ctx.fieldNames)
            ctx.report(.unknownField, "\(what) names field '\(name.value)', which 'data.fields' does not define", name.range,
                       notes: notes, fixIts: fixIts)
            return
        }
        if let types, !types.contains(field.type.value) {
            let accepted = types.map(\.rawValue).sorted().joined(separator: ", ")
            ctx.report(.fieldTypeMismatch, "\(what) cannot show '\(name.value)', a \(field.type.value.rawValue) field", name.range,
                       notes: [DiagnosticNote("it shows fields of type: \(accepted)"),
                               DiagnosticNote("'\(name.value)' is defined here", range: field.nameRange)])
        }
    }
}
