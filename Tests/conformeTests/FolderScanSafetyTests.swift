import Foundation
import Testing

/// A folder's walk never leaves the folder and reads only regular files: what a pull request
/// puts in a checked folder (a link to `/proc/self/environ` or to a token, a FIFO) must neither
/// reach a report nor block the run. Paths named on the command line are the user's choice and
/// are read, pipes included.
@Suite(.serialized) struct FolderScanSafetyTests {
    static let today = ["--today", "2024-06-01"]
    static let secret = "jeton-tres-secret-8c1f"

    /// A folder `propositions/` inside a fresh temporary folder, and a secret file beside it.
    static func withCheckout(_ body: (_ root: URL, _ folder: URL, _ secretFile: URL) throws -> Void) throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("propositions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let secretFile = root.appendingPathComponent("secret.yml")
        try "token: \(secret)\n".write(to: secretFile, atomically: false, encoding: .utf8)
        try body(root, folder, secretFile)
    }

    @Test(arguments: ["text", "junit", "html", "json", "github", "markdown", "sarif", "gitlab"])
    func aLinkToAFileOutsideTheFolderIsNotRead(_ format: String) throws {
        try Self.withCheckout { root, folder, secretFile in
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("env.yml").path, withDestinationPath: secretFile.path)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("relatif.yml").path, withDestinationPath: "../secret.yml")
            try "promotion: 7\n".write(to: folder.appendingPathComponent("a.yml"), atomically: false, encoding: .utf8)
            let run = try CLI.run(["check", "propositions", "--format", format] + Self.today, in: root)
            #expect(!run.stdout.contains(Self.secret), "\(format) report shows the linked file")
            #expect(!run.stderr.contains(Self.secret))
            #expect(run.status == 2)
            #expect(run.stderr.contains("« propositions/env.yml » : lien qui mène hors du dossier vérifié, non suivi"), "\(run.stderr)")
            #expect(run.stderr.contains("propositions/relatif.yml"))
            // The other files are still checked.
            #expect(run.stdout.contains("a.yml"))
        }
    }

    @Test func aLinkToProcIsNotRead() throws {
        try Self.withCheckout { root, folder, _ in
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("env.yml").path, withDestinationPath: "/proc/self/environ")
            let run = try CLI.run(["check", "propositions"] + Self.today, in: root, environment: ["CONFORME_CANARY": Self.secret])
            #expect(!run.stdout.contains(Self.secret))
            #expect(!run.stdout.contains("CONFORME_CANARY"))
            #expect(run.status == 2)
            #expect(run.stderr.contains("hors du dossier"))
        }
    }

    @Test func aLinkToAFolderOutsideIsNotWalked() throws {
        try Self.withCheckout { root, folder, _ in
            let outside = root.appendingPathComponent("ailleurs")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try "token: \(Self.secret)\n".write(to: outside.appendingPathComponent("b.yml"), atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("lien").path, withDestinationPath: outside.path)
            try "promotion: 7\n".write(to: folder.appendingPathComponent("a.yml"), atomically: false, encoding: .utf8)
            let run = try CLI.run(["check", "propositions", "--lang", "en"] + Self.today, in: root)
            #expect(!run.stdout.contains(Self.secret))
            #expect(!run.stdout.contains("b.yml"))
            #expect(run.stderr.contains("cannot read 'propositions/lien': link that leads outside the checked folder, not followed."), "\(run.stderr)")
            #expect(run.status == 2)
        }
    }

    @Test func linksInsideTheFolderAreFollowed() throws {
        try Self.withCheckout { root, folder, _ in
            let sub = folder.appendingPathComponent("sous")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try "promotion: 7\n".write(to: sub.appendingPathComponent("a.yml"), atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("copie.yml").path, withDestinationPath: "sous/a.yml")
            // Checked through a link to the folder itself: its real path is what "inside" means.
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("raccourci").path, withDestinationPath: "propositions")
            let run = try CLI.run(["check", "raccourci", "--format", "json"] + Self.today, in: root)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.isEmpty)
            let files = try CLI.json(run.stdout)["files"] as? [[String: Any]]
            #expect(files?.compactMap { $0["path"] as? String } == ["raccourci/copie.yml", "raccourci/sous/a.yml"])
        }
    }

    @Test func aFIFOInAFolderIsSkippedAndTheRunEnds() throws {
        try Self.withCheckout { root, folder, _ in
            #expect(mkfifo(folder.appendingPathComponent("x.yml").path, 0o644) == 0)
            #expect(mkfifo(folder.appendingPathComponent("y.md").path, 0o644) == 0)
            try "promotion: 7\n".write(to: folder.appendingPathComponent("a.yml"), atomically: false, encoding: .utf8)
            let run = try Shell.run("\"$CONFORME\" check propositions --today 2024-06-01", in: root, timeout: 30)
            #expect(!run.timedOut, "the run blocked on a FIFO")
            #expect(run.status == 2)
            #expect(run.stderr.contains("« propositions/x.yml » : ni fichier ni dossier (tube, socket ou périphérique), non lu"), "\(run.stderr)")
            #expect(run.stderr.contains("propositions/y.md"))
            #expect(run.stdout.contains("a.yml"))
        }
    }

    @Test func aPipeNamedOnTheCommandLineIsRead() throws {
        let run = try Shell.run(
            "\"$CONFORME\" check <(cat examples/proposition-conforme.yml) --today 2024-06-01 --format json",
            in: CLI.repository, timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"status\""))
    }

    @Test func anEndlessDeviceNamedOnTheCommandLineStopsAtTheSizeLimit() throws {
        let run = try Shell.run("\"$CONFORME\" check /dev/zero --today 2024-06-01", in: CLI.repository, timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(run.stdout.contains("[yaml.limite]"))
        // Short: the excerpt of a line of NULs is cut to a window.
        #expect(run.stdout.utf8.count < 4_000, "\(run.stdout.utf8.count) bytes")
    }
}

