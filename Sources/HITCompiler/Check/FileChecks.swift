import Foundation

/// Checks the files a spec names: each path stays inside the spec's folder and
/// exists; section files are readable UTF-8 without characters XML 1.0 forbids;
/// sample and gold rows fit the schema. Each file is read once: what later
/// stages need of it (section bodies, preview items, gold items) is kept in `read`.
struct FileChecks {
    let spec: Spec
    let specPath: String
    let checkData: Bool
    let resolver: PathResolver
    /// What data rows are checked against.
    let view: DataCheckView
    var diagnostics: [Diagnostic] = []
    /// Data files that diagnostics point into, by display path.
    var sources: [String: SourceFile] = [:]
    /// The display paths of the files the spec names, in the order they are
    /// checked (section files, sample, gold): the order their diagnostics print
    /// in; each with the section of the spec whose checklist step its problems
    /// fail (`guidelines` for a section file, `data` for the sample and gold files).
    private(set) var checkedFiles: [(path: String, section: String)] = []
    /// What the files held, for `CheckedSpec`.
    private(set) var read: CheckedFiles

    /// `undecidedVisibility`: the questions whose `visible_if` the checks could
    /// not decide (`SpecChecker.run`), optional in gold rows.
    init(spec: Spec, specPath: String, checkData: Bool, undecidedVisibility: Set<String>) {
        self.spec = spec
        self.specPath = specPath
        self.checkData = checkData
        self.resolver = PathResolver(specPath: specPath)
        self.view = DataCheckView(spec: spec, undecidedVisibility: undecidedVisibility)
        self.read = CheckedFiles(paths: CheckedPaths(spec: specPath))
    }

    mutating func run() {
        for section in spec.guidelines?.sections ?? [] {
            if let file = section.file, let url = resolve(file, "section file") {
                read.paths.sections[file.value] = url
                if let text = checkText(url, display: displayPath(file.value), referencedAt: file.range) {
                    read.sectionBodies[file.value] = text
                }
            }
        }
        if let sample = spec.data.sample, let url = resolve(sample, "sample file") {
            read.paths.sample = url
            let fields = Set(spec.data.fields.map(\.name))
            let wanted = PreviewItems.count(spec)
            var items: [[String: JSONValue]] = []
            readDataFile(url, display: displayPath(sample.value), role: .sample, reported: checkData && view.canCheckRows) { record in
                guard items.count < wanted, !record.hasErrors else { return }
                items.append(PreviewItems.item(record, fields: fields))
            }
            read.sampleItems = items
        }
        if let gold = spec.quality?.gold, let url = resolve(gold.file, "gold file") {
            read.paths.gold = url
            // Without a key no gold item can be named (E0701 in `hitc batch`).
            let key = spec.data.key?.value
            let questions = spec.hit.questions
            var items: [GoldItem] = []
            readDataFile(url, display: displayPath(gold.file.value), role: .gold, reported: checkData && view.canCheckGold) { record in
                guard let key, let item = GoldItem(record, keyField: key, questions: questions) else { return }
                items.append(item)
            }
            read.goldItems = items
        }
    }

    /// The path shown in diagnostics: relative to where the user ran hitc, through the spec's folder.
    func displayPath(_ relative: String) -> String {
        Self.displayPath(relative, specPath: specPath)
    }

