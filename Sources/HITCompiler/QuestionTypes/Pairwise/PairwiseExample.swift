/// A pairwise question in a guideline example: its two sides, as two columns
/// of text (markdown rendered) headed by the answers' labels, so the example
/// shows what was compared (the expected answer is listed below it).
enum PairwiseExample {
    static func sides(_ pair: PairwiseControlView, values: [String: String]) -> BlockView {
        func side(_ tag: String, _ field: String, markdown: Bool) -> ColumnView {
            var heading = BlockView()
            heading.text = TextBlockView(field: field, isHeading: false, isBody: false, isQuote: false, isMono: true, textValue: tag)
            var body = BlockView()
            let value = values[field] ?? ""
            if markdown {
                body.markdown = MarkdownBlockView(field: field, markdownHTML: GuidelinesHTMLModel.markdownHTML(value, headingsBelow: 3))
            } else {
                body.text = TextBlockView(field: field, isHeading: false, isBody: true, isQuote: false, isMono: false, textValue: value)
            }
            return ColumnView(blocks: [heading, body])
        }
        var block = BlockView()
        block.columns = ColumnsBlockView(columnList: [side(pair.leftTag, pair.leftField, markdown: pair.leftMarkdown),
                                                      side(pair.rightTag, pair.rightField, markdown: pair.rightMarkdown)])
        return block
    }
}
