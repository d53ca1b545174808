import ArgumentParser
import Foundation
import HITCompiler

/// `hitc init [DIR]`: scaffold a working spec with sample data.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a working spec, sample and gold data, and a guideline file in DIR."
    )

    @Argument(help: "Folder to create the spec in (default: the current folder).")
    var directory: String = "."

    @Option(help: ArgumentHelp("The workers' language (BCP 47 tag, e.g. ja, pt-BR): the example's worker-facing texts are written in it.",
                               valueName: "tag"))
    var language: String?

    func run() throws {
        let folderName = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let id = Scaffold.taskID(fromFolderName: folderName)
        let files: [Scaffold.File]
        if let language {
            do {
                files = try Scaffold.files(id: id, language: language)
            } catch {
                Output.stderr("hitc: error: \(error.description)\n")
                throw ExitCode.failure
            }
        } else {
            files = Scaffold.files(id: id)
        }
        let written: [String]
        do {
            written = try ScaffoldWriter.write(files, into: directory)
        } catch {
            Output.stderr("hitc: error: \(TerminalText.escaped(error.description))\n")
            throw ExitCode.failure
        }
        // The folder comes from the command line: printed escaped, as every path.
        for path in written { Output.stdout("created \(TerminalText.escaped(path))\n") }
        let spec = (directory as NSString).appendingPathComponent("spec.yaml")
        Output.stdout("next: hitc check \(TerminalText.escaped(spec))\n")
    }
}
