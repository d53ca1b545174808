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

    func run() throws {
        let folderName = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let files = Scaffold.files(id: Scaffold.taskID(fromFolderName: folderName))
        let manager = FileManager.default
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            if manager.fileExists(atPath: path) {
                Output.stderr("hitc: error: '\(path)' already exists; not overwriting anything\n")
                throw ExitCode.failure
            }
        }
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                Output.stderr("hitc: error: cannot write '\(path)': \(error.localizedDescription)\n")
                throw ExitCode.failure
            }
            Output.stdout("created \(path)\n")
        }
        let spec = (directory as NSString).appendingPathComponent("spec.yaml")
        Output.stdout("next: hitc check \(spec)\n")
    }
}
