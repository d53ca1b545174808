import Foundation
import FuzzerDriver

// The entry point hands argv to libFuzzer's driver, which calls the closure with each input.
// (SwiftPM links this file's top-level code as the program's `main`, so libFuzzer's own
// `main` is not linked in.)
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    if let data { SpecFuzzer.run(Array(UnsafeBufferPointer(start: data, count: size))) }
    return 0
})
