/// One task page (task.html or preview.html) as lowering leaves it: its view
/// model and its script's configuration, with what the render stage needs to
/// finish it (the script modules to join in, the origins of its security policy).
struct TaskPage: Sendable {
    /// Which page.
    var mode: TaskPageMode
    /// The view; the render stage fills `script`, `style`, `csp` and `configJSON`.
    var view: TaskPageView
    /// The script's configuration, written into the page as JSON.
    var config: TaskPageConfig
    /// The targets' page script modules, in the order the page tries them.
    var scriptModules: [String]
    /// Origins the page may `fetch` (none for the preview, which never sends).
    var connectOrigins: [String]
    /// Origins the page's form may post to (none for the preview).
    var formActionOrigins: [String]
}
