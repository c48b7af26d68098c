import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// How `check` reads its inputs (POSIX `open`/`fstat`/`read`, and `readdir` for folders): every
/// kind of input gives the same report as the plain file, and the size limit holds to the byte.
@Suite(.serialized) struct InputReadingTests {
    static let today = ["--today", "2024-06-01"]
    static let example = CLI.repository.appendingPathComponent("examples/proposition-conforme.yml")

    /// The report's diagnostics and status, without the path (which differs by input).
    static func findings(_ run: CLI.Result) throws -> [String] {
        let report = try CLI.json(run.stdout)
        let files = try #require(report["files"] as? [[String: Any]])
        return try files.map { file in
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            let rules = diagnostics.map { "\($0["rule"] ?? "") \($0["line"] ?? "")" }
            return "\(file["status"] ?? "") \(rules)"
        }
    }

    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// A manifest made long with a comment, and broken at its end, so that only a whole read
    /// finds the problem: several `read` calls on a pipe, one on a file.
    static func longManifest() throws -> String {
        var text = try String(contentsOf: example, encoding: .utf8)
        text += "# " + String(repeating: "commentaire ", count: 30_000) + "\n"
        text += "projet: {nom: doublon}\n"
        #expect(text.utf8.count > 300_000)
        return text
    }

    @Test func standardInputIsReadToItsEnd() throws {
        try Self.withFolder { folder in
            let text = try Self.longManifest()
            try text.write(to: folder.appendingPathComponent("long.yml"), atomically: false, encoding: .utf8)
            let fromFile = try CLI.run(["check", "long.yml", "--format", "json"] + Self.today, in: folder)
            let fromStdin = try CLI.run(["check", "-", "--format", "json"] + Self.today, stdin: text, in: folder)
            #expect(fromFile.status == 1)
            #expect(try Self.findings(fromFile).joined().contains("yaml.cle-dupliquee"))
            #expect(try Self.findings(fromStdin) == Self.findings(fromFile))
        }
    }

    @Test func aNamedPipeIsReadLikeAFile() throws {
        try Self.withFolder { folder in
            let text = try Self.longManifest()
            let pipe = folder.appendingPathComponent("tube.yml")
            #expect(mkfifo(pipe.path, 0o600) == 0)
            // The writer blocks until conforme opens the pipe: write from another thread.
            let writer = Thread {
                if let handle = FileHandle(forWritingAtPath: pipe.path) {
                    try? handle.write(contentsOf: Data(text.utf8))
                    try? handle.close()
                }
            }
            writer.start()
            let run = try CLI.run(["check", "tube.yml", "--format", "json"] + Self.today, in: folder)
            try text.write(to: folder.appendingPathComponent("fichier.yml"), atomically: false, encoding: .utf8)
            let plain = try CLI.run(["check", "fichier.yml", "--format", "json"] + Self.today, in: folder)
            #expect(try Self.findings(run) == Self.findings(plain))
        }
    }

    @Test func theSizeLimitHoldsToTheByte() throws {
        try Self.withFolder { folder in
            let text = try String(contentsOf: Self.example, encoding: .utf8)
            let size = text.utf8.count
            try text.write(to: folder.appendingPathComponent("p.yml"), atomically: false, encoding: .utf8)
            let atLimit = try CLI.run(["check", "p.yml", "--max-file-size", "\(size)"] + Self.today, in: folder)
            #expect(atLimit.status == 0, "\(atLimit.stdout)")
            let underLimit = try CLI.run(["check", "p.yml", "--max-file-size", "\(size - 1)"] + Self.today, in: folder)
            #expect(underLimit.status == 1)
            #expect(underLimit.stdout.contains("--max-file-size"))
        }
    }

    @Test func aFolderIsWalkedInPathOrderThroughLinks() throws {
        try Self.withFolder { folder in
            let text = try String(contentsOf: Self.example, encoding: .utf8)
            let root = folder.appendingPathComponent("propositions")
            let nested = root.appendingPathComponent("b-sous-dossier")
            try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
            // Inside the folder checked: a link never leads a walk outside it (FolderScanSafetyTests).
            let elsewhere = root.appendingPathComponent("z-cible")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            for name in ["c.yml", "a.yaml", ".cachee.yml", "notes.txt"] {
                try text.write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8)
            }
            try text.write(to: nested.appendingPathComponent("d.yml"), atomically: false, encoding: .utf8)
            try text.write(to: elsewhere.appendingPathComponent("e.yml"), atomically: false, encoding: .utf8)
            // A link to a folder is walked (once: its target is not walked again); a link to a
            // file is checked.
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("lien-dossier").path, withDestinationPath: elsewhere.path)
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("lien.yml").path, withDestinationPath: "c.yml")
            let run = try CLI.run(["check", "propositions", "--format", "json"] + Self.today, in: folder)
            let report = try CLI.json(run.stdout)
            let paths = try #require(report["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
            #expect(paths == [
                "propositions/a.yaml", "propositions/b-sous-dossier/d.yml", "propositions/c.yml",
                "propositions/lien-dossier/e.yml", "propositions/lien.yml",
            ])
        }
    }
}
