import ArgumentParser
import ConformeKit

extension ProposalTemplate.MissionType: ExpressibleByArgument {}

/// `conforme init`: prints a proposal to fill in. It prints rather than writes, so it can never
/// overwrite an administration's file: `conforme init > proposition.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Affiche un modèle de proposition à compléter, commenté en français.")

    @Option(name: .customLong("type"), help: "Type de mission : lancement ou internalisation.")
    var missionType: ProposalTemplate.MissionType = .lancement

    @Option(help: "Promotion EIG (7 : règlement 2024).")
    var promotion: Int = 7

    @Option(help: "Langue des messages : fr ou en.")
    var lang: Language?

    func validate() throws {
        guard promotion == 7 else {
            throw ValidationError(CLIMessages(language: LanguageChoice.resolve(lang)).onlyPromotion7)
        }
    }

    func run() throws {
        Terminal.output(ProposalTemplate.render(type: missionType, promotion: promotion))
    }
}
