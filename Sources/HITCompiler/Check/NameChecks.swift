/// Names: platform-reserved names are refused; question ids, and the earlier ids
/// of `renamed_from`, may not repeat a field name (gold files and results hold
/// both as columns).
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
        // An earlier id is read as this question's answers: exports that hold data beside
        // answers (Label Studio JSON-MIN, Appen) would read a field of that name as answers.
        for q in ctx.spec.hit.questions {
            for old in q.renamedFrom {
                guard let field = ctx.field(old.value) else { continue }
                ctx.report(.nameCollision,
                           "'renamed_from' of question '\(q.id)' names '\(old.value)', which is a data field: "
                               + "exports that hold data beside answers would read the field as answers",
                           old.range, notes: [DiagnosticNote("the field is defined here", range: field.nameRange)])
            }
        }
    }

    private static func owner(_ name: String) -> String {
        TargetRegistry.reservedReason(name) ?? "hitc uses it for the gold explanation column"
    }
}
