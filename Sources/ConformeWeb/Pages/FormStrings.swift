import ConformeKit

/// The words of « Remplir en ligne » (`/remplir`), beside the other pages' in `Strings`.
extension Strings {
    public var navFill: String { pick("Remplir en ligne", "Fill in online") }
    public var homeFillLink: String {
        pick("Pas à l'aise avec le YAML ? Remplissez votre proposition en ligne, partie par partie",
            "Not at ease with YAML? Fill in your proposal online, part by part")
    }

    public var fillIntro: String {
        pick("Remplissez le dossier partie par partie. « Vérifier » contrôle ce que vous avez saisi avec les règles du programme et signale chaque point à régler à côté de son champ. Rien n'est conservé sur le serveur : tout ce que vous saisissez reste dans cette page ; téléchargez le manifeste pour le garder.",
            "Fill in the application part by part. “Check” checks what you entered against the programme's rules and shows each point to settle next to its field. Nothing is kept on the server: what you enter stays in this page; download the manifest to keep it.")
    }
    /// A finding at a commitment's checkbox (see `FormContext.message(of:at:)`).
    public func tickCommitment(required: Bool) -> String {
        required
            ? pick("Cochez la case : le règlement demande cet engagement à l'administration.",
                "Tick the box: the règlement asks the administration for this commitment.")
            : pick("Cochez la case si l'administration prend cet engagement : il est recommandé.",
                "Tick the box if the administration makes this commitment: it is recommended.")
    }
    public func fillOtherPromotion(_ n: Int) -> String { pick("Formulaire de la promotion EIG \(n)", "Form of EIG promotion \(n)") }

    // MARK: In and out

    public var startLink: String {
        pick("Vous avez déjà votre fiche beta.gouv.fr ou un manifeste ? Partez d'un fichier",
            "Already have your beta.gouv.fr product file or a manifest? Start from a file")
    }
    public var startHeading: String { pick("Partir d'un fichier", "Start from a file") }
    public var productHeading: String { pick("Partir de ma fiche beta.gouv.fr", "Start from my beta.gouv.fr product file") }
    public var productLabel: String { pick("Fiche produit (content/_startups/ID.md)", "Product file (content/_startups/ID.md)") }
    public var organisationLabel: String {
        pick("Fichier de l'organisation sponsor (facultatif, content/_organisations/ID.md)",
            "Sponsor organisation file (optional, content/_organisations/ID.md)")
    }
    public var productHint: String {
        pick("Le nom, la phase et son historique, l'incubateur, le dépôt, les pages de statistiques et de budget, l'accessibilité ; l'administration d'après le fichier de l'organisation. Le formulaire part de ces valeurs : vérifiez-les.",
            "The name, the phase and its history, the incubator, the repository, the statistics and budget pages, accessibility; the administration from the organisation file. The form starts from these values: check them.")
    }
    public var productSubmit: String { pick("Partir de ma fiche", "Start from my product file") }
    public var manifestFileHeading: String { pick("Charger un manifeste", "Load a manifest") }
    public var manifestFileLabel: String { pick("Manifeste (.yml, .yaml)", "Manifest (.yml, .yaml)") }
    public var manifestFileHint: String {
        pick("Une proposition déjà écrite (par exemple téléchargée ici même) : le formulaire la reprend pour continuer.",
            "A proposal already written (for example downloaded here): the form takes it up to go on.")
    }
    public var manifestFileSubmit: String { pick("Charger", "Load") }
    public var chooseFile: String { pick("Choisissez un fichier.", "Choose a file.") }

