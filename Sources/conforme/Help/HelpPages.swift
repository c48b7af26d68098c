import ConformeKit
import YAMLTree

/// Every command's help, in French and in English (see `HelpPage`).
enum HelpPages {
    static let all: [HelpPage] = [
        root, check, rules, rulesList, rulesExplain, rulesValidate, rulesDocs, inspect, initPage, importPage, schema,
    ]

    /// The words that may follow `conforme` as a command (HelpAndErrorsTests checks them
    /// against the pages).
    static let commandWords: Set<String> = ["check", "rules", "inspect", "init", "import", "schema", "help"]

    /// Options followed by a value: the help request reader skips that value.
    static func takesValue(_ option: String) -> Bool {
        !["--help", "-h", "--version", "--quiet", "--json", "--no-config", "--skip-markdown-without-front-matter"].contains(option)
    }

    private typealias Entry = HelpPage.Entry

    private static let exitCodes = LocalizedText(
        fr: "Codes de sortie : 0 tout est conforme ; 1 au moins un constat au seuil de --fail-on ; 2 la vérification n'a pas pu se faire (usage, chemin illisible, règles invalides).",
        en: "Exit codes: 0 everything passes; 1 at least one finding at the --fail-on threshold; 2 the check could not be done (usage, unreadable path, invalid rules).")

    private static let lang = Entry("--lang <fr|en>",
        "Langue des messages et de l'aide : fr ou en (par défaut fr, ou en si LC_ALL, LC_MESSAGES ou LANG commence par en).",
        "Language of messages and help: fr or en (default fr, or en when LC_ALL, LC_MESSAGES or LANG starts with en).")

    private static let ruleSetOption = Entry("--rules <FICHIER>", "--rules <FILE>",
        "Jeu de règles à lire (par défaut : celui de la promotion la plus récente, fourni avec conforme).",
        "Rule set to read (default: the latest promotion's, shipped with conforme).")

    private static let limits: [Entry] = [
        Entry("--max-file-size <N>", "Taille maximale d'un fichier, en octets (par défaut 1 Mio).",
            "Largest file, in bytes (default 1 MiB)."),
        Entry("--max-depth <N>", "Profondeur d'imbrication maximale (par défaut 64).", "Deepest nesting (default 64)."),
        Entry("--max-nodes <N>", "Nombre maximal de nœuds après développement des alias (par défaut 10 000).",
            "Most nodes after alias expansion (default 10,000)."),
        Entry("--max-scalar-length <N>", "Longueur maximale d'une valeur, en octets (par défaut 64 Kio).",
            "Longest value, in bytes (default 64 KiB)."),
        Entry("--max-list-length <N>", "Nombre maximal d'éléments d'une liste parcourue par une vérification (par défaut 1 000).",
            "Most items of a list walked by a check (default 1,000)."),
        Entry("--max-pattern-input <N>", "Longueur maximale d'un texte comparé à un motif, en caractères (par défaut 4 096).",
            "Longest text matched against a pattern, in characters (default 4,096)."),
    ]

    static let root = HelpPage(
        path: [],
        abstract: LocalizedText(
            fr: "Vérifie une proposition de mission EIG (Entrepreneur·es d'intérêt général, DINUM) au regard du règlement du programme.",
            en: "Checks a proposal to the EIG programme (Entrepreneur·es d'intérêt général, DINUM) against the programme's rules."),
        discussion: exitCodes,
        usage: LocalizedText(fr: "<sous-commande>", en: "<subcommand>"),
        subcommands: [
            Entry("check (par défaut)", "check (default)", "Vérifie des propositions (fichiers, dossiers, ou - pour l'entrée standard).",
                "Checks proposals (files, folders, or - for standard input)."),
            Entry("rules", "Consulte, explique, valide et documente les règles.", "Lists, explains, validates and documents the rules."),
            Entry("inspect", "Affiche chaque nœud d'un fichier YAML : chemin, type, valeur, ligne:colonne.",
                "Shows every node of a YAML file: path, type, value, line:column."),
            Entry("init", "Affiche un modèle de proposition à compléter, commenté en français.",
                "Prints a proposal template to fill in, commented in French."),
            Entry("import", "Affiche une proposition commencée à partir d'une fiche produit beta.gouv.fr.",
                "Prints a proposal started from a beta.gouv.fr product file."),
            Entry("schema", "Affiche le schéma JSON (draft 2020-12) du manifeste, dérivé du jeu de règles.",
                "Prints the manifest's JSON Schema (draft 2020-12), derived from the rule set."),
        ])

