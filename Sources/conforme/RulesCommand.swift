import ArgumentParser
import ConformeKit
import Foundation

/// `conforme rules`: for administrations who want to know what a rule asks, and for the
/// authors of rule sets (list, explain, validate, docs).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Consulte, explique, valide et documente les règles.",
        subcommands: [List.self, Explain.self, Validate.self, Docs.self])

    /// `--rules FILE` and `--lang`, shared by the subcommands that read one rule set.
    struct RuleSetOptions: ParsableArguments {
        @Option(help: ArgumentHelp("Jeu de règles à lire (par défaut : celui de la promotion la plus récente, fourni avec conforme).", valueName: "FICHIER"))
        var rules: String?

        @Option(help: "Langue : fr ou en (par défaut fr, ou en si LANG commence par en).")
        var lang: Language?

        var language: Language { LanguageChoice.resolve(lang) }

        func ruleSet() throws -> RuleSet {
            try rules.map { try RuleFile.load($0, messages: CLIMessages(language: language)) }
                ?? RuleSetCatalog.embedded.ruleSet(forPromotion: nil)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            // Spelled out: the default derives it with String(describing: Self.self), a runtime
            // conformance scan costing ~1.5M instructions per command at every start.
            commandName: "list",
            abstract: "Liste les règles par catégorie : identifiant, gravité, dérogeable, titre.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var options: RuleSetOptions

        @Option(help: "Format : text (colonnes alignées) ou json.")
        var format: Format = .text

        func run() throws {
            let ruleSet = try options.ruleSet()
            switch format {
            case .text: Terminal.output(safeForLogs(RuleListing.text(ruleSet, language: options.language)))
            case .json: Terminal.output(RuleListing.json(ruleSet, language: options.language))
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explique une règle : quand elle s'applique, ce qu'elle vérifie, pourquoi, avec ses exemples.")

        @Argument(help: ArgumentHelp("Identifiant de la règle, par exemple transparence.licence.", valueName: "ID"))
        var id: String

        @OptionGroup var options: RuleSetOptions

        func run() throws {
            let ruleSet = try options.ruleSet()
            let messages = CLIMessages(language: options.language)
            guard let explanation = ruleSet.explanation(of: id) else {
                Terminal.error(messages.unknownRule(id, closest: ruleSet.closestRuleIDs(to: id)))
                throw ExitCode(2)
            }
            Terminal.output(safeForLogs(ExplanationText.render(explanation, language: options.language)))
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Valide des fichiers de règles (langage, expressions régulières, exemples) et de formulaire (.form.yml).",
            discussion: """
                Signale chaque problème à fichier:ligne:colonne sur la sortie d'erreur : clé ou \
                vérification inconnue, chemin invalide, expression régulière exposée à un retour \
                arrière catastrophique, exemple qui ne se comporte pas comme déclaré (chaque \
                exemple est évalué contre sa seule règle, au \(RuleExamples.today)). Code de \
                sortie 2 s'il y a un problème, 0 sinon. Un fichier de formulaire (eig-7.form.yml) \
                est validé contre les règles qu'il nomme : chaque chemin existe, chaque champ \
                vérifié par les règles a sa section.
                """)

        @Argument(help: ArgumentHelp("Fichiers de règles (.yml).", valueName: "FICHIER"))
        var files: [String]

        @Option(help: "Langue : fr ou en (par défaut fr, ou en si LANG commence par en).")
        var lang: Language?

        func run() throws {
            let language = LanguageChoice.resolve(lang)
            var failed = false
            let read: (String) -> [UInt8]? = { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
            for file in files {
                // A form file (eig-N.form.yml) or a rule set: the same report either way.
                let problems: [RuleSetProblem]
                let confirmation: String
                let refusal: String
                if FormValidation.isFormFile(file) {
                    let validation = FormValidation.validate(path: file, read: read)
                    (problems, confirmation, refusal) = (validation.problems, validation.confirmation(language), validation.failureSummary(language))
                } else {
                    let validation = RuleSetValidation.validate(path: file, read: read)
                    (problems, confirmation, refusal) = (validation.problems, validation.confirmation(language), validation.failureSummary(language))
                }
                if problems.isEmpty {
                    Terminal.output(confirmation + "\n")
                } else {
                    failed = true
                    for problem in problems { Terminal.error(problem.text(language)) }
                    Terminal.error(refusal)
                }
            }
            if failed { throw ExitCode(2) }
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "docs",
            abstract: "Écrit sur la sortie standard une page Markdown documentant chaque règle.",
            discussion: "scripts/generate-docs s'en sert pour docs/rules/.")

        @OptionGroup var options: RuleSetOptions

        func run() throws {
            // A rule file's texts are shown, never acted on by the terminal (VisibleText.swift).
            Terminal.output(safeForLogs(RulesDocumentation.render(try options.ruleSet(), language: options.language)))
        }
    }
}