    public func loaded(_ name: String, filled: Int) -> String {
        pick("« \(name) » chargé : \(Words.count(filled, "champ rempli", "champs remplis", .fr)).",
            "“\(name)” loaded: \(Words.count(filled, "field filled", "fields filled", .en)).")
    }
    public func unplaced(_ names: [String]) -> String {
        pick("Non placé dans le formulaire (gardé tel quel dans le manifeste téléchargé) : \(names.joined(separator: ", ")).",
            "Not placed in the form (kept as it is in the downloaded manifest): \(names.joined(separator: ", ")).")
    }
    public func unreadableFile(_ name: String) -> String {
        pick("« \(name) » n'est pas un YAML lisible : la page « Vérifier » montre chaque problème à sa ligne.",
            "“\(name)” is not readable YAML: the “Check” page shows each problem at its line.")
    }
    public func imported(_ name: String, filled: Int) -> String {
        pick("Fiche « \(name) » reprise : \(Words.count(filled, "champ rempli", "champs remplis", .fr)). Complétez le reste.",
            "Product file “\(name)” taken up: \(Words.count(filled, "field filled", "fields filled", .en)). Fill in the rest.")
    }
    public func notProductFile(_ name: String) -> String {
        pick("« \(name) » n'a pas pu être repris comme fiche produit :", "“\(name)” could not be taken up as a product file:")
    }
    public var importProblem: String { pick("à compléter", "to fill in") }
    public var importNote: String { pick("note", "note") }

    public var downloadManifest: String { pick("Télécharger le manifeste", "Download the manifest") }
    public var downloadReport: String { pick("Télécharger le rapport", "Download the report") }
    public var downloadsHint: String {
        pick("Le manifeste est le fichier YAML que lit « conforme check », commenté ; le rapport, le fichier HTML autonome à joindre au dossier.",
            "The manifest is the YAML file “conforme check” reads, with comments; the report, the self-contained HTML file to attach to the application.")
    }

    // MARK: Checking

    /// In the other language, on the button that switches while keeping what was typed.
    public var keepLanguage: String { pick("Continue in English, keeping what you entered", "Continuer en français, sans perdre votre saisie") }
    public var check: String { pick("Vérifier", "Check") }
    public var sectionsNav: String { pick("Parties du dossier", "Parts of the application") }
    public var sectionComplete: String { pick("complète", "complete") }
    public var sectionUnchecked: String { pick("non vérifiée (voir en haut)", "not checked (see above)") }
    public var sectionOptional: String { pick("facultative", "optional") }
    public func sectionRemaining(_ n: Int) -> String {
        pick(n == 1 ? "1 point restant" : "\(n) points restants", n == 1 ? "1 point remaining" : "\(n) points remaining")
    }
    public func summaryHeading(_ n: Int) -> String {
        pick(n == 1 ? "1 point à régler" : "\(n) points à régler", n == 1 ? "1 point to settle" : "\(n) points to settle")
    }
    public var summaryHint: String {
        pick("Chaque lien mène au champ concerné ; le détail est écrit sous le champ.",
            "Each link goes to its field; the details are written under the field.")
    }
    public var successTitle: String { pick("Votre proposition est conforme", "Your proposal complies") }
    public var successText: String {
        pick("Aucun point à régler : toutes les règles du programme sont respectées. Téléchargez le manifeste et le rapport, puis déposez votre dossier sur Démarches Simplifiées.",
            "Nothing to settle: every rule of the programme is met. Download the manifest and the report, then submit your application on Démarches Simplifiées.")
    }
    public var whyToggle: String { pick("Pourquoi ?", "Why?") }
    public func add(_ item: String) -> String { pick("Ajouter : \(item.lowercased())", "Add: \(item.lowercased())") }
    public func remove(_ item: String) -> String { pick("Retirer \(item.lowercased())", "Remove \(item.lowercased())") }
    public var chooseOption: String { pick("— choisir —", "— choose —") }
    public var yesValue: String { pick("Oui", "Yes") }
    public var noValue: String { pick("Non", "No") }
    public var noItem: String { pick("Aucun pour l'instant.", "None yet.") }
    /// The live count of a bounded text (the script writes the same words).
    public func counter(_ n: Int, min: Int?, max: Int?) -> String {
        var text = max.map { pick("\(n) / \($0) caractères", "\(n) / \($0) characters") } ?? pick("\(n) caractères", "\(n) characters")
        if let min { text += pick(" (\(min) au moins)", " (at least \(min))") }
        return text
    }
    public func ruleLinkText(_ id: String) -> String { pick("la règle \(id)", "the rule \(id)") }
}
