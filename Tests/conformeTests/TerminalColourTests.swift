import Foundation
import Testing

private let scriptPath = "/usr/bin/script"

/// Colour on a terminal, none with NO_COLOR (https://no-color.org). `script` (util-linux) gives
/// the binary a pseudo-terminal as its standard output; without it the test is skipped, visibly.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: scriptPath),
    "util-linux `script` is needed to run conforme on a terminal"))
struct TerminalColourTests {
    /// conforme's output when its standard output is a terminal.
    static func onATerminal(_ environment: [String: String]) throws -> String {
        let command = [CLI.binary.path, "check", "examples/echec-transparence.yml", "--today", "2024-06-01"]
            .map { "'\($0)'" }.joined(separator: " ")
        // `script -q -e -c CMD /dev/null`: run CMD on a new pseudo-terminal, keep its exit code.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: scriptPath)
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.currentDirectoryURL = CLI.repository
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "the example fails its check")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aTerminalGetsColour() throws {
        let output = try Self.onATerminal([:])
        #expect(output.contains("transparence.licence"))
        #expect(output.contains("\u{1B}["))
    }

    @Test func noColorTurnsItOff() throws {
        let output = try Self.onATerminal(["NO_COLOR": "1"])
        #expect(output.contains("transparence.licence"))
        #expect(!output.contains("\u{1B}["))
    }
}