    static let check = HelpPage(
        path: ["check"],
        abstract: LocalizedText(fr: "Vérifie des propositions (fichiers, dossiers, ou - pour l'entrée standard).",
            en: "Checks proposals (files, folders, or - for standard input)."),
        discussion: exitCodes,
        usage: LocalizedText(fr: "[<options>] [<chemins> ...]", en: "[<options>] [<paths> ...]"),
        arguments: [
            Entry("<chemins>", "<paths>", "Fichiers .yml, .yaml ou .md (avec en-tête YAML), dossiers (parcourus récursivement), ou - (entrée standard). Par défaut : le dossier courant.",
                "Files .yml, .yaml or .md (with YAML front matter), folders (walked recursively), or - (standard input). Default: the current folder."),
        ],
        options: [
            Entry("--rules <FICHIER>", "--rules <FILE>", "Jeu de règles à utiliser (par défaut : celui de la promotion du manifeste, fourni avec conforme).",
                "Rule set to use (default: the one of the manifest's promotion, shipped with conforme)."),
            Entry("--format <FORMAT[:FICHIER]>", "--format <FORMAT[:FILE]>",
                "Format de rapport, répétable : text, json, sarif, junit, github, gitlab, markdown, html ; FORMAT:FICHIER écrit dans un fichier. Par défaut : text.",
                "Report format, repeatable: text, json, sarif, junit, github, gitlab, markdown, html; FORMAT:FILE writes to a file. Default: text."),
            Entry("--fail-on <GRAVITÉ>", "--fail-on <SEVERITY>", "Gravité qui fait échouer : error, warning ou info (par défaut error).",
                "Severity that fails the run: error, warning or info (default error)."),
            lang,
            Entry("--today <AAAA-MM-JJ>", "--today <YYYY-MM-DD>", "Date d'évaluation (par défaut : aujourd'hui), pour des résultats reproductibles.",
                "Evaluation date (default: today), for reproducible results."),
            Entry("--quiet", "Texte : n'affiche que les constats qui font échouer.", "Text: only the findings that fail the run."),
            Entry("--jobs <N>", "Fichiers vérifiés en parallèle (par défaut : le nombre de cœurs).",
                "Files checked in parallel (default: the number of cores)."),
            Entry("--max-files <N>", "Nombre maximal de fichiers vérifiés en une fois (par défaut 10 000).",
                "Most files checked at once (default 10,000)."),
            Entry("--config <FICHIER>", "--config <FILE>", "Fichier de configuration à utiliser au lieu du .conforme.yml trouvé.",
                "Configuration file to use instead of the .conforme.yml found."),
            Entry("--no-config", "Ignore tout fichier .conforme.yml.", "Ignores any .conforme.yml file."),
            Entry("--sarif-waivers <suppress|omit|note>",
                "SARIF : dérogations gardées avec une suppression (suppress, par défaut), omises (omit) ou en notes (note).",
                "SARIF: waived findings kept with a suppression (suppress, default), left out (omit) or as notes (note)."),
            Entry("--markdown-max-findings <N>", "Markdown : nombre maximal de constats listés par tableau (par défaut 50).",
                "Markdown: most findings listed per table (default 50)."),
            Entry("--markdown-max-chars <N>", "Markdown : taille maximale du rapport, en octets (par défaut 60 000, pour un commentaire de PR).",
                "Markdown: largest report, in bytes (default 60,000, for a PR comment)."),
            Entry("--skip-markdown-without-front-matter",
                "Un fichier .md nommé sans en-tête YAML est ignoré, comme lors du parcours d'un dossier (hook pre-commit).",
                "A named .md file without YAML front matter is skipped, as in a folder walk (pre-commit hook)."),
        ] + limits)

