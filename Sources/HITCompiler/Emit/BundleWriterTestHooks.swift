import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension BundleWriter {
    /// The moments between the file system changes of a write, where tests kill
    /// the writing process to show the bundle is whole at each.
    enum Step: String, CaseIterable, Sendable {
        /// The new folder and its marker exist.
        case stagingCreated
        /// Every file of the new bundle is written.
        case filesWritten
        /// One kept folder (`batch/`, `aggregate/`) is linked (or moved) into the new bundle.
        case keptCarried
        /// One kept folder is moved from a stray folder of an earlier run into the new bundle.
        case keptRecovered
        /// The new folder's marker is removed: it is complete.
        case markerRemoved
        /// Without an exchange: the old bundle is renamed aside, no bundle is in place.
        case retired
        /// The new bundle is in place.
        case swapped
        /// The old bundle is removed.
        case oldRemoved
        /// Stray folders of earlier runs are removed.
        case straysRemoved
    }

    /// Test switches, read in debug builds only from `HITC_TEST_BUNDLE_WRITER`
    /// (comma-separated `stop=<step>`, `swap=renames`, `carry=move`); release
    /// builds ignore it.
    struct TestHooks {
        /// Kill the process (SIGKILL: no clean-up runs) on reaching this step.
        var stop: Step?
        /// Use two renames as where the system cannot exchange folders.
        var forceRenames = false
        /// Move kept folders as where hard links cannot be made.
        var carryByMoving = false

        /// The switches of this process.
        static var current: TestHooks {
            var hooks = TestHooks()
            #if DEBUG
            for item in (ProcessInfo.processInfo.environment["HITC_TEST_BUNDLE_WRITER"] ?? "").split(separator: ",") {
                switch item {
                case "swap=renames": hooks.forceRenames = true
                case "carry=move": hooks.carryByMoving = true
                default:
                    if item.hasPrefix("stop=") { hooks.stop = Step(rawValue: String(item.dropFirst(5))) }
                }
            }
            #endif
            return hooks
        }

        /// Called at each step; kills the process at the chosen one.
        func reached(_ step: Step) {
            if step == stop { kill(getpid(), SIGKILL) }
        }
    }
}
