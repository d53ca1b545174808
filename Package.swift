// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hitc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hitc", targets: ["hitc"]),
        .library(name: "HITCompiler", targets: ["HITCompiler"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // hitc serve's HTTP server: no dependency of its own (about 1 min of a first
        // debug build on 2 cores; Hummingbird would add SwiftNIO, 2.5-4.5 min).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .target(
            name: "HITCompiler",
            dependencies: [
                "CLibYAML",
                "CCmarkGFM",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // Templates/ is compiled into the library (so the installed hitc is one
        // file): the plugin runs the generator on every build that changed a
        // template and adds the generated BuiltinTemplates.swift to HITCompiler.
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"]
        ),
        .executableTarget(
            name: "hitc",
            dependencies: [
                "HITCompiler",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .testTarget(
            name: "HITCompilerTests",
            dependencies: ["HITCompiler"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
