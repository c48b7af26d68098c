import ConformeKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ConformeWeb

/// `POST /api/v1/check?format=F` answers the bytes `conforme check --format F -` writes for the
/// same body: the built CLI is run on each example and each hostile input, in every format.
@Suite struct ParityTests {
    /// The `conforme` binary, built beside this test bundle by `swift test`.
    static let cli: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("conforme")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Web.repository.appendingPathComponent(".build/debug/conforme")
    }()

    /// The CLI's report of `bytes` read from standard input.
    static func cliReport(_ bytes: [UInt8], arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = cli
        process.arguments = ["check"] + arguments + ["-"]
        process.environment = ["LANG": "C", "NO_COLOR": "1"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        signal(SIGPIPE, SIG_IGN)
        // Written from another thread: a report larger than the pipe would block the child.
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    static func compare(
        _ client: any TestClientProtocol, _ name: String, _ bytes: [UInt8], formats: [ReportFormat],
        languages: [Language] = Language.allCases, failOn: Severity = .error
    ) async throws {
        for format in formats {
            for language in languages {
                let query = "format=\(format.rawValue)&lang=\(language.rawValue)&today=2024-06-01&fail_on=\(failOn.rawValue)"
                let api = try await Web.check(client, bytes, query: query)
                let cli = try cliReport(bytes, arguments: [
                    "--format", format.rawValue, "--lang", language.rawValue, "--today", "2024-06-01",
                    "--fail-on", failOn.rawValue,
                ])
                #expect(api.status == .ok, "\(name) \(query)")
                #expect(!cli.isEmpty, "\(name): the CLI wrote a report")
                #expect(api.bytes == cli, "\(name) \(query): API and CLI differ\nAPI: \(api.text.prefix(400))\nCLI: \(String(decoding: cli.prefix(400), as: UTF8.self))")
                #expect(api.headers[.contentType] == format.mediaType)
            }
        }
    }

    @Test func theBinaryIsThere() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.cli.path), "\(Self.cli.path)")
    }

    @Test(arguments: Web.exampleNames)
    func everyExampleInEveryFormat(_ name: String) async throws {
        let bytes = try Web.example(name)
        try await Web.test { _, client in
            try await Self.compare(client, name, bytes, formats: ReportFormat.allCases)
        }
    }

    @Test func failOnChangesTheReportAsItDoesInTheCLI() async throws {
        let bytes = try Web.example("echec-transparence.yml")
        try await Web.test { _, client in
            try await Self.compare(client, "fail_on=warning", bytes, formats: [.junit, .markdown, .html], languages: [.fr], failOn: .warning)
        }
    }

    @Test func everyHostileInputInEveryFormat() async throws {
        try await Web.test { _, client in
            for (name, bytes) in HostileInputs.all {
                // The big ones in two formats: the others cost time, not coverage.
                let formats: [ReportFormat] = bytes.count > 100_000 ? [.json, .text] : ReportFormat.allCases
                try await Self.compare(client, name, bytes, formats: formats, languages: bytes.count > 100_000 ? [.fr] : Language.allCases)
            }
        }
    }

    @Test func aMarkdownBodyIsReadForItsFrontMatter() async throws {
        let bytes = try Web.example("fiche-produit.md")
        try await Web.test { _, client in
            let asMarkdown = try await Web.check(client, bytes, query: "today=2024-06-01", type: "text/markdown; charset=utf-8")
            let direct = SingleManifestReport.runReport(
                ManifestInput(path: "-", bytes: bytes, kind: .markdownFrontMatter),
                settings: RunSettings(ruleSet: nil, evaluation: EvaluationOptions(today: LocalDate("2024-06-01")!, failOn: .error)),
                language: .fr)
            #expect(asMarkdown.bytes == ReportFormat.json.bytes(direct, failOn: .error))
            #expect(!asMarkdown.text.contains("yaml.syntaxe"), "\(asMarkdown.text.prefix(600))")
        }
    }
}
