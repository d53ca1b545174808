import ArgumentParser
import HITCompiler

/// The `hitc` command: flags in, library calls, exit code out.
@main
struct HITC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hitc",
        abstract: "The HIT compiler: checks and compiles crowdsourcing task specs.",
        version: HITCVersion.current,
        subcommands: [Check.self, Build.self, Batch.self, Schema.self, Init.self, Aggregate.self, Sql.self]
    )
}
