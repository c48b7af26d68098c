import Foundation
import Testing

@Suite struct CheckCommandTests {
    let day = ["--today", "2024-06-01"]

    @Test func compliantExampleExitsZero() throws {
        let result = try CLI.run(["check", "examples/proposition-conforme.yml"] + day)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("examples/proposition-conforme.yml : conforme"))
        #expect(result.stdout.contains("1 fichier : 1 conforme, 0 non conforme"))
    }

    @Test func checkIsTheDefaultCommand() throws {
        #expect(try CLI.run(["examples/proposition-conforme.yml"] + day).status == 0)
    }

    @Test func failingExampleExitsOneWithLocatedFrenchFinding() throws {
        let result = try CLI.run(["check", "examples/echec-transparence.yml"] + day)
        #expect(result.status == 1)
        #expect(result.stdout.contains("examples/echec-transparence.yml:100:14: erreur [transparence.licence]"))
        #expect(result.stdout.contains("^^^^^^^^ vouliez-vous dire « EUPL-1.2 » ?"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func everyFileIsCheckedEvenWhenOneFails() throws {
        let result = try CLI.run(["check", "examples", "--format", "json"] + day)
        #expect(result.status == 1)
        let report = try CLI.json(result.stdout)
        let files = try #require(report["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(paths.count == 9)
        #expect(paths.contains("examples/proposition-conforme.yml"))
        #expect(!paths.contains { $0.contains("expected") }, "golden reports are not manifests")
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["files"] == 9 && summary["passed"] == 4 && summary["failed"] == 5)
    }

    @Test func jsonReportHasExactlyTheSpecifiedFields() throws {
        let result = try CLI.run(["check", "examples/echec-eligibilite.yml", "--format", "json"] + day)
        let report = try CLI.json(result.stdout)
        #expect(Set(report.keys) == ["version", "tool", "ruleset", "today", "files", "summary"])
        #expect(report["version"] as? Int == 1)
        #expect((report["ruleset"] as? [String: String])?["id"] == "eig-7")
        #expect(report["today"] as? String == "2024-06-01")
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["status"] as? String == "fail")
        let diagnostic = try #require((file["diagnostics"] as? [[String: Any]])?.first)
        for key in ["rule", "severity", "message", "path", "range", "waived"] {
            #expect(diagnostic[key] != nil, "missing \(key)")
        }
        let range = try #require(diagnostic["range"] as? [String: [String: Int]])
        #expect(range["start"]?["line"] != nil && range["end"]?["column"] != nil)
    }

    @Test func standardInput() throws {
        let manifest = try String(contentsOf: CLI.repository.appendingPathComponent("examples/echec-eligibilite.yml"), encoding: .utf8)
        let result = try CLI.run(["check", "-"] + day, stdin: manifest)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:33:9: erreur [eligibilite.type-administration]"))
    }

    @Test func failOnWarningMakesWarningsFail() throws {
        let folder = try CLI.temporaryFolder()
        let source = CLI.repository.appendingPathComponent("examples/proposition-conforme.yml")
        var text = try String(contentsOf: source, encoding: .utf8)
        text = text.replacingOccurrences(of: "nombre_entretiens: 34", with: "nombre_entretiens: 3")
        let file = folder.appendingPathComponent("p.yml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", file.path] + day).status == 0)
        #expect(try CLI.run(["check", file.path, "--fail-on", "warning"] + day).status == 1)
    }

    @Test func unreadablePathExitsTwoButOthersAreStillChecked() throws {
        let result = try CLI.run(["check", "examples/proposition-conforme.yml", "nulle-part.yml"] + day)
        #expect(result.status == 2)
        #expect(result.stderr.contains("impossible de lire « nulle-part.yml »"))
        #expect(result.stdout.contains("examples/proposition-conforme.yml : conforme"))
    }

    @Test(arguments: [
        ["--fail-on", "grave"], ["--today", "2024-02-30"], ["--format", "pdf"],
        ["--format", "json", "--format", "sarif"], ["--lang", "de"], ["--jobs", "0"],
    ])
    func badUsageExitsTwo(arguments: [String]) throws {
        let result = try CLI.run(["check", "examples/proposition-conforme.yml"] + arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func invalidRuleSetExitsTwoWithLocatedProblems() throws {
        let folder = try CLI.temporaryFolder()
        let rules = folder.appendingPathComponent("regles.yml")
        try """
            ruleset: essai
            rules:
              - id: a.b
                severity: fatal
                then: {requird: true}

            """.write(to: rules, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "examples/proposition-conforme.yml", "--rules", rules.path] + day)
        #expect(result.status == 2)
        #expect(result.stderr.contains("regles.yml:4:"), "\(result.stderr)")
        #expect(result.stderr.contains("regles.yml:5:"))
        #expect(result.stderr.contains("required"), "did-you-mean for the misspelt check")
        #expect(result.stdout.isEmpty)
    }

    @Test func reportsGoToFilesAndInputsAreNeverOverwritten() throws {
        let folder = try CLI.temporaryFolder()
        let manifest = folder.appendingPathComponent("p.yml")
        try FileManager.default.copyItem(
            at: CLI.repository.appendingPathComponent("examples/echec-transparence.yml"), to: manifest)
        let before = try Data(contentsOf: manifest)
        let sarif = folder.appendingPathComponent("r.sarif")
        let result = try CLI.run(
            ["check", "p.yml", "--format", "text", "--format", "sarif:\(sarif.path)"] + day, in: folder)
        #expect(result.status == 1)
        let log = try CLI.json(String(contentsOf: sarif, encoding: .utf8))
        #expect(log["version"] as? String == "2.1.0")
        let refused = try CLI.run(["check", "p.yml", "--format", "json:p.yml"] + day, in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("ne modifie jamais ses entrées"))
        #expect(try Data(contentsOf: manifest) == before)
    }

    @Test func englishThroughLangOrEnvironment() throws {
        let flag = try CLI.run(["check", "examples/echec-transparence.yml", "--lang", "en"] + day)
        #expect(flag.stdout.contains(": error [transparence.licence]"))
        #expect(flag.stdout.contains("did you mean 'EUPL-1.2'?"))
        let env = try CLI.run(["check", "examples/echec-transparence.yml"] + day, environment: ["LANG": "en_GB.UTF-8"])
        #expect(env.stdout.contains(": error [transparence.licence]"))
        let forced = try CLI.run(["check", "examples/echec-transparence.yml", "--lang", "fr"] + day, environment: ["LC_ALL": "en_US.UTF-8"])
        #expect(forced.stdout.contains(": erreur [transparence.licence]"))
    }

    @Test func resultsAreIdenticalWithOneAndAllCores() throws {
        let one = try CLI.run(["check", "examples", "--format", "json", "--jobs", "1"] + day)
        let many = try CLI.run(["check", "examples", "--format", "json", "--jobs", "8"] + day)
        #expect(one.status == many.status)
        #expect(one.stdout == many.stdout)
    }

    @Test func yamlProblemsAreFindingsWithExitOne() throws {
        let result = try CLI.run(["check", "-", "--format", "json"] + day, stdin: "projet:\n  nom: [ouvert\n")
        #expect(result.status == 1)
        let report = try CLI.json(result.stdout)
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        let rules = (file["diagnostics"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
        #expect(rules == ["yaml.syntaxe"])
    }
}
