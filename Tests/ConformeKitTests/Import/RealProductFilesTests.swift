import ConformeKit
import Foundation
import Testing
import YAMLTree

/// The 662 beta.gouv.fr product files of `$CONFORME_SHARED_DATA/beta-gouv/startups/` (not
/// copied into the repository: they hold contact data). Without the variable the suite is
/// skipped, and says so.
@Suite(
    .enabled(
        if: RealProductFiles.folder != nil,
        "SKIP: CONFORME_SHARED_DATA not set, the 662 real beta.gouv.fr product files are not checked"))
struct RealProductFilesTests {
    static let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)

    /// Règlement EIG 7, §3.1: the product page of every real product is an accepted address,
    /// whatever its id (accents, capitals: `données-et-territoires`, `e-inspé`, `auxAJ`).
    @Test func everyProductIDPassesFicheBeta() throws {
        let files = try RealProductFiles.all()
        #expect(files.count == 662)
        var refused: [String] = []
        for file in files {
            let id = String(file.lastPathComponent.dropLast(3))
            let manifest = "projet: {fiche_beta: \(YAMLText.quoted("https://beta.gouv.fr/startups/\(id).html"))}"
            let evaluation = Engine(ruleSet: Self.ruleSet).evaluate(
                YAMLParser.parse(manifest),
                options: EvaluationOptions(today: LocalDate("2026-12-07")!, onlyRules: ["eligibilite.fiche-beta"]))
            if !evaluation.diagnostics.isEmpty { refused.append(id) }
        }
        #expect(refused.isEmpty, "refused product ids: \(refused)")
    }

    /// A product file given to `check` gets one finding, `dossier.fiche-produit`, pointing to
    /// `conforme import`, instead of one per rule.
    @Test func checkingAProductFileGivesOneFinding() throws {
        var others: [String] = []
        for file in try RealProductFiles.all() {
            let document = YAMLParser.parse(Array(try Data(contentsOf: file)), kind: .markdownFrontMatter)
            let evaluation = Engine(ruleSet: Self.ruleSet).evaluate(
                document, options: EvaluationOptions(today: LocalDate("2026-12-07")!))
            let rules = evaluation.diagnostics.map(\.rule)
            if rules != ["dossier.fiche-produit"] { others.append("\(file.lastPathComponent): \(rules)") }
        }
        #expect(others.isEmpty, "\(others.prefix(10))")
    }

    /// `conforme import` succeeds on every real product file; each manifest parses; checking it
    /// finds only (a) fields left to fill in, or (b) what the product file itself says.
    @Test func importEveryProductFile() throws {
        let files = try RealProductFiles.all()
        let organisations = try #require(RealProductFiles.organisations)
        var counts = ImportCounts()
        for file in files {
            let outcome = ProductImport.run(
                product: Array(try Data(contentsOf: file)), path: "startups/\(file.lastPathComponent)"
            ) { id in
                let url = organisations.appendingPathComponent("\(id).md")
                guard let data = try? Data(contentsOf: url) else { return nil }
                return ProductImport.OrganisationSource(bytes: Array(data), path: "organisations/\(id).md")
            }
            let manifest = try #require(outcome.manifest, "\(file.lastPathComponent): \(outcome.notes.map { $0.line(.en) })")
            let document = YAMLParser.parse(manifest)
            #expect(!document.hasErrors, "\(file.lastPathComponent): the manifest does not parse")
            let evaluation = Engine(ruleSet: Self.ruleSet).evaluate(
                document, options: EvaluationOptions(today: LocalDate("2026-12-07")!))
            counts.add(evaluation.diagnostics, filled: outcome.filledPaths, file: file.lastPathComponent)
            counts.problems += outcome.notes.filter { $0.kind == .problem }.count
        }
        print("conforme import over \(files.count) product files: \(counts.summary)")
        #expect(counts.toFill > 0)
        #expect(counts.other.isEmpty, "findings neither on a field to fill in nor on the product file's facts: \(counts.other.prefix(20))")
        // What the product files say that the règlement refuses: phases outside the three
        // (§3.1) and sponsors that are not central administrations or operators (§3.1).
        #expect(counts.fromProductFile["eligibilite.phase", default: 0] > 0)
        #expect(counts.fromProductFile["eligibilite.type-administration", default: 0] > 0)
    }
}

/// Findings of imported manifests, by kind.
struct ImportCounts {
    var toFill = 0
    var fromProductFile: [String: Int] = [:]
    var other: [String] = []
    var problems = 0

    /// Rules whose findings on a filled field are true findings about the product file's facts.
    static let factRules: Set<String> = [
        "eligibilite.phase", "eligibilite.type-administration", "dossier.phases", "dossier.phase-investigation",
        "investigation.terminee", "transparence.accessibilite", "dossier.incubateur", "transparence.code-ouvert",
    ]

    mutating func add(_ diagnostics: [Diagnostic], filled: Set<String>, file: String) {
        for diagnostic in diagnostics {
            let path = diagnostic.path ?? ""
            let onFilled = filled.contains { path == $0 || path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") }
            if !onFilled {
                toFill += 1
            } else if Self.factRules.contains(diagnostic.rule) {
                fromProductFile[diagnostic.rule, default: 0] += 1
            } else {
                other.append("\(file): \(diagnostic.rule) at \(path)")
            }
        }
    }

    var summary: String {
        let facts = fromProductFile.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(toFill) findings on fields left to fill in; findings on the product files' facts: \(facts); "
            + "\(other.count) other; \(problems) import problems noted"
    }
}

enum RealProductFiles {
    static var root: URL? {
        guard let root = ProcessInfo.processInfo.environment["CONFORME_SHARED_DATA"], !root.isEmpty else { return nil }
        return URL(fileURLWithPath: root).appendingPathComponent("beta-gouv")
    }

    static var folder: URL? { root?.appendingPathComponent("startups") }
    static var organisations: URL? { root?.appendingPathComponent("organisations") }

    static func all() throws -> [URL] {
        let folder = try #require(folder)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// A YAML double-quoted scalar, for manifests built in tests.
enum YAMLText {
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