    static let rules = HelpPage(
        path: ["rules"],
        abstract: LocalizedText(fr: "Consulte, explique, valide et documente les règles.", en: "Lists, explains, validates and documents the rules."),
        usage: LocalizedText(fr: "<sous-commande>", en: "<subcommand>"),
        subcommands: [
            Entry("list", "Liste les règles par catégorie : identifiant, gravité, dérogeable, titre.",
                "Lists the rules by category: id, severity, waivable, title."),
            Entry("explain", "Explique une règle : quand elle s'applique, ce qu'elle vérifie, pourquoi, avec ses exemples.",
                "Explains a rule: when it applies, what it checks, why, with its examples."),
            Entry("validate", "Valide des fichiers de règles : langage, expressions régulières, exemples.",
                "Validates rule files: language, regular expressions, examples."),
            Entry("docs", "Écrit sur la sortie standard une page Markdown documentant chaque règle.",
                "Writes a Markdown page documenting every rule to standard output."),
        ])

    static let rulesList = HelpPage(
        path: ["rules", "list"],
        abstract: LocalizedText(fr: "Liste les règles par catégorie : identifiant, gravité, dérogeable, titre.",
            en: "Lists the rules by category: id, severity, waivable, title."),
        usage: LocalizedText(fr: "[<options>]", en: "[<options>]"),
        options: [
            ruleSetOption, lang,
            Entry("--format <text|json>", "Format : text (colonnes alignées) ou json (par défaut text).",
                "Format: text (aligned columns) or json (default text)."),
        ])

    static let rulesExplain = HelpPage(
        path: ["rules", "explain"],
        abstract: LocalizedText(fr: "Explique une règle : quand elle s'applique, ce qu'elle vérifie, pourquoi, avec ses exemples.",
            en: "Explains a rule: when it applies, what it checks, why, with its examples."),
        usage: LocalizedText(fr: "<ID> [<options>]", en: "<ID> [<options>]"),
        arguments: [Entry("<ID>", "Identifiant de la règle, par exemple transparence.licence.", "The rule's id, for example transparence.licence.")],
        options: [ruleSetOption, lang])

    static let rulesValidate = HelpPage(
        path: ["rules", "validate"],
        abstract: LocalizedText(fr: "Valide des fichiers de règles : langage, expressions régulières, exemples.",
            en: "Validates rule files: language, regular expressions, examples."),
        discussion: LocalizedText(
            fr: "Signale chaque problème à fichier:ligne:colonne sur la sortie d'erreur : clé ou vérification inconnue, chemin invalide, motif sans description, expression régulière exposée à un retour arrière catastrophique, exemple qui ne se comporte pas comme déclaré (chaque exemple est évalué contre sa seule règle, au \(RuleExamples.today)). Code de sortie 2 s'il y a un problème, 0 sinon.",
            en: "Reports every problem at file:line:column on standard error: unknown key or check, invalid path, pattern without a description, regular expression prone to catastrophic backtracking, example that does not behave as declared (each example is evaluated against its rule alone, on \(RuleExamples.today)). Exit code 2 when there is a problem, 0 otherwise."),
        usage: LocalizedText(fr: "<FICHIER> ... [<options>]", en: "<FILE> ... [<options>]"),
        arguments: [Entry("<FICHIER>", "<FILE>", "Fichiers de règles (.yml).", "Rule files (.yml).")],
        options: [lang])

    static let rulesDocs = HelpPage(
        path: ["rules", "docs"],
        abstract: LocalizedText(fr: "Écrit sur la sortie standard une page Markdown documentant chaque règle.",
            en: "Writes a Markdown page documenting every rule to standard output."),
        discussion: LocalizedText(fr: "scripts/generate-docs s'en sert pour docs/rules/.", en: "scripts/generate-docs uses it for docs/rules/."),
        usage: LocalizedText(fr: "[<options>]", en: "[<options>]"),
        options: [ruleSetOption, lang])

    static let inspect = HelpPage(
        path: ["inspect"],
        abstract: LocalizedText(fr: "Affiche chaque nœud d'un fichier YAML : chemin, type, valeur, ligne:colonne.",
            en: "Shows every node of a YAML file: path, type, value, line:column."),
        usage: LocalizedText(fr: "<fichier> [<options>]", en: "<file> [<options>]"),
        arguments: [Entry("<fichier>", "<file>", "Fichier à inspecter (.yml, .yaml, .md avec en-tête YAML) ou - pour l'entrée standard.",
            "File to inspect (.yml, .yaml, .md with YAML front matter) or - for standard input.")],
        options: [Entry("--json", "Affiche le document en JSON.", "Prints the document as JSON."), lang] + limits)

