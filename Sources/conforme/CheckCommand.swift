import ArgumentParser
import ConformeKit
import Foundation
import YAMLTree

/// `conforme check PATH…`: the default command.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Vérifie des propositions (fichiers, dossiers, ou - pour l'entrée standard).",
        discussion: """
            Codes de sortie : 0 tout est conforme ; 1 au moins un constat au seuil de --fail-on ;
            2 la vérification n'a pas pu se faire (usage, chemin illisible, règles invalides).
            Options par défaut : le fichier .conforme.yml du dossier courant ou d'un dossier
            parent (jusqu'à la racine du dépôt) ; une option de la ligne de commande l'emporte.
            """)

    @Argument(help: "Fichiers .yml/.yaml/.md, dossiers (parcourus récursivement), ou - (entrée standard).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Jeu de règles à utiliser (par défaut : celui de la promotion du manifeste, fourni avec conforme).", valueName: "FICHIER"))
    var rules: String?

    @Option(name: .customLong("format"), help: ArgumentHelp("Format de rapport, répétable : text, json, sarif, junit, github, gitlab, markdown, html ; FORMAT:FICHIER écrit dans un fichier.", valueName: "FORMAT[:FICHIER]"))
    var formats: [String] = []

    @Option(help: "Seuil de sortie en échec : error, warning ou info (défaut error).")
    var failOn: Severity?

    @Option(help: "Langue des messages : fr ou en (par défaut fr, ou en si LANG commence par en).")
    var lang: Language?

    @Option(help: ArgumentHelp("Date d'évaluation (par défaut : aujourd'hui).", valueName: "AAAA-MM-JJ"))
    var today: String?

    @Flag(help: "Texte : n'affiche que les constats qui font échouer.")
    var quiet = CheckInvocation().quiet

    @Option(help: "Fichiers vérifiés en parallèle (par défaut : le nombre de cœurs).")
    var jobs: Int?

    @Option(name: .customLong("max-files"), help: "Nombre maximal de fichiers vérifiés en une fois (défaut 10 000).")
    var maxFiles: Int?

    @OptionGroup var limits: LimitOptions

    @Option(help: ArgumentHelp("Fichier de configuration à utiliser au lieu du .conforme.yml trouvé.", valueName: "FICHIER"))
    var config: String?

    @Flag(help: "Ignore tout fichier .conforme.yml.")
    var noConfig = false

    @Option(help: "SARIF : dérogations gardées avec une suppression (suppress, défaut), omises (omit) ou en notes (note).")
    var sarifWaivers: SARIFWaiverMode?

    @Option(help: "Markdown : nombre maximal de constats listés par tableau (défaut 50).")
    var markdownMaxFindings: Int?

    @Option(help: "Markdown : taille maximale du rapport, en octets (défaut 60 000, pour un commentaire de PR).")
    var markdownMaxChars: Int?

    @Flag(help: "Un fichier .md nommé sans en-tête YAML est ignoré, comme lors du parcours d'un dossier (hook pre-commit).")
    var skipMarkdownWithoutFrontMatter = false

    /// The parsed options as plain values: what `run` works from, whichever way they were read.
    var invocation: CheckInvocation {
        CheckInvocation(
            paths: paths, rules: rules, formats: formats, failOn: failOn, lang: lang, today: today,
            quiet: quiet, jobs: jobs, maxFiles: maxFiles, limits: limits.values, config: config,
            noConfig: noConfig, sarifWaivers: sarifWaivers, markdownMaxFindings: markdownMaxFindings,
            markdownMaxChars: markdownMaxChars, skipMarkdownWithoutFrontMatter: skipMarkdownWithoutFrontMatter)
    }

    func validate() throws { try invocation.validate() }

    func run() throws { try invocation.run() }
}

extension Severity: ExpressibleByArgument {}
extension SARIFWaiverMode: ExpressibleByArgument {}
