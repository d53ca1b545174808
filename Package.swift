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
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "HITCompiler",
            dependencies: ["CLibYAML"]
        ),
        .executableTarget(
            name: "hitc",
            dependencies: [
                "HITCompiler",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "HITCompilerTests",
            dependencies: ["HITCompiler"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
