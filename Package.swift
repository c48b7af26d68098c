// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "conforme",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "conforme", targets: ["conforme"]),
        .executable(name: "conforme-web", targets: ["conforme-web"]),
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
        // The web page and API (conforme-web only). Each pinned to the minor version this
        // machine serves offline: Package.resolved is not committed, so releases must resolve
        // the same way on every clone.
        .package(url: "https://github.com/hummingbird-project/hummingbird", .upToNextMinor(from: "2.28.1")),
        // Graceful shutdown on SIGTERM/SIGINT for conforme-web.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", .upToNextMinor(from: "2.13.0")),
        // Counters and histograms of conforme-web, exported by swift-prometheus at /metrics.
        .package(url: "https://github.com/apple/swift-metrics", .upToNextMinor(from: "2.13.0")),
        .package(url: "https://github.com/swift-server/swift-prometheus", .upToNextMinor(from: "2.4.1")),
        // Hummingbird's logger type, to keep conforme-web's log free of requests.
        .package(url: "https://github.com/apple/swift-log", .upToNextMinor(from: "1.16.2")),
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
        // The web layer: routes, pages and API over ConformeKit. Only conforme-web links it.
        .target(
            name: "ConformeWeb",
            dependencies: [
                "ConformeKit", "YAMLTree",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            // The API's contract, served at /api/v1/openapi.yaml: API/OpenAPI links to docs/api,
            // so the document served is the one committed, with nothing to regenerate.
            resources: [.embedInCode("API/OpenAPI")]
        ),
        // The web server: options and lifecycle. Thin.
        .executableTarget(
            name: "conforme-web",
            dependencies: [
                "ConformeWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Fuzz/: inputs that made a fuzz target fail, read through #filePath.
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"], exclude: ["Fuzz"]),
        .testTarget(
            name: "ConformeKitTests", dependencies: ["ConformeKit", "YAMLTree"],
            // Expected reporter and authoring outputs, read through #filePath, not bundled.
            exclude: ["Reporters/Golden", "Authoring/Golden", "Init/Golden"]),
        .testTarget(name: "conformeTests", dependencies: ["conforme"]),
        .testTarget(
            name: "ConformeWebTests",
            dependencies: [
                "ConformeWeb", "ConformeKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