    /// The path shown in diagnostics for `relative`, written in the spec at `specPath`.
    static func displayPath(_ relative: String, specPath: String) -> String {
        let folder = (specPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
    }

    /// E0602 for `text`, a guideline section file shown as `display`, when it holds
    /// a character XML 1.0 forbids, at the character: no page or question.xml could
    /// carry it. Nil when it holds none.
    static func forbiddenCharacter(in text: String, display: String) -> (diagnostic: Diagnostic, file: SourceFile)? {
        guard let hit = ForbiddenCharacters.firstForbiddenInXML(in: text) else {
            return forbiddenReference(in: text, display: display)
        }
        let file = SourceFile(path: display, text: text)
        let diagnostic = Diagnostic(.forbiddenXMLCharacter,
                                    "guideline section file holds \(ForbiddenCharacters.name(hit.scalar)), a character XML 1.0 forbids",
                                    file: display, range: SourceRange(at: file.location(ofByte: hit.offset)),
                                    notes: [DiagnosticNote("\(PageRules.xmlDocument) and the pages cannot carry it; delete it from the file")])
        return (diagnostic, file)
    }

    /// E0602 for a section file holding a character reference (`&#x1B;`) to a
    /// character XML 1.0 forbids, which Markdown would turn into the character.
    private static func forbiddenReference(in text: String, display: String) -> (diagnostic: Diagnostic, file: SourceFile)? {
        guard let hit = CharacterReferences.first(in: text, where: ForbiddenCharacters.isForbiddenInXML) else { return nil }
        let file = SourceFile(path: display, text: text)
        let written = String(decoding: Array(text.utf8)[hit.offset..<(hit.offset + hit.length)], as: UTF8.self)
        let diagnostic = Diagnostic(.forbiddenXMLCharacter,
                                    "guideline section file holds '\(written)', a character reference to \(ForbiddenCharacters.name(hit.scalar)), a character XML 1.0 forbids",
                                    file: display, range: SourceRange(start: file.location(ofByte: hit.offset),
                                                                      end: file.location(ofByte: hit.offset + hit.length)),
                                    notes: [DiagnosticNote("Markdown turns the reference into the character, which \(PageRules.xmlDocument) and the pages cannot carry; delete it from the file")])
        return (diagnostic, file)
    }

    private mutating func resolve(_ path: Located<String>, _ what: String) -> URL? {
        switch resolver.resolve(path.value) {
        case .success(let url): return url
        case .failure(let failure):
            let message: String
            var code = DiagnosticCode.pathEscapes
            switch failure {
            case .absolute: message = "\(what) '\(path.value)' is absolute; paths are relative to the spec's folder"
            case .escapes: message = "\(what) '\(path.value)' leaves the spec's folder"
            case .symlinkEscapes(let target): message = "\(what) '\(path.value)' is a symlink to '\(target)', outside the spec's folder"
            case .missing:
                code = .missingFile
                message = "\(what) '\(path.value)' does not exist"
            case .notAFile:
                code = .missingFile
                message = "\(what) '\(path.value)' is a directory, not a file"
            }
            diagnostics.append(Diagnostic(code, message, file: specPath, range: path.range))
            return nil
        }
    }

    /// A Markdown file must be readable UTF-8; its text when it is.
    private mutating func checkText(_ url: URL, display: String, referencedAt range: SourceRange) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try InputFile(opening: url.path).readAll(limit: InputFile.maxTextBytes)
        } catch {
            diagnostics.append(Diagnostic(error.code(notAFile: .missingFile), "section file '\(display)' \(error.reason)",
                                          file: specPath, range: range))
            return nil
        }
        checkedFiles.append((display, "guidelines"))
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let source = SourceFile(path: display, bytes: bytes)
            diagnostics.append(Diagnostic(.invalidUTF8, "invalid UTF-8 at byte offset \(offset)", file: display,
                                          range: SourceRange(at: source.location(ofByte: offset))))
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let found = Self.forbiddenCharacter(in: text, display: display) {
            diagnostics.append(found.diagnostic)
            sources[display] = found.file
        }
        return text
    }

    /// Reads a sample or gold file once, handing each row to `onRow`. When
    /// `reported`, the rows are checked against `view` and the problems
    /// reported; otherwise (data checks off, or no fields to check against)
    /// they are read against the spec as written and the problems dropped:
    /// the rows are still wanted for previews and gold.
    private mutating func readDataFile(_ url: URL, display: String, role: DataFileRole, reported: Bool,
                                       onRow: @escaping (DataRecord) -> Void) {
        guard reported else {
            _ = DataFileChecker.check(url: url, displayPath: display, schema: spec.data, questions: spec.hit.questions,
                                      role: role, onRow: onRow)
            return
        }
        checkedFiles.append((display, "data"))
        let report = DataFileChecker.check(url: url, displayPath: display, schema: view.schema,
                                           questions: view.questions, role: role, onRow: onRow)
        diagnostics += report.diagnostics
        if let source = report.source { sources[display] = source }
    }
}
