import Foundation

/// What the render stage produced: every file of a bundle in memory, in the
/// order they are listed, and the diagnostics rendering found (a target's
/// check of the rendered page). Nothing is written yet.
struct RenderedBundle: Sendable {
    /// (path in the bundle, bytes), in order; `manifest.json` last. Empty when
    /// a diagnostic error stopped the rendering.
    var files: [(path: String, data: Data)]
    /// Problems found while rendering.
    var diagnostics: [Diagnostic]
}
