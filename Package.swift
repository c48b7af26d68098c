// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "conforme",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "conforme", targets: ["conforme"]),
        .library(name: "ConformeKit", targets: ["ConformeKit"]),
    ],
    // Pins. Package.resolved is not committed (the machines that build conforme serve local
    // copies of these packages under other commit ids), so what a release resolves is fixed
    // here: `.upToNextMinor` takes bug-fix releases only, never a minor release that could change
    // behaviour (help layout, parsing) between two builds of the same conforme version; `exact:`
    // where even a patch release must be reviewed first. Raise a pin in its own commit.
    dependencies: [
        // The CLI's option parsing, help and subcommands; nothing else depends on it. Patch
        // releases only: its help output is part of what users see and tests pin.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    ],
    targets: [
        // libyaml from the system, through pkg-config; the only C in the project.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Bytes → located YAML tree. The only module that sees C.
        .target(name: "YAMLTree", dependencies: ["CYAML"]),
        // Rule sets, checks, engine and reporters: pure, no I/O beyond what a caller passes in.
        // Rules/ is a link to rules/, whose files are compiled in (`PackageResources`), so the
        // default rule sets work from any folder once installed.
        .target(name: "ConformeKit", dependencies: ["YAMLTree"], resources: [.embedInCode("Rules")]),
        // The command line: file discovery, options, exit codes. Thin.
        .executableTarget(
            name: "conforme",
            dependencies: [
                "ConformeKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz/: inputs that made a fuzz target fail, read through #filePath.
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"], exclude: ["Fuzz"]),
        .testTarget(
            name: "ConformeKitTests", dependencies: ["ConformeKit", "YAMLTree"],
            // Expected reporter and authoring outputs, read through #filePath, not bundled.
            exclude: ["Reporters/Golden", "Authoring/Golden", "Init/Golden"]),
        .testTarget(name: "conformeTests", dependencies: ["conforme"]),
    ]
)
