import Foundation
import Testing

/// What conforme writes: a failed write is an error (stderr, exit 2), never a crash; a report
/// file never replaces an input, whatever links lead to it, and is never written through a
/// symbolic link.
@Suite(.serialized) struct OutputSafetyTests {
    static let example = "examples/echec-transparence.yml"

    @Test(arguments: [
        ("> /dev/full", "plus de place sur le disque"),
        (">&-", "sortie fermée"),
    ])
    func aFailedWriteToStandardOutputIsExitTwo(_ redirection: String, _ reason: String) throws {
        let run = try Shell.run(
            "\"$CONFORME\" check \(Self.example) --today 2024-06-01 \(redirection)", in: CLI.repository, timeout: 60)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("conforme : impossible d'écrire sur la sortie standard (\(reason))"), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test func aReaderThatStopsIsExitTwo() throws {
        // The reader closes its end at once; conforme writes a large report after that.
        let run = try Shell.run(
            "\"$CONFORME\" check examples --format html --today 2024-06-01 | (exec 0<&-; sleep 3); echo \"status=${PIPESTATUS[0]}\"",
            in: CLI.repository, timeout: 60)
        #expect(run.stdout.contains("status=2"), "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("impossible d'écrire sur la sortie standard"))
    }

    @Test func aReportFileThatCannotBeWrittenIsExitTwo() throws {
        let run = try Shell.run(
            "\"$CONFORME\" check \(Self.example) --today 2024-06-01 --format json:/dev/full", in: CLI.repository, timeout: 60)
        #expect(run.status == 2)
        #expect(run.stderr.contains("impossible d'écrire le rapport « /dev/full » (plus de place sur le disque)"), "\(run.stderr)")
    }

    /// A fresh folder holding a copy of the example as `p.yml`.
    static func withInput(_ body: (_ folder: URL, _ input: URL, _ original: Data) throws -> Void) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("p.yml")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent(Self.example), to: input)
        try body(folder, input, try Data(contentsOf: input))
    }

    @Test(arguments: ["symbolic", "hard"])
    func aReportNeverReplacesAnInputThroughALink(_ kind: String) throws {
        try Self.withInput { folder, input, original in
            let link = folder.appendingPathComponent("lien.yml")
            if kind == "symbolic" {
                try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
            } else {
                try FileManager.default.linkItem(at: input, to: link)
            }
            let run = try CLI.run(["check", "p.yml", "--format", "json:lien.yml", "--today", "2024-06-01"], in: folder)
            #expect(run.status == 2)
            #expect(try Data(contentsOf: input) == original, "the input was overwritten")
            #expect(run.stderr.contains("lien.yml"))
        }
    }

    @Test func theRuleFileIsAnInputToo() throws {
        try Self.withInput { folder, _, _ in
            let rules = folder.appendingPathComponent("regles.yml")
            try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("rules/eig-7.yml"), to: rules)
            let before = try Data(contentsOf: rules)
            try FileManager.default.linkItem(at: rules, to: folder.appendingPathComponent("rapport.json"))
            let run = try CLI.run(
                ["check", "p.yml", "--rules", "regles.yml", "--format", "json:rapport.json", "--today", "2024-06-01"], in: folder)
            #expect(run.status == 2)
            #expect(try Data(contentsOf: rules) == before)
        }
    }

    @Test func aReportIsNeverWrittenThroughASymbolicLink() throws {
        try Self.withInput { folder, _, _ in
            let elsewhere = folder.appendingPathComponent("autre.txt")
            try "à garder\n".write(to: elsewhere, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent("rapport.json"), withDestinationURL: elsewhere)
            let run = try CLI.run(["check", "p.yml", "--format", "json:rapport.json", "--today", "2024-06-01"], in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("lien symbolique"), "\(run.stderr)")
            #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "à garder\n")
        }
    }

    /// A report replaces the name, not the file behind it: another name for the old file (a
    /// hard link from elsewhere) keeps its contents, and no temporary file is left behind.
    @Test func aReportIsWrittenBesideThenRenamed() throws {
        try Self.withInput { folder, _, _ in
            let old = folder.appendingPathComponent("ancien.json")
            try "{}\n".write(to: old, atomically: false, encoding: .utf8)
            try FileManager.default.linkItem(at: old, to: folder.appendingPathComponent("rapport.json"))
            let run = try CLI.run(["check", "p.yml", "--format", "json:rapport.json", "--today", "2024-06-01"], in: folder)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(try String(contentsOf: old, encoding: .utf8) == "{}\n")
            let report = try Data(contentsOf: folder.appendingPathComponent("rapport.json"))
            #expect(try CLI.json(String(decoding: report, as: UTF8.self))["files"] != nil)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["ancien.json", "p.yml", "rapport.json"])
        }
    }
}
