import ArgumentParser
import ConformeKit
import Foundation

/// `conforme schema`: the JSON Schema of the manifest, derived from a rule set, for editors
/// (completion and checking as one types) and for other tools.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Affiche le schéma JSON (draft 2020-12) du manifeste, dérivé du jeu de règles.",
        discussion: """
            Le schéma couvre ce que JSON Schema sait dire (types, champs requis, valeurs permises, \
            motifs, longueurs, bornes, clés permises, conditions « when ») ; les vérifications \
            qu'il ne sait pas exprimer sont listées dans sa description. « conforme check » reste \
            la référence.
            """)

    @Option(help: ArgumentHelp("Jeu de règles (par défaut : celui de la promotion la plus récente, intégré à conforme).", valueName: "FICHIER"))
    var rules: String?

    @Option(help: ArgumentHelp("Promotion EIG dont prendre le jeu de règles intégré (ignoré avec --rules).", valueName: "N"))
    var promotion: Int?

    @Option(help: "Langue des messages d'erreur : fr ou en.")
    var lang: Language?

    func validate() throws {
        if let promotion, rules == nil, !RuleSetCatalog.embedded.promotions.contains(promotion) {
            let known = RuleSetCatalog.embedded.promotions.map(String.init).joined(separator: ", ")
            throw ValidationError("--promotion \(promotion) : aucun jeu de règles intégré pour cette promotion (connues : \(known)).")
        }
    }

    func run() throws {
        let messages = CLIMessages(language: LanguageChoice.resolve(lang))
        let ruleSet = try rules.map { try RuleFile.load($0, messages: messages) }
            ?? RuleSetCatalog.embedded.ruleSet(forPromotion: promotion)
        Terminal.output(ManifestSchema(ruleSet: ruleSet).text)
    }
}
