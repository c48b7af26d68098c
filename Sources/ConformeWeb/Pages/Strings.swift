import ConformeKit

/// Every sentence of the pages, in French and English, in one table: a new page adds its
/// words here, so both languages stay side by side.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The other language, for the switch.
    public var other: Language { language == .fr ? .en : .fr }

    // MARK: Shell

    public var siteName: String { pick("conforme — vérification des propositions EIG", "conforme — EIG proposal checker") }
    public var skipLink: String { pick("Aller au contenu", "Skip to content") }
    public var switchLanguage: String { pick("English", "Français") }
    public var switchLanguageLabel: String { pick("Read this page in English", "Lire cette page en français") }
    public var mainNavigation: String { pick("Navigation principale", "Main navigation") }
    public var navCheck: String { pick("Vérifier", "Check") }
    public var navRules: String { pick("Les règles", "The rules") }
    public var navTemplate: String { pick("Modèle de proposition", "Proposal template") }
    public var footerPrivacy: String {
        pick("Rien de ce que vous soumettez n'est conservé, journalisé ni transmis : le texte est vérifié en mémoire puis oublié. Aucun cookie. Aucune ressource tierce : cette page ne charge rien d'ailleurs.",
            "Nothing you submit is stored, logged or sent anywhere: the text is checked in memory, then forgotten. No cookie. No third-party resource: this page loads nothing from elsewhere.")
    }
    public var footerScope: String {
        pick("conforme vérifie la forme et la complétude d'une proposition au regard du règlement du programme EIG ; il ne préjuge pas de la sélection du projet.",
            "conforme checks the form and completeness of a proposal against the EIG programme's rules; it does not predict whether the project will be selected.")
    }
    public var footerAPI: String { pick("API et son contrat OpenAPI", "API and its OpenAPI contract") }

    // MARK: Home

    public var homeTitle: String { pick("Vérifier une proposition de mission EIG", "Check an EIG mission proposal") }
    public var homeIntro: String {
        pick("Avant de déposer votre dossier sur Démarches Simplifiées, vérifiez que votre proposition de mission au programme Entrepreneur·es d'intérêt général (DINUM) respecte son règlement.",
            "Before you submit your application on Démarches Simplifiées, check that your mission proposal to the Entrepreneur·es d'intérêt général programme (DINUM) follows its rules.")
    }
    public var homeHow: String {
        pick("Collez votre proposition (fichier YAML) ou choisissez le fichier, puis « Vérifier ». Chaque point à corriger est signalé à sa ligne, avec ce qui ne va pas, comment le corriger et l'article du règlement qui l'exige.",
            "Paste your proposal (a YAML file) or choose the file, then “Check”. Each point to fix is shown at its line, with what is wrong, how to fix it and the article of the rules that requires it.")
    }
    public var homeNoFile: String { pick("Pas encore de fichier ? Partez du modèle :", "No file yet? Start from the template:") }
    public var templateLancement: String { pick("mission de lancement", "launch mission") }
    public var templateInternalisation: String { pick("mission d'internalisation", "internalisation mission") }
    public var homeRulesLink: String { pick("Voir toutes les règles vérifiées", "See every rule that is checked") }

    // MARK: Form

    public var formHeading: String { pick("Votre proposition", "Your proposal") }
    public var againHeading: String { pick("Modifier et vérifier à nouveau", "Edit and check again") }
    public var manifestLabel: String { pick("Texte de la proposition (YAML)", "Proposal text (YAML)") }
    public var manifestHint: String {
        pick("Collez ici le contenu du fichier. Il n'est pas conservé.", "Paste the file's content here. It is not kept.")
    }
    public var fileLabel: String { pick("Ou choisissez un fichier", "Or choose a file") }
    public var fileHint: String {
        pick("Formats acceptés : .yml, .yaml, ou .md avec un en-tête YAML. 1 Mio au plus. Le fichier remplace le texte collé.",
            "Accepted: .yml, .yaml, or .md with YAML front matter. 1 MiB at most. The file replaces the pasted text.")
    }
    public var dateLabel: String { pick("Date d'évaluation (facultatif)", "Evaluation date (optional)") }
    public var dateHint: String {
        pick("Format AAAA-MM-JJ. Par défaut : aujourd'hui. Les règles de délai se calculent à cette date.",
            "Format YYYY-MM-DD. Default: today. Deadline rules are computed at this date.")
    }
    public var submit: String { pick("Vérifier", "Check") }
    public var liveHeading: String { pick("Aperçu en direct", "Live preview") }
    public var liveHint: String {
        pick("L'aperçu se met à jour pendant la saisie ; « Vérifier » donne le détail complet.",
            "The preview updates as you type; “Check” gives the full details.")
    }

    // MARK: Form errors

    public var problemHeading: String { pick("Il y a un problème", "There is a problem") }
    public var nothingSubmitted: String {
        pick("Collez le texte de votre proposition ou choisissez un fichier.", "Paste your proposal's text or choose a file.")
    }
    public func invalidDate(_ value: String) -> String {
        pick("La date « \(value) » n'est pas une date valide au format AAAA-MM-JJ.",
            "The date “\(value)” is not a valid date in the format YYYY-MM-DD.")
    }
    public func tooLarge(_ limit: Int) -> String {
        pick("Le texte dépasse la taille maximale de \(limit) octets.", "The text is larger than the \(limit)-byte limit.")
    }
    public var notText: String {
        pick("Le fichier n'est pas un texte en UTF-8 : enregistrez-le en UTF-8 puis réessayez.",
            "The file is not UTF-8 text: save it as UTF-8 and try again.")
    }

    // MARK: Result

    public var resultTitle: String { pick("Résultat de la vérification", "Check result") }
    public func resultMeta(ruleSet: String, version: String, today: String) -> String {
        pick("Règlement \(ruleSet), version \(version) ; vérification à la date du \(today).",
            "Rule set \(ruleSet), version \(version); checked as of \(today).")
    }
    public var summaryHeading: String { pick("Points relevés", "Findings") }
    public var detailsHeading: String { pick("Détail, par thème du règlement", "Details, by theme of the rules") }
    public var sourceHeading: String { pick("Votre texte, ligne par ligne", "Your text, line by line") }
    public var sourceHint: String {
        pick("Les lignes signalées portent la mention « constat » avec un lien vers son détail.",
            "Flagged lines carry the word “finding” with a link to its details.")
    }
    public func line(_ n: Int) -> String { pick("ligne \(n)", "line \(n)") }
    public func lineColumn(_ line: Int, _ column: Int) -> String {
        pick("ligne \(line), colonne \(column)", "line \(line), column \(column)")
    }
    public func excerptLabel(_ n: Int) -> String { pick("Ligne \(n) de votre texte", "Line \(n) of your text") }
    public var fix: String { pick("Comment corriger :", "How to fix:") }
    public var suggested: String { pick("Correction proposée :", "Suggested fix:") }
    public var why: String { pick("Pourquoi :", "Why:") }
    public var reference: String { pick("Référence :", "Reference:") }
    public var waived: String { pick("dérogation accordée", "waived") }
    public var waiverRequested: String { pick("Dérogation demandée :", "Waiver requested:") }
    public var ruleLink: String { pick("la règle", "the rule") }
    public func findingMarker(_ n: Int) -> String { pick("constat \(n)", "finding \(n)") }
    public var goToLine: String { pick("voir la ligne", "see the line") }
    public var backToFinding: String { pick("retour au constat", "back to the finding") }
    public var downloadHeading: String { pick("Joindre le rapport au dossier", "Attach the report to the application") }
    public var downloadHint: String {
        pick("Le rapport HTML est un fichier autonome, le même que « conforme check --format html ».",
            "The HTML report is a self-contained file, the same as “conforme check --format html”.")
    }
    public var download: String { pick("Télécharger le rapport HTML", "Download the HTML report") }
    public var noFindings: String { pick("Aucun point relevé.", "No findings.") }

    // MARK: Rules

    public var rulesTitle: String { pick("Les règles vérifiées", "The rules that are checked") }
    public var rulesIntro: String {
        pick("Chaque règle vient d'un article du règlement du programme EIG. Une erreur signifie que le règlement l'exige ; un avertissement, qu'il le recommande.",
            "Each rule comes from an article of the EIG programme's rules. An error means the rules require it; a warning, that they recommend it.")
    }
    public func promotionHeading(_ n: Int) -> String { pick("Promotion EIG \(n)", "EIG promotion \(n)") }
    public func ruleSetVersion(_ id: String, _ version: String) -> String {
        pick("Jeu de règles \(id), version \(version)", "Rule set \(id), version \(version)")
    }
    public var severityLabel: String { pick("Gravité", "Severity") }
    public var waivableLabel: String { pick("Dérogeable", "Waivable") }
    public var yes: String { pick("oui", "yes") }
    public var no: String { pick("non", "no") }
    public var appliesLabel: String { pick("S'applique", "Applies") }
    public var always: String { pick("toujours", "always") }
    public var checksLabel: String { pick("Ce qu'elle vérifie", "What it checks") }
    public var sourceLabel: String { pick("Source", "Source") }
    public var builtinNote: String {
        pick("Constat de conforme lui-même (lecture du fichier), sans règle dans le jeu de règles.",
            "A finding of conforme itself (reading the file), with no rule in the rule set.")
    }
    public var passingExamples: String { pick("Exemples conformes", "Passing examples") }
    public var failingExamples: String { pick("Exemples non conformes", "Failing examples") }
    public func exampleLabel(_ n: Int) -> String { pick("Exemple \(n)", "Example \(n)") }
    public var allRules: String { pick("Toutes les règles", "All the rules") }

    // MARK: Errors

    public var notFoundTitle: String { pick("Page introuvable", "Page not found") }
    public var notFoundText: String {
        pick("Cette adresse ne correspond à aucune page. Revenez à l'accueil pour vérifier une proposition.",
            "This address matches no page. Go back home to check a proposal.")
    }
    public var busyTitle: String { pick("Service momentanément occupé", "Service busy for a moment") }
    public var busyText: String {
        pick("Trop de vérifications sont en cours. Réessayez dans quelques secondes : votre texte n'a pas été conservé, revenez en arrière pour le retrouver.",
            "Too many checks are running. Try again in a few seconds: your text was not kept, go back to find it.")
    }
    public var home: String { pick("Retour à l'accueil", "Back home") }
}
