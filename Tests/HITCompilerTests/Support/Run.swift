import Foundation

/// The outcome of running the `hitc` binary.
struct ProcessOutput {
    var status: Int32
    /// True when a signal ended it (then `status` is the signal's number).
    var killed: Bool
    var stdout: String
    var stderr: String
    var seconds: Double
}

/// Runs the built `hitc` with arguments, in `directory`, with a time limit and
/// `extra` environment variables.
func runHITC(_ arguments: [String], in directory: URL? = nil, timeout: Double = 20,
             environment extra: [String: String] = [:]) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = Paths.hitcBinary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    // Drain both pipes while the process runs so a large output cannot block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    if group.wait(timeout: .now() + timeout) == .timedOut {
        process.terminate()
        throw RunError.timedOut(arguments)
    }
    process.waitUntilExit()
    return ProcessOutput(status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self), seconds: Date().timeIntervalSince(start))
}

enum RunError: Error {
    case timedOut([String])
}
