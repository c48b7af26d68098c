import ArgumentParser
import ConformeKit

@main
struct Conforme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conforme",
        abstract: "Vérifie une proposition de mission EIG au regard du règlement du programme.",
        discussion: """
            Checks a proposal to the EIG programme (DINUM) against the programme's rules.
            Codes de sortie : 0 conforme, 1 non conforme, 2 erreur d'utilisation ou règles invalides.
            """,
        version: ConformeVersion.current,
        subcommands: [InspectCommand.self],
        defaultSubcommand: nil
    )
}
