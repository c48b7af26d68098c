import ArgumentParser
import ConformeKit
import Foundation
import YAMLTree

/// `conforme import FICHE.md`: prints a proposal started from a beta.gouv.fr product file, with
/// every fact it and its sponsor's organisation file hold already filled in. Like `init`, it
/// prints rather than writes: `conforme import fiche.md > proposition.yml`. Notes about values it
/// could not use go to standard error, located, compiler-style.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Affiche une proposition commencée à partir d'une fiche produit beta.gouv.fr.",
        discussion: """
            Reprend de la fiche produit (content/_startups/ID.md) le nom, l'adresse de la fiche, \
            la phase et son historique, l'incubateur, le dépôt de code, les pages de statistiques \
            et de budget, le statut d'accessibilité ; et du fichier de l'organisation sponsor \
            (content/_organisations/ID.md) le nom, le sigle et le type de l'administration. Le \
            reste est « À COMPLÉTER ». Les valeurs inutilisables sont signalées, jamais devinées.
            """)

    @Argument(help: ArgumentHelp("Fiche produit beta.gouv.fr (ID.md, avec en-tête YAML).", valueName: "FICHE"))
    var file: String

    @Option(help: ArgumentHelp(
        "Dossier des fichiers d'organisation (par défaut : ../_organisations ou ../organisations à côté de la fiche).",
        valueName: "DOSSIER"))
    var organisations: String?

    @Option(name: .customLong("type"), help: "Type de mission : lancement ou internalisation (par défaut : internalisation pour un produit en accélération, lancement sinon).")
    var missionType: ProposalTemplate.MissionType?

    @Option(help: "Langue des messages : fr ou en.")
    var lang: Language?

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        let limit = ParseLimits.default.maxFileSize
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file, limit: limit)
        } catch .unreadable(let path, let reason) {
            Terminal.error(CLIMessages(language: language).unreadable(path, reason))
            throw ExitCode(2)
        }
        let folders = organisationFolders()
        let outcome = ProductImport.run(product: bytes, path: file, type: missionType) { id in
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent("\(id).md")
                if let bytes = try? InputFile.read(path, limit: limit), bytes.count <= limit {
                    return ProductImport.OrganisationSource(bytes: bytes, path: path)
                }
            }
            return nil
        }
        for note in outcome.notes { Terminal.error(note.line(language)) }
        guard let manifest = outcome.manifest else { throw ExitCode(2) }
        Terminal.output(manifest)
    }

    /// Where organisation files are looked for: the option, or the beta.gouv.fr repository's
    /// layout next to the product file (`content/_startups/` beside `content/_organisations/`).
    private func organisationFolders() -> [String] {
        if let organisations { return [organisations] }
        let parent = ((file as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        let base = parent.isEmpty ? ".." : parent
        return ["_organisations", "organisations"].map { (base as NSString).appendingPathComponent($0) }
    }
}
