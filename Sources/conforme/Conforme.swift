import ArgumentParser
import ConformeKit
import Foundation

@main
struct Conforme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conforme",
        abstract: "Vérifie une proposition de mission EIG au regard du règlement du programme.",
        discussion: """
            Checks a proposal to the EIG programme (DINUM) against the programme's rules.
            Codes de sortie : 0 conforme ; 1 au moins un constat au seuil de --fail-on ;
            2 la vérification n'a pas pu se faire (usage, chemin illisible, règles invalides).
            """,
        version: ConformeVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, InspectCommand.self, InitCommand.self, ImportCommand.self, SchemaCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Exit codes are part of the interface (cli.md): usage errors are 2, not argument-parser's 64.
    static func main() {
        Terminal.ignoreBrokenPipeSignal()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Conforme.exit(withError: error)  // --help, --version
            }
            Terminal.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
