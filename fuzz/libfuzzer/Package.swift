// swift-tools-version:6.0
// A libFuzzer target over hitc's YAML layer and spec checker, in its own package so the
// main package's `swift build` and `swift test` never see the fuzzer flags. Build it with
// the flags in fuzz/README.md (`-sanitize=fuzzer`); it depends on the main package by path.
import Foundation
import PackageDescription

/// The main package is two folders up; SwiftPM names a path dependency by its folder's name.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "hitc-libfuzzer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "SpecFuzzer",
            dependencies: ["FuzzerDriver", .product(name: "HITCompiler", package: root.lastPathComponent)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
