import ConformeKit
import YAMLTree

/// The command line's own sentences, in the run's language.
struct CLIMessages {
    let language: Language

    private func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Why a path could not be read, in a few words, in both languages (reports name it).
    static func reason(_ reason: UnreadableReason) -> LocalizedText {
        let (fr, en): (String, String) = switch reason {
        case .notFound: ("fichier ou dossier introuvable", "no such file or folder")
        case .isFolder: ("c'est un dossier", "it is a folder")
        case .permissionDenied: ("lecture refusée", "permission denied")
        case .unreadableFolder: ("dossier illisible", "unreadable folder")
        case .ruleSetMissing: ("jeu de règles introuvable ou illisible", "rule set not found or unreadable")
        case .linkOutsideFolder:
            ("lien qui mène hors du dossier vérifié, non suivi", "link that leads outside the checked folder, not followed")
        case .notARegularFile:
            ("ni fichier ni dossier (tube, socket ou périphérique), non lu", "not a regular file (pipe, socket or device), not read")
        case .configurationMissing: ("fichier de configuration introuvable ou illisible", "configuration file not found or unreadable")
        }
        return LocalizedText(fr: fr, en: en)
    }

    func unreadable(_ path: String, _ reason: UnreadableReason) -> String {
        let text = Self.reason(reason)
        let (fr, en) = (text.fr, text.en)
        return pick("conforme : impossible de lire « \(path) » : \(fr).",
                    "conforme: cannot read '\(path)': \(en).")
    }

    func nothingToCheck(_ paths: [String]) -> String {
        let list = paths.joined(separator: " ")
        return pick("conforme : aucun fichier .yml, .yaml ou .md avec en-tête YAML dans « \(list) ».",
                    "conforme: no .yml, .yaml or .md file with front matter in '\(list)'.")
    }

    func wouldOverwriteInput(_ file: String) -> String {
        pick("conforme : --format …:\(file) écraserait un fichier vérifié ; conforme ne modifie jamais ses entrées. Choisissez un autre nom de rapport.",
             "conforme: --format …:\(file) would overwrite a checked file; conforme never modifies its inputs. Choose another report name.")
    }

    func cannotWrite(_ file: String, reason: String) -> String {
        pick("conforme : impossible d'écrire le rapport « \(file) » (\(reason)).",
             "conforme: cannot write report '\(file)' (\(reason)).")
    }

    func reportIsSymbolicLink(_ file: String) -> String {
        pick("conforme : --format …:\(file) est un lien symbolique ; conforme n'écrit jamais un rapport à travers un lien. Choisissez un autre nom de rapport.",
             "conforme: --format …:\(file) is a symbolic link; conforme never writes a report through a link. Choose another report name.")
    }

    func tooManyFiles(_ path: String, limit: Int) -> String {
        pick("conforme : « \(path) » contient plus de \(limit) fichiers à vérifier (limite « nombre de fichiers ») ; seuls les \(limit) premiers ont été vérifiés. Vérifiez le chemin donné, ou relevez la limite avec --max-files.",
             "conforme: '\(path)' holds more than \(limit) files to check (\"number of files\" limit); only the first \(limit) were checked. Check the path given, or raise the limit with --max-files.")
    }

    func invalidRuleSet(_ path: String, count: Int) -> String {
        pick("conforme : jeu de règles « \(path) » invalide (\(count) problème\(count > 1 ? "s" : "")) ; rien n'a été vérifié.",
             "conforme: invalid rule set '\(path)' (\(count) problem\(count > 1 ? "s" : "")); nothing was checked.")
    }

    func invalidConfiguration(_ path: String, count: Int) -> String {
        pick("conforme : fichier de configuration « \(path) » invalide (\(count) problème\(count > 1 ? "s" : "")) ; rien n'a été vérifié. Corrigez-le, ou passez --no-config pour l'ignorer.",
             "conforme: invalid configuration file '\(path)' (\(count) problem\(count > 1 ? "s" : "")); nothing was checked. Fix it, or pass --no-config to ignore it.")
    }

    func configAndNoConfig() -> String {
        pick("--config et --no-config s'excluent : gardez-en un seul.",
             "--config and --no-config exclude each other: keep only one.")
    }

    func nothingLeftToCheck(skipped: Int, excluded: Int) -> String {
        pick("conforme : rien à vérifier (\(skipped) fichier(s) .md sans en-tête YAML ignoré(s), \(excluded) exclu(s) par « exclude » de .conforme.yml).",
             "conforme: nothing to check (\(skipped) .md file(s) without front matter skipped, \(excluded) excluded by .conforme.yml's 'exclude').")
    }

    func invalidToday(_ value: String) -> String {
        pick("--today \(value) : date invalide ; écrivez-la AAAA-MM-JJ, par exemple 2024-06-01.",
             "--today \(value): invalid date; write it YYYY-MM-DD, for example 2024-06-01.")
    }

    func atLeastOne(_ option: String, _ value: Int) -> String {
        pick("\(option) doit être au moins 1 (reçu : \(value)).", "\(option) must be at least 1 (got \(value)).")
    }

    var onlyPromotion7: String {
        pick("seule la promotion 7 a un modèle (--promotion 7) ; la promotion 6 est close.",
             "only promotion 7 has a template (--promotion 7); promotion 6 is closed.")
    }

    func unknownRule(_ id: String, closest: [String]) -> String {
        if closest.isEmpty {
            return pick("conforme : règle inconnue « \(id) ». « conforme rules list » affiche toutes les règles.",
                        "conforme: unknown rule '\(id)'. 'conforme rules list' shows every rule.")
        }
        let question = Suggestion.didYouMean(closest)
        return pick("conforme : règle inconnue « \(id) » ; \(question.fr) « conforme rules list » affiche toutes les règles.",
                    "conforme: unknown rule '\(id)'; \(question.en) 'conforme rules list' shows every rule.")
    }

    /// `conforme chek fichier.yml`: a first word that is no file but looks like a command.
    func mistypedCommand(_ written: String, _ command: String) -> String {
        let question = Suggestion.didYouMean(command)
        return pick("conforme : « \(written) » n'est ni un fichier ni une commande ; \(question.fr) (« conforme --help » liste les commandes)",
             "conforme: '\(written)' is neither a file nor a command; \(question.en) ('conforme --help' lists the commands)")
    }
}
