import YAMLTree

/// The findings the engine produces itself, with no rule file: problems of the YAML and of the
/// dérogations. Listed as descriptors so reporters can name them (SARIF, JUnit, docs).
public enum BuiltinRules {
    public static let derogationJustification = "derogations.justification"
    public static let derogationNotWaivable = "derogations.non-derogeable"
    public static let derogationUseless = "derogations.inutile"

    public static let descriptors: [RuleDescriptor] = yamlDescriptors + derogationDescriptors

    static let yamlDescriptors: [RuleDescriptor] = Problem.Code.allCases.map { code in
        let title: LocalizedText = switch code {
        case .syntax: LocalizedText("Le fichier est du YAML valide", "The file is valid YAML")
        case .duplicateKey: LocalizedText("Aucune clé n'est écrite deux fois", "No key is written twice")
        case .unknownAnchor: LocalizedText("Chaque alias renvoie à une ancre définie", "Every alias refers to a defined anchor")
        case .multipleDocuments: LocalizedText("Le fichier contient un seul document YAML", "The file holds a single YAML document")
        case .rootNotMapping: LocalizedText("Le document est une table de clés", "The document is a map of keys")
        case .empty: LocalizedText("Le fichier n'est pas vide", "The file is not empty")
        case .limit: LocalizedText("Le fichier reste dans les limites de taille et de profondeur", "The file stays within size and depth limits")
        case .encoding: LocalizedText("Le fichier est encodé en UTF-8", "The file is encoded in UTF-8")
        case .ambiguousBoolean: LocalizedText("Les booléens s'écrivent true ou false", "Booleans are written true or false")
        case .cutValue: LocalizedText("Aucune valeur n'est coupée par un « # »", "No value is cut short by a '#'")
        case .directive: LocalizedText("Le fichier se passe de directives YAML", "The file needs no YAML directive")
        }
        return RuleDescriptor(id: code.rawValue, title: title,
            severity: code.isDoubt ? .warning : .error, category: "yaml",
            rationale: LocalizedText("Un manifeste illisible ne peut pas être vérifié.",
                "A manifest that cannot be read cannot be checked."))
    }

    static let derogationDescriptors: [RuleDescriptor] = [
        RuleDescriptor(id: derogationJustification,
            title: LocalizedText("Chaque dérogation nomme une règle connue et donne une justification d'au moins 20 caractères",
                "Each dérogation names a known rule and gives a justification of at least 20 characters"),
            severity: .error, category: "derogations",
            rationale: LocalizedText("Une dérogation est une exception demandée au programme : elle doit dire à quelle règle et pourquoi.",
                "A dérogation is an exception asked of the programme: it must say to which rule, and why.")),
        RuleDescriptor(id: derogationNotWaivable,
            title: LocalizedText("Seules les règles dérogeables peuvent faire l'objet d'une dérogation",
                "Only waivable rules may be waived"),
            severity: .error, category: "derogations",
            rationale: LocalizedText("Les conditions d'éligibilité du règlement ne souffrent pas d'exception.",
                "The règlement's eligibility conditions admit no exception.")),
        RuleDescriptor(id: derogationUseless,
            title: LocalizedText("Une dérogation ne vise qu'une règle non respectée", "A dérogation only targets a rule that fails"),
            severity: .info, category: "derogations",
            rationale: LocalizedText("Une dérogation inutile peut être retirée du manifeste.",
                "A useless dérogation can be removed from the manifest.")),
    ]
}
