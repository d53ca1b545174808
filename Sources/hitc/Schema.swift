import ArgumentParser
import HITCompiler

/// `hitc schema`: print the JSON Schema of the spec language.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of the spec language (for yaml-language-server and other editors)."
    )

    func run() throws {
        Output.stdout(JSONSchemaGenerator.generate())
    }
}
