/// Names: platform-reserved names are refused; question ids may not repeat a
/// field name (gold files and results hold both as columns).
enum NameChecks {
    static func run(_ ctx: inout CheckContext) {
        let reserved = TargetRegistry.reservedNames + ReservedNames.hitc
        for field in ctx.spec.data.fields where reserved.contains(field.name) {
            ctx.report(.reservedName, "field name '\(field.name)' is reserved (\(owner(field.name)))", field.nameRange)
        }
        for q in ctx.outlines {
            if reserved.contains(q.id) {
                ctx.report(.reservedName, "question id '\(q.id)' is reserved (\(owner(q.id)))", q.idRange)
            }
            if let field = ctx.field(q.id) {
                ctx.report(.nameCollision, "question '\(q.id)' has the same name as a data field", q.idRange,
                           notes: [DiagnosticNote("the field is defined here", range: field.nameRange)])
            }
        }
    }

    private static func owner(_ name: String) -> String {
        TargetRegistry.reservedReason(name) ?? "hitc uses it for the gold explanation column"
    }
}
