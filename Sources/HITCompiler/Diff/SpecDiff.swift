import Foundation

/// What `hitc diff` found: the diagnostics to print and the summary line.
public struct DiffResult: Sendable {
    /// The changes (each in the new spec, with a note in the old) and the
    /// version lint's errors; or, when a spec has errors, its check's diagnostics.
    public var diagnostics: [Diagnostic]
    /// The files diagnostics point into, by the name they use.
    public var sources: [String: SourceFile]
    /// How many changes of each class; nil when a spec could not be compared.
    var counts: [ChangeClass: Int]?
    /// The changes themselves (empty when a spec could not be compared).
    var changes: [SpecChange] = []

    /// `2 breaking, 1 needs review, 3 cosmetic`, or why nothing was compared.
    public var summary: String {
        guard let counts else {
            let errors = diagnostics.reduce(0) { $0 + $1.problemCounts.errors }
            return "nothing compared: \(Plural.count(errors, "error")) in the specs\n"
        }
        var line = ChangeClass.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        let lint = diagnostics.filter { $0.code == .versionNotRaised || $0.code == .changeNotInChangelog }.count
        if lint > 0 { line += "; \(Plural.count(lint, "version lint error"))" }
        return line + "\n"
    }
}

/// `hitc diff OLD NEW`: both specs loaded (a file or `REV:path`), checked by
/// the standard pipeline, compared (`SpecDiffer`), linted (`ChangeLint`).
public enum SpecDiff {
    /// Compares `old` with `new`; `REV:path` is read with git run in the
    /// folder of the other spec when that is a file, else in `directory`.
    public static func run(old: String, new: String, options: CheckOptions = CheckOptions(),
                           directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> DiffResult {
        let oldInput = DiffInput(old), newInput = DiffInput(new)
        let gitDirectory: URL = {
            for input in [newInput, oldInput] {
                if case .file(let path) = input { return URL(fileURLWithPath: path, relativeTo: directory).deletingLastPathComponent() }
            }
            return directory
        }()
        let a = Side.check(oldInput, gitDirectory: gitDirectory, options: options)
        let b = Side.check(newInput, gitDirectory: gitDirectory, options: options)
        defer { a.copy?.remove(); b.copy?.remove() }
        var sources = a.sources
        sources.merge(b.sources) { x, _ in x }
        guard let oldSpec = a.checked, let newSpec = b.checked else {
            return DiffResult(diagnostics: a.diagnostics + b.diagnostics, sources: sources, counts: nil)
        }
        let changes = SpecDiffer.changes(old: oldSpec, new: newSpec)
        var diagnostics = changes.map { change in
            Diagnostic(change.code, change.message, file: b.name, range: change.newRange ?? newSpec.spec.id?.range,
                       notes: [DiagnosticNote(change.oldRange == nil ? "not in the old spec" : "in the old spec", file: a.name, range: change.oldRange)]
                           + change.hints.map { DiagnosticNote($0) })
        }
        diagnostics += ChangeLint.run(changes, old: oldSpec, new: newSpec, newFile: b.name, oldFile: a.name)
        var counts: [ChangeClass: Int] = [:]
        for change in changes { counts[change.changeClass, default: 0] += 1 }
        return DiffResult(diagnostics: Diagnostic.sortedByPosition(diagnostics, fileOrder: [b.name]), sources: sources,
                          counts: counts, changes: changes)
    }

    /// One spec loaded and checked, with its names as the user wrote them.
    private struct Side {
        var name: String
        var checked: CheckedSpec?
        /// The check's diagnostics when it found an error (else none: only changes are printed).
        var diagnostics: [Diagnostic]
        var sources: [String: SourceFile]
        var copy: RevisionSpec?

        static func check(_ input: DiffInput, gitDirectory: URL, options: CheckOptions) -> Side {
            switch input {
            case .file(let path):
                let result = Pipeline.check(path: path, options: options)
                return Side(name: path, checked: result.checked, diagnostics: result.hasErrors ? result.diagnostics : [],
                            sources: result.sources, copy: nil)
            case .revision(let revision, let path):
                switch RevisionSpec.copy(revision: revision, path: path, gitDirectory: gitDirectory, limits: options.yamlLimits) {
                case .failure(let diagnostic):
                    return Side(name: input.name, checked: nil, diagnostics: [diagnostic], sources: [:], copy: nil)
                case .success(let copy):
                    let result = Pipeline.check(path: copy.specPath, options: options)
                    var sources: [String: SourceFile] = [:]
                    for (file, source) in result.sources { sources[file == copy.specPath ? input.name : copy.display(file)] = source }
                    let diagnostics = result.hasErrors ? result.diagnostics.map { rename($0, copy, specName: input.name) } : []
                    return Side(name: input.name, checked: result.checked, diagnostics: diagnostics, sources: sources, copy: copy)
                }
            }
        }

        /// A diagnostic about the temporary copy, naming the files as `REV:path`.
        private static func rename(_ d: Diagnostic, _ copy: RevisionSpec, specName: String) -> Diagnostic {
            var d = d
            let name = { (file: String) in file == copy.specPath ? specName : copy.display(file) }
            d.file = name(d.file)
            d.message = copy.display(d.message.replacingOccurrences(of: copy.specPath, with: specName))
            d.notes = d.notes.map { note in
                var note = note
                note.file = note.file.map(name)
                note.message = copy.display(note.message)
                return note
            }
            return d
        }
    }
}
