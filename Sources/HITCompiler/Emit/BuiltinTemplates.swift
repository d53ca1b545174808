// Generated from Templates/ by BuiltinTemplatesTests; do not edit.
// Run `HITC_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests` after changing a template.

/// The built-in templates and assets, by path relative to `Templates/`.
enum BuiltinTemplates {
    static let files: [String: String] = [:]
}
