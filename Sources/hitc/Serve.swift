import ArgumentParser
import Dispatch
import Foundation
import HITCompiler

/// `hitc serve SPEC`: serve the spec's bundle from memory on loopback, rebuild it
/// when the spec or a file it names changes, and reload open pages.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a spec's bundle with live reload while you edit it.",
        discussion: """
        Serves the task page, the preview (one HIT of the sample at a time, as each target's worker \
        sees it), the guidelines and the aggregation config from memory, rebuilt whenever the spec \
        or a file it names changes (sample, gold, section files, --templates). Open pages reload by \
        themselves and keep their answers and scroll position. Binds 127.0.0.1 unless --host says \
        otherwise; answers GET and HEAD only. Stop with Ctrl-C. Exit status: 1 when the port cannot \
        be used, 64 on a usage error.
        """
    )

    @Argument(help: "The spec file to serve.")
    var spec: String

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8400

    @Option(help: "Address to bind; anything but loopback lets other machines read the bundle.")
    var host: String = "127.0.0.1"

    @Option(help: "Folder of templates overriding the built-in ones by name (watched too).")
    var templates: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        if !ServeAddress.isLoopback(host) {
            Output.stderr("hitc: warning: --host \(TerminalText.escaped(host)) is not a loopback address: other machines can read this bundle and its sample data\n")
        }
        let session = ServeSession(spec: spec, templatesFolder: templates, diagnostics: diagnostics)
        let done = DispatchSemaphore(value: 0)
        let exitCode = ExitBox()
        Task {
            exitCode.value = await session.run(host: host, port: port)
            done.signal()
        }
        ServeSession.stopOnInterrupt()
        done.wait()
        if exitCode.value != 0 { throw ExitCode(exitCode.value) }
    }
}

/// The exit status the serving task hands back to `run()`.
final class ExitBox: @unchecked Sendable {
    var value: Int32 = 0
}

/// Which `--host` values are loopback.
enum ServeAddress {
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
