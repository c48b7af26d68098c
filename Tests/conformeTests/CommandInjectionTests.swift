import Foundation
import Testing

/// Nothing a checked folder holds can act on a terminal or a CI runner through what conforme
/// prints: file names, keys, values and rule texts show their control characters and bidi
/// controls visibly, and no line of any output can be read as a workflow command (`::…` at a
/// line start, `##[` anywhere), except the github format's own commands.
@Suite(.serialized) struct CommandInjectionTests {
    static let hostileNames = [
        "::stop-commands::x.yml", "::warning title=X::y.yml", "a##[error]b.yml",
        "nom\u{1B}[2J\u{202E}lmy.yml", "z\n::error::forged.yml", "r\rs\u{07}\u{9B}t\u{2066}.yml",
    ]

    /// A manifest with findings whose values and keys hold control and bidi characters.
    static var hostileManifest: String {
        let example = try! String(
            contentsOf: CLI.repository.appendingPathComponent("examples/echec-transparence.yml"), encoding: .utf8)
        return example
            .replacingOccurrences(of: "licence: EUPL-2.0", with: "licence: \"EUPL\\u202E-2.0\\e]0;pwn\\a\\e[31m\"")
            .replacingOccurrences(of: "  nom: Repère Eau", with: "  nom: \"Rep\\e[2Jère\\u2067 Eau\"\n  \"cl\\e\\u202Eé\": 1")
    }

    static func withHostileFolder(_ body: (URL) throws -> Void) throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("dossier")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in hostileNames {
            #expect(FileManager.default.createFile(atPath: folder.path + "/" + name, contents: Data(hostileManifest.utf8)))
        }
        // Checked from inside the folder, so reports name the files alone: a line may then
        // start with a name.
        try body(folder)
    }

    /// Lines as a runner reads them: split at LF, CR and CR LF, leading blanks dropped.
    static func runnerLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            .map { $0.drop(while: { $0 == " " || $0 == "\t" }) }
    }

    static let forbiddenScalars: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{08}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{2067}"]

    static func expectSafe(_ text: String, _ what: String, ownCommands: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in forbiddenScalars {
            #expect(!text.unicodeScalars.contains(scalar), "\(what) prints U+\(String(scalar.value, radix: 16))", sourceLocation: sourceLocation)
        }
        for line in runnerLines(text) {
            let own = ["::group::", "::endgroup::", "::error ", "::warning ", "::notice "].contains { line.hasPrefix($0) }
            if ownCommands && own { continue }  // read as conforme's command: the rest is its data
            #expect(!line.hasPrefix("::"), "\(what) has a command line: \(line.prefix(80))", sourceLocation: sourceLocation)
            #expect(!line.contains("##["), "\(what) prints ##[: \(line.prefix(80))", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["text", "github", "markdown", "junit", "html"])
    func noOutputCarriesACommandOrAControl(_ format: String) throws {
        try Self.withHostileFolder { root in
            let run = try CLI.run(["check", ".", "--format", format, "--today", "2024-06-01"], in: root)
            #expect(run.status == 1, "\(run.stderr)")
            Self.expectSafe(run.stdout, format, ownCommands: format == "github")
            Self.expectSafe(run.stderr, "stderr")
            // The values are still there, visibly.
            if format == "text" || format == "github" || format == "markdown" {
                #expect(run.stdout.contains("⟨U+202E⟩"), "\(format)")
                #expect(run.stdout.contains("␛"), "\(format)")
            }
        }
    }

    @Test func githubAnnotationsStillPointAtTheFiles() throws {
        try Self.withHostileFolder { root in
            let run = try CLI.run(["check", ".", "--format", "github", "--today", "2024-06-01"], in: root)
            // Property values use the runner's own escapes, which it decodes back to the name.
            #expect(run.stdout.contains("file=%3A%3Astop-commands%3A%3Ax.yml,"))
            // Past GitHub's budget a finding is a plain line, its file's name shown visibly.
            #expect(
                run.stdout.contains("file=z␊%3A%3Aerror%3A%3Aforged.yml,")
                    || run.stdout.contains("\nerreur z␊::error::forged.yml:"))
            #expect(run.stdout.contains("\nz␊::error::forged.yml : non conforme"))
            #expect(run.stdout.contains("\n%3A%3Astop-commands::x.yml : non conforme"))
        }
    }

    @Test func stderrShowsAHostileNameVisibly() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["check", "::error::x\u{1B}[31m\n::warning::y\u{202E}.yml"], in: root)
        #expect(run.status == 2)
        Self.expectSafe(run.stderr, "stderr")
        #expect(run.stderr.contains("␛[31m"))
    }

    @Test func inspectShowsKeysAndValuesVisibly() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "\"::error::cl\\e\\u202E\": \"v\\e[31m\\u2066\"\n\"##[warning]k\": 1\n".write(
            to: root.appendingPathComponent("i.yml"), atomically: false, encoding: .utf8)
        let run = try CLI.run(["inspect", "i.yml"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        Self.expectSafe(run.stdout, "inspect")
        #expect(run.stdout.contains("⟨U+202E⟩"))
    }
}

extension CommandInjectionTests {
    /// A rule file's texts (a `--rules` file may come from the same pull request) are shown
    /// visibly by `rules list`, `rules explain` and `rules docs` too.
    @Test(arguments: [["rules", "list"], ["rules", "explain", "a"], ["rules", "docs"]])
    func ruleTextsAreShownVisibly(_ command: [String]) throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try """
            ruleset: t
            title: "T\\e[31m"
            rules:
              - id: a
                title: "Titre \\e]0;x\\a\\u202E"
                message: "::error::m \\e[2J"
                given: nom
                then: {required: true}
                examples: {pass: ["nom: b"], fail: ["autre: 1"]}
            """.write(to: root.appendingPathComponent("r.yml"), atomically: false, encoding: .utf8)
        let run = try CLI.run(command + ["--rules", "r.yml"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        Self.expectSafe(run.stdout, command.joined(separator: " "))
        #expect(run.stdout.contains("␛"))
    }
}
