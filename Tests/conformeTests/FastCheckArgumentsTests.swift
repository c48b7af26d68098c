import ArgumentParser
import Testing

@testable import conforme

/// The command lines `FastCheckArguments` reads itself must mean exactly what they mean to
/// argument-parser, and what it is unsure of must go to argument-parser.
@Suite struct FastCheckArgumentsTests {
    /// What argument-parser makes of a `check` command line.
    static func viaArgumentParser(_ arguments: [String]) throws -> CheckInvocation {
        let rest = arguments.first == "check" ? Array(arguments.dropFirst()) : arguments
        return try CheckCommand.parse(rest).invocation
    }

    @Test(arguments: [
        ["examples/proposition-conforme.yml"],
        ["check", "examples"],
        ["check", "a.yml", "b.md", "--format", "json", "--format", "sarif:out.sarif"],
        ["--format=json", "--today", "2024-06-01", "--jobs", "1", "dossier"],
        ["check", "--rules", "r.yml", "--fail-on", "warning", "--lang", "en", "--quiet", "p.yml"],
        ["--max-file-size", "1000", "--max-depth", "10", "--max-nodes", "500", "--max-scalar-length", "99",
         "--max-list-length", "7", "--max-pattern-input", "50", "--max-files", "3", "x.yml"],
        ["--config", "ci/conforme.yml", "--sarif-waivers", "note", "--markdown-max-findings", "5",
         "--markdown-max-chars", "2000", "--skip-markdown-without-front-matter", "a.md"],
        ["--no-config", "--sarif-waivers=omit", "b.yml"],
        [],
    ])
    func readsTheUsualLinesAsArgumentParserDoes(_ arguments: [String]) throws {
        let fast = try #require(FastCheckArguments.parse(arguments), "\(arguments) should be read directly")
        #expect(fast == (try Self.viaArgumentParser(arguments)))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["--version"], ["rules", "list"], ["check", "--", "-f.yml"], ["-"],
        ["--jobs", "0", "a.yml"], ["--jobs", "deux"], ["--today", "2024-13-45"], ["--lang", "de"],
        ["--fail-on", "grave"], ["--rules"], ["--rules", "a.yml", "--rules", "b.yml"], ["--unknown", "x"],
        ["--max-list-length", "0"], ["--quiet=yes"], ["--format", ""], ["inspect", "a.yml"],
        ["--sarif-waivers", "hide"], ["--markdown-max-findings", "0"], ["--no-config=1"],
        ["--config", "a.yml", "--no-config"],
    ])
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(FastCheckArguments.parse(arguments) == nil)
    }
}