/// Runs a bash script with `$CONFORME` set to the built binary, killed after `timeout` seconds.
enum Shell {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    static func run(_ script: String, in folder: URL, timeout: Int) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-s", "KILL", String(timeout), "/bin/bash", "-c", script]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "fr_FR.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env["CONFORME"] = CLI.binary.path
        process.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-sh-\(UUID().uuidString)")
        let err = out.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        // Files, not pipes: a test about pipes must not depend on the runner's own.
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self),
            // `timeout -s KILL` kills its whole process group, itself included.
            timedOut: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    }
}

/// The same policy for a rule set's `extends`: a `--rules` file may come from the pull request
/// it checks, and its bases with it.
extension FolderScanSafetyTests {
    static func withRules(base: (URL, URL) throws -> Void, _ check: (URL, Shell.Result) throws -> Void) throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let rules = root.appendingPathComponent("regles")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "ruleset: fille\nextends: [base.yml]\nrules: []\n".write(
            to: rules.appendingPathComponent("main.yml"), atomically: false, encoding: .utf8)
        try base(root, rules.appendingPathComponent("base.yml"))
        let run = try Shell.run(
            "\"$CONFORME\" check --rules regles/main.yml \"$PWD/p.yml\" --today 2024-06-01", in: root, timeout: 30)
        try check(root, run)
    }

    @Test func aBaseLinkedFromOutsideTheRulesFolderIsNotRead() throws {
        try Self.withRules(base: { root, base in
            let secretRules = root.appendingPathComponent("secret.yml")
            try "ruleset: s\nrules:\n  - id: \(Self.secret)\n    then: {required: true}\n".write(
                to: secretRules, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: base.path, withDestinationPath: secretRules.path)
            try "promotion: 7\n".write(to: root.appendingPathComponent("p.yml"), atomically: false, encoding: .utf8)
        }) { _, run in
            #expect(run.status == 2)
            #expect(run.stderr.contains("fichier de règles introuvable ou illisible : base.yml"), "\(run.stderr)")
            #expect(!run.stderr.contains(Self.secret) && !run.stdout.contains(Self.secret))
        }
    }

    @Test func aFIFOAsABaseDoesNotBlock() throws {
        try Self.withRules(base: { root, base in
            #expect(mkfifo(base.path, 0o644) == 0)
            try "promotion: 7\n".write(to: root.appendingPathComponent("p.yml"), atomically: false, encoding: .utf8)
        }) { _, run in
            #expect(!run.timedOut, "the run blocked on a FIFO")
            #expect(run.status == 2)
        }
    }

    @Test func anEndlessRuleFileStopsAtTheSizeLimit() throws {
        let run = try Shell.run(
            "\"$CONFORME\" check --rules /dev/zero examples/proposition-conforme.yml", in: CLI.repository, timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 2)
        #expect(run.stderr.utf8.count < 4_000)
    }
}
