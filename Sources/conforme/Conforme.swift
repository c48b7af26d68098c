import ArgumentParser
import ConformeKit
import Foundation

@main
struct Conforme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conforme",
        // The help users see is conforme's own, in their language: Help/HelpPages.swift.
        abstract: "Vérifie une proposition de mission EIG au regard du règlement du programme.",
        version: ConformeVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, InspectCommand.self, InitCommand.self, ImportCommand.self, SchemaCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Exit codes are part of the interface (docs/ci.md): usage errors are 2, not argument-parser's 64.
    static func main() {
        Terminal.ignoreBrokenPipeSignal()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // conforme's own help, in one language (see HelpPage).
        if let page = HelpRequest.page(for: arguments) {
            Terminal.output(page.render(LanguageChoice.resolve(nil)))
            Foundation.exit(0)
        }
        if let first = firstWord(of: arguments), let command = mistypedCommand(first) {
            Terminal.error(CLIMessages(language: LanguageChoice.resolve(nil)).mistypedCommand(first, command))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Conforme.exit(withError: error)  // --version
            }
            let command = HelpRequest.page(for: arguments + ["--help"]) ?? HelpPages.root
            Terminal.error(UsageError.line(for: error, command: command, language: LanguageChoice.resolve(nil)))
            Foundation.exit(2)
        }
    }

    /// The first word that is no option nor an option's value: where a command name goes.
    static func firstWord(of arguments: [String]) -> String? {
        var skipValue = false
        for word in arguments {
            if word == "--" { return nil }
            if skipValue { skipValue = false; continue }
            if word.hasPrefix("-") {
                skipValue = !word.contains("=") && HelpPages.takesValue(word)
                continue
            }
            return word
        }
        return nil
    }

    /// The command `word` most likely means, when it is no option, no command, no existing
    /// path, and close to a command name: `check` would otherwise take it for a missing file.
    static func mistypedCommand(_ word: String) -> String? {
        // The usual `conforme check …` stops here, before any help text or file system call.
        guard !word.hasPrefix("-"), !word.contains("/"), !word.contains("."), !HelpPages.commandWords.contains(word),
            let command = Suggestion.closest(to: word, among: HelpPages.commandWords.sorted()),
            !FileManager.default.fileExists(atPath: word)
        else { return nil }
        return command
    }
}
