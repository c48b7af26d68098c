import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// Every example manifest, through every report format, against its expected report under
/// `examples/expected/`. The examples are the user-facing contract: a change in a message, a
/// location or a format shows up here as a diff to review.
/// `scripts/regenerate` rewrites the files (see `Golden`).
@Suite struct ExampleReportTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("examples")
    static let expected = examples.appendingPathComponent("expected")
    static let today = LocalDate("2024-06-01")!

    static let exampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".md") }.sorted()
    }()

    static func report(for name: String, language: Language = .fr) throws -> RunReport {
        let bytes = try [UInt8](Data(contentsOf: examples.appendingPathComponent(name)))
        let settings = RunSettings(ruleSet: nil, evaluation: EvaluationOptions(today: today))
        let outcome = ManifestCheck.run(
            ManifestInput(
                path: "examples/" + name, bytes: bytes,
                kind: name.hasSuffix(".md") ? .markdownFrontMatter : .yaml),
            settings: settings)
        return ManifestCheck.runReport(
            [outcome], fallback: outcome.ruleSet, today: today, language: language)
    }

    static func goldenName(_ example: String, _ format: ReportFormat) -> String {
        let base = example.replacingOccurrences(of: ".yml", with: "").replacingOccurrences(of: ".md", with: "")
        let suffix: String
        switch format {
        case .text: suffix = "txt"
        case .json: suffix = "json"
        case .sarif: suffix = "sarif"
        case .junit: suffix = "junit.xml"
        case .github: suffix = "github.txt"
        case .gitlab: suffix = "gitlab.json"
        case .markdown: suffix = "md"
        case .html: suffix = "html"
        }
        return "\(base).\(suffix)"
    }

    @Test func thereAreExamplesOfEveryKind() {
        #expect(Self.exampleNames.contains("proposition-conforme.yml"))
        #expect(Self.exampleNames.contains("fiche-produit.md"))
        for theme in ["eligibilite", "investigation", "transparence", "engagements", "derogations"] {
            #expect(Self.exampleNames.contains("echec-\(theme).yml"), "no failing example for \(theme)")
        }
    }

    @Test(arguments: exampleNames)
    func everyFormatMatchesItsExpectedReport(example: String) throws {
        let report = try Self.report(for: example)
        for format in ReportFormat.allCases {
            Golden.check(format.reporter().render(report), Self.goldenName(example, format), in: Self.expected)
        }
    }

    /// Compliant examples pass; each failing example fails, on rules of its theme.
    @Test(arguments: exampleNames)
    func verdictMatchesTheExamplesName(example: String) throws {
        let file = try #require(try Self.report(for: example).files.first)
        if example.hasPrefix("echec-") {
            #expect(file.status == .fail)
            let theme = String(example.dropFirst("echec-".count).prefix { $0 != "." })
            let prefix = theme == "derogations" ? "derogations." : theme + "."
            #expect(file.diagnostics.contains { $0.rule.hasPrefix(prefix) && !$0.isWaived })
        } else {
            #expect(file.status == .pass)
            #expect(file.diagnostics.isEmpty, "\(example): \(file.diagnostics.map(\.rule))")
        }
    }

    /// The spec's own compliant example (shared/spec/exemple-lancement.yml) is shipped unchanged.
    /// The spec's example, but for its indicators' deadlines: those are moved to 2049 so that
    /// the example does not start failing the day they pass (issue 17).
    @Test func theSpecsExampleIsShippedAsIsButForItsDeadlines() throws {
        let spec = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/spec/exemple-lancement.yml")
        guard let original = FileManager.default.contents(atPath: spec.path) else {
            print("SKIP: the product specification is not beside the repository.")
            return
        }
        let shipped = try String(contentsOf: Self.examples.appendingPathComponent("proposition-conforme.yml"), encoding: .utf8)
        func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }
        let originalLines = lines(String(decoding: original, as: UTF8.self))
        let shippedLines = lines(shipped)
        #expect(shippedLines.count == originalLines.count)
        var deadlines = 0
        for (mine, theirs) in zip(shippedLines, originalLines) where mine != theirs {
            let isDeadline = mine.contains("echeance: 2049-") && theirs.contains("echeance: ")
                && mine.replacing(/echeance: .*/, with: "") == theirs.replacing(/echeance: .*/, with: "")
            #expect(isDeadline, "\(mine) ≠ \(theirs)")
            if isDeadline { deadlines += 1 }
        }
        #expect(deadlines == 2)
    }
}