    static let initPage = HelpPage(
        path: ["init"],
        abstract: LocalizedText(fr: "Affiche un modèle de proposition à compléter, commenté en français.",
            en: "Prints a proposal template to fill in, commented in French."),
        discussion: LocalizedText(fr: "Le modèle est écrit sur la sortie standard, jamais dans un fichier : conforme init > proposition.yml",
            en: "The template goes to standard output, never to a file: conforme init > proposition.yml. It stays in French, the language of the dossier."),
        usage: LocalizedText(fr: "[<options>]", en: "[<options>]"),
        options: [
            Entry("--type <lancement|internalisation>", "Type de mission (par défaut lancement).", "Mission type (default lancement)."),
            Entry("--promotion <N>", "Promotion EIG (7 : règlement 2024, la seule ouverte).", "EIG promotion (7: 2024 rules, the only one open)."),
            Entry("--config", "Écrit un fichier de configuration .conforme.yml commenté dans le dossier courant (jamais par-dessus un fichier existant).",
                "Writes a commented .conforme.yml configuration file in the current folder (never over an existing file)."),
            lang,
        ])

    static let importPage = HelpPage(
        path: ["import"],
        abstract: LocalizedText(fr: "Affiche une proposition commencée à partir d'une fiche produit beta.gouv.fr.",
            en: "Prints a proposal started from a beta.gouv.fr product file."),
        discussion: LocalizedText(
            fr: "Reprend de la fiche produit le nom, l'adresse de la fiche, la phase et son historique, l'incubateur, le dépôt de code, les pages de statistiques et de budget, le statut d'accessibilité ; et du fichier de l'organisation sponsor le nom, le sigle et le type de l'administration. Le reste est « À COMPLÉTER ». Les valeurs inutilisables sont signalées sur la sortie d'erreur, jamais devinées : conforme import fiche.md > proposition.yml",
            en: "Takes from the product file the name, the file's address, the phase and its history, the incubator, the code repository, the statistics and budget pages, the accessibility status; and from the sponsor organisation's file the administration's name, acronym and type. The rest is « À COMPLÉTER ». Values it cannot use are reported on standard error, never guessed: conforme import fiche.md > proposition.yml"),
        usage: LocalizedText(fr: "<FICHE> [<options>]", en: "<FILE> [<options>]"),
        arguments: [Entry("<FICHE>", "<FILE>", "Fiche produit beta.gouv.fr (ID.md, avec en-tête YAML).",
            "beta.gouv.fr product file (ID.md, with YAML front matter).")],
        options: [
            Entry("--organisations <DOSSIER>", "--organisations <FOLDER>",
                "Dossier des fichiers d'organisation (par défaut : ../_organisations ou ../organisations à côté de la fiche).",
                "Folder of the organisation files (default: ../_organisations or ../organisations beside the product file)."),
            Entry("--type <lancement|internalisation>",
                "Type de mission (par défaut : internalisation pour un produit en accélération, lancement sinon).",
                "Mission type (default: internalisation for a product in acceleration, lancement otherwise)."),
            lang,
        ])

    static let schema = HelpPage(
        path: ["schema"],
        abstract: LocalizedText(fr: "Affiche le schéma JSON (draft 2020-12) du manifeste, dérivé du jeu de règles.",
            en: "Prints the manifest's JSON Schema (draft 2020-12), derived from the rule set."),
        discussion: LocalizedText(
            fr: "Le schéma couvre ce que JSON Schema sait dire (types, champs requis, valeurs permises, motifs, longueurs, bornes, clés permises, conditions « when ») ; les vérifications qu'il ne sait pas exprimer sont listées dans sa description. « conforme check » reste la référence.",
            en: "The schema covers what JSON Schema can say (types, required fields, allowed values, patterns, lengths, bounds, allowed keys, 'when' conditions); the checks it cannot express are listed in its description. 'conforme check' remains the reference."),
        usage: LocalizedText(fr: "[<options>]", en: "[<options>]"),
        options: [
            Entry("--rules <FICHIER>", "--rules <FILE>", "Jeu de règles (par défaut : celui de la promotion la plus récente, intégré à conforme).",
                "Rule set (default: the latest promotion's, built into conforme)."),
            Entry("--promotion <N>", "Promotion EIG dont prendre le jeu de règles intégré (ignoré avec --rules).",
                "EIG promotion whose built-in rule set to take (ignored with --rules)."),
            lang,
        ])
}
