import ArgumentParser
import ConformeKit
import Foundation

extension ProposalTemplate.MissionType: ExpressibleByArgument {}

/// `conforme init`: prints a proposal to fill in. It prints rather than writes, so it can never
/// overwrite an administration's file: `conforme init > proposition.yml`.
/// `conforme init --config` writes a commented `.conforme.yml` in the current folder, and
/// refuses when one is there already.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Affiche un modèle de proposition à compléter, commenté en français (ou écrit un .conforme.yml commenté).")

    @Flag(help: "Écrit un fichier de configuration .conforme.yml commenté dans le dossier courant (jamais par-dessus un fichier existant).")
    var config = false

    @Option(name: .customLong("type"), help: "Type de mission : lancement ou internalisation.")
    var missionType: ProposalTemplate.MissionType = .lancement

    @Option(help: "Promotion EIG (7 : règlement 2024).")
    var promotion: Int = 7

    @Option(help: "Langue des messages, et des commentaires du fichier de configuration : fr ou en.")
    var lang: Language?

    func validate() throws {
        guard promotion == 7 else {
            throw ValidationError(CLIMessages(language: LanguageChoice.resolve(lang)).onlyPromotion7)
        }
    }

    func run() throws {
        if config {
            try writeConfiguration()
            return
        }
        Terminal.output(ProposalTemplate.render(type: missionType, promotion: promotion))
    }

    private func writeConfiguration() throws {
        let language = LanguageChoice.resolve(lang)
        let path = ProjectConfiguration.fileName
        let fr = language == .fr
        // O_EXCL: never replace a project's file, even one created meanwhile.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            Terminal.error(fr
                ? "conforme : « \(path) » existe déjà (ou le dossier n'est pas accessible en écriture) ; rien n'a été écrit."
                : "conforme: '\(path)' already exists (or the folder is not writable); nothing was written.")
            throw ExitCode(2)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(ConfigurationTemplate.render(language: language).utf8))
        Terminal.error(fr
            ? "conforme : « \(path) » écrit ; décommentez ce que vous voulez changer."
            : "conforme: '\(path)' written; uncomment what you want to change.")
    }
}
