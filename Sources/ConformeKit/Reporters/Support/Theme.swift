/// The themes of the règlement, used to group findings for readers who think in its terms
/// (HTML page). A rule's `category` names its theme; engine findings use their id's prefix.
public enum Theme {
    /// Known categories in the order the règlement's reader expects them.
    public static let order = [
        "eligibilite", "investigation", "transparence", "ambition", "engagements", "mission",
        "dossier", "derogations", "yaml",
    ]

    public static func heading(_ category: String, _ language: Language) -> String {
        switch (category, language) {
        case ("eligibilite", .fr): "Éligibilité"
        case ("eligibilite", .en): "Eligibility"
        case ("investigation", _): "Investigation"
        case ("transparence", .fr): "Transparence"
        case ("transparence", .en): "Transparency"
        case ("ambition", .fr): "Ambition entrepreneuriale"
        case ("ambition", .en): "Entrepreneurial ambition"
        case ("engagements", .fr): "Engagements de l'administration"
        case ("engagements", .en): "The administration's commitments"
        case ("mission", _): "Mission"
        case ("dossier", .fr): "Dossier"
        case ("dossier", .en): "Application file"
        case ("derogations", .fr): "Dérogations"
        case ("derogations", .en): "Waivers"
        case ("yaml", .fr): "Fichier YAML"
        case ("yaml", .en): "YAML file"
        default: category.prefix(1).uppercased() + category.dropFirst()
        }
    }

    /// Known themes first, in règlement order; others after, alphabetically.
    public static func sortKey(_ category: String) -> (Int, String) {
        (order.firstIndex(of: category) ?? order.count, category)
    }

    /// The category of a finding's rule: the rule set's when it knows the rule, else the id's
    /// first segment (`yaml.syntaxe` → `yaml`).
    public static func category(of rule: String, in report: RunReport) -> String {
        if let descriptor = report.rules.first(where: { $0.id == rule }) {
            return descriptor.category
        }
        return String(rule.split(separator: ".", maxSplits: 1).first ?? Substring(rule))
    }
}

/// The HTML report's groups of findings, in the order a project lead should fix them.
enum SeverityGroup: CaseIterable {
    case errors, warnings, infos, waived

    func holds(_ diagnostic: Diagnostic) -> Bool {
        if diagnostic.isWaived { return self == .waived }
        return switch diagnostic.severity {
        case .error: self == .errors
        case .warning: self == .warnings
        case .info: self == .infos
        }
    }

    func heading(_ language: Language) -> String {
        switch (self, language) {
        case (.errors, .fr): "Erreurs à corriger"
        case (.errors, .en): "Errors to fix"
        case (.warnings, .fr): "Avertissements"
        case (.warnings, .en): "Warnings"
        case (.infos, .fr): "Informations"
        case (.infos, .en): "Information"
        case (.waived, .fr): "Dérogations demandées"
        case (.waived, .en): "Waived findings"
        }
    }
}
