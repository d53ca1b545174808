import Foundation

/// The task page's item template (`partials/item` with the item layout): the
/// largest part of a page with many questions, and the same on every page of a
/// build (task.html, preview.html, MTurk's question.xml) and from one `hitc serve`
/// rebuild to the next while the questions stay the same. So it is rendered once
/// per layout and words (`ItemTemplateCache`), not once per page.
///
/// `partials/item` and the partials it includes see the layout's `blocks` and the
/// page's `t`, `lang` and `dir`: nothing else of the page (docs/task-page.md).
struct ItemTemplateView: Encodable, Hashable, Sendable {
    var blocks: [BlockView]
    var t: [String: String]
    var lang: String
    var dir: String

    /// The item template's view of `page`.
    init(_ page: TaskPageView) {
        blocks = page.itemLayout.blocks
        t = page.t
        lang = page.lang
        dir = page.dir
    }
}

/// Item templates rendered, by their view; holds the last few (a `hitc serve`
/// session rebuilding one spec, or a build of several specs) and forgets older ones.
final class ItemTemplateCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Most recently used last.
    private var rendered: [(view: ItemTemplateView, html: String)] = []
    private let capacity = 4

    /// The template for `view`, rendered by `render` unless it already was. Pages
    /// rendered side by side wait for one render rather than each rendering it.
    func html(for view: ItemTemplateView, render: (ItemTemplateView) throws -> String) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let index = rendered.firstIndex(where: { $0.view == view }) {
            let hit = rendered.remove(at: index)
            rendered.append(hit)
            return hit.html
        }
        let html = try render(view)
        rendered.append((view, html))
        if rendered.count > capacity { rendered.removeFirst() }
        return html
    }
}
