import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile inputs through the built `conforme` binary: each ends with a clear finding or error
/// and the documented exit code. Large files are generated here, in a temporary folder, and
/// removed afterwards; nothing big is committed.
@Suite(.serialized) struct HostileInputTests {
    typealias Run = CLI.Result

    /// Through the one runner of the CLI tests (`CLI.run`).
    static func conforme(_ arguments: [String], in folder: URL) throws -> Run {
        try CLI.run(arguments, in: folder)
    }

    /// A fresh temporary folder, removed by `body`'s end.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("conforme-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    static let today = ["--today", "2024-06-01"]

    @Test func theBinaryIsThere() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary.path), "\(CLI.binary.path)")
    }

    @Test func aHundredThousandKeysStopAtTheNodeLimit() throws {
        try Self.withFolder { folder in
            var text = ""
            text.reserveCapacity(1_000_000)
            for i in 0..<100_000 { text += "k" + String(100_000 + i).dropFirst() + ": 1\n" }
            #expect(text.utf8.count == 1_000_000)  // under the 1 MiB size limit
            try text.write(to: folder.appendingPathComponent("cles.yml"), atomically: false, encoding: .utf8)
            let run = try Self.conforme(["check", "cles.yml", "--format", "json"] + Self.today, in: folder)
            #expect(run.status == 1)
            #expect(run.stdout.contains("\"rule\": \"yaml.limite\""))
            #expect(run.stdout.contains("plus de 10000 nœuds"))
            #expect(run.stdout.contains("--max-nodes"))
            // The parse stopped at the 10 001st node (line 5 000), not at the end of the file.
            #expect(run.stdout.contains("\"line\": 5000"))
        }
    }

    @Test func aFiveMegabyteFileIsRefusedBySize() throws {
        try Self.withFolder { folder in
            let line = Array("cle: une valeur assez longue pour remplir le fichier\n".utf8)
            var bytes: [UInt8] = []
            while bytes.count < 5_000_000 { bytes += line }
            try Data(bytes).write(to: folder.appendingPathComponent("gros.yml"))
            let run = try Self.conforme(["check", "gros.yml"] + Self.today, in: folder)
            #expect(run.status == 1)
            #expect(run.stdout.contains("yaml.limite"))
            #expect(run.stdout.contains("--max-file-size"))
            // Raised, the limit lets the file through to the next one (nodes).
            let raised = try Self.conforme(["check", "gros.yml", "--max-file-size", "6000000"] + Self.today, in: folder)
            #expect(!raised.stdout.contains("--max-file-size"))
            #expect(raised.stdout.contains("--max-nodes"))
        }
    }

    @Test func aFolderNamedLikeAManifest() throws {
        try Self.withFolder { folder in
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("proposition.yml"), withIntermediateDirectories: true)
            let run = try Self.conforme(["check", "proposition.yml"] + Self.today, in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("aucun fichier"))
        }
    }

    /// `chmod 000` does not stop root, and the tests run as root in CI: a Unix socket cannot be
    /// opened for reading by anyone, root included (open(2) fails with ENXIO), so it stands in
    /// for an unreadable file there; otherwise a chmod 000 file is used too.
    @Test func anUnreadableFile() throws {
        try Self.withFolder { folder in
            let socketPath = folder.appendingPathComponent("socket.yml").path
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            #expect(fd >= 0)
            defer { close(fd) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                let bytes = Array(socketPath.utf8.prefix(raw.count - 1)) + [0]
                raw.copyBytes(from: bytes)
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            try #require(bound == 0)
            let run = try Self.conforme(["check", "socket.yml"] + Self.today, in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("impossible de lire « socket.yml »"), "\(run.stderr)")

            if getuid() != 0 {
                let path = folder.appendingPathComponent("ferme.yml")
                try "promotion: 7\n".write(to: path, atomically: false, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path.path)
                let closed = try Self.conforme(["check", "ferme.yml"] + Self.today, in: folder)
                #expect(closed.status == 2)
                #expect(closed.stderr.contains("lecture refusée"))
            }
        }
    }

    @Test func aDanglingLinkIsNotFound() throws {
        try Self.withFolder { folder in
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("perdu.yml").path, withDestinationPath: "nulle-part.yml")
            let run = try Self.conforme(["check", "perdu.yml", "--lang", "en"] + Self.today, in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("cannot read 'perdu.yml'"))
        }
    }

    @Test func aSymlinkLoopInAFolderIsWalkedOnce() throws {
        try Self.withFolder { folder in
            let dossier = folder.appendingPathComponent("propositions")
            try FileManager.default.createDirectory(at: dossier, withIntermediateDirectories: true)
            try "promotion: 7\n".write(to: dossier.appendingPathComponent("a.yml"), atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                atPath: dossier.appendingPathComponent("boucle").path, withDestinationPath: ".")
            try FileManager.default.createSymbolicLink(
                atPath: dossier.appendingPathComponent("parent").path, withDestinationPath: "..")
            let run = try Self.conforme(["check", "propositions", "--format", "junit"] + Self.today, in: folder)
            // What matters is that it ends; `parent` leads outside the folder, so it is reported
            // and not walked (exit 2).
            #expect(run.status == 2)
            #expect(run.stderr.contains("« propositions/parent » : lien qui mène hors du dossier vérifié"))
            #expect(!run.stderr.contains("boucle"))
            // One suite for the file read, one for the link not followed (named, never walked).
            #expect(run.stdout.components(separatedBy: "<testsuite ").count - 1 == 2)
            #expect(run.stdout.contains("<testsuite name=\"propositions/parent\" tests=\"1\" failures=\"1\""))
        }
    }

    @Test func tooManyFilesSaysWhichLimitAndHowToRaiseIt() throws {
        try Self.withFolder { folder in
            for name in ["a", "b", "c"] {
                try "promotion: 7\n".write(to: folder.appendingPathComponent("\(name).yml"), atomically: false, encoding: .utf8)
            }
            let run = try Self.conforme(["check", ".", "--max-files", "2"] + Self.today, in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("plus de 2 fichiers"))
            #expect(run.stderr.contains("--max-files"))
            let english = try Self.conforme(["check", ".", "--max-files", "2", "--lang", "en"] + Self.today, in: folder)
            #expect(english.stderr.contains("more than 2 files"))
        }
    }

    @Test func listAndPatternLimitsComeFromTheCommandLine() throws {
        try Self.withFolder { folder in
            let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("examples/proposition-conforme.yml")
            let target = folder.appendingPathComponent("p.yml")
            try FileManager.default.copyItem(at: example, to: target)
            let passes = try Self.conforme(["check", "p.yml"] + Self.today, in: folder)
            #expect(passes.status == 0, "\(passes.stdout)")
            let lists = try Self.conforme(["check", "p.yml", "--max-list-length", "1"] + Self.today, in: folder)
            #expect(lists.status == 1)
            #expect(lists.stdout.contains("[yaml.limite]"))
            #expect(lists.stdout.contains("--max-list-length"))
            let patterns = try Self.conforme(["check", "p.yml", "--max-pattern-input", "5"] + Self.today, in: folder)
            #expect(patterns.status == 1)
            #expect(patterns.stdout.contains("--max-pattern-input"))
            let bad = try Self.conforme(["check", "p.yml", "--max-list-length", "0"], in: folder)
            #expect(bad.status != 0 && bad.status != 1)
        }
    }

    @Test func billionLaughsAndDeepNestingThroughTheCommandLine() throws {
        try Self.withFolder { folder in
            var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for i in 1...9 {
                laughs += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
            }
            try laughs.write(to: folder.appendingPathComponent("rires.yml"), atomically: false, encoding: .utf8)
            let brackets = "a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
            try brackets.write(to: folder.appendingPathComponent("crochets.yml"), atomically: false, encoding: .utf8)
            let run = try Self.conforme(["check", "rires.yml", "crochets.yml"] + Self.today, in: folder)
            #expect(run.status == 1)
            #expect(run.stdout.contains("--max-nodes"))
            #expect(run.stdout.contains("--max-depth"))
        }
    }
}
