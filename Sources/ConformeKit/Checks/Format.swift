import YAMLTree

/// `format: url | https-url | email | date | spdx | phone-fr | siret`: well-known shapes,
/// checked by hand (no network: a URL is checked by form, never fetched).
struct Format: ValueCheck, CheckDefinition {
    static let names = ["format"]

    enum Kind: String, Sendable, CaseIterable {
        case url, httpsURL = "https-url", email, date, spdx, phoneFR = "phone-fr", siret

        var label: LocalizedText {
            switch self {
            case .url: LocalizedText("une adresse web (https://…)", "a web address (https://…)")
            case .httpsURL: LocalizedText("une adresse web en https://", "an https:// web address")
            case .email: LocalizedText("une adresse électronique (nom@domaine.fr)", "an e-mail address (name@domain.fr)")
            case .date: LocalizedText("une date réelle AAAA-MM-JJ", "a real date YYYY-MM-DD")
            case .spdx: LocalizedText("un identifiant de licence SPDX (ex. EUPL-1.2)", "an SPDX licence identifier (e.g. EUPL-1.2)")
            case .phoneFR: LocalizedText("un numéro de téléphone français (01 23 45 67 89 ou +33 1 23 45 67 89)",
                "a French phone number (01 23 45 67 89 or +33 1 23 45 67 89)")
            case .siret: LocalizedText("un numéro SIRET (14 chiffres, clé de contrôle valide)",
                "a SIRET number (14 digits, valid check key)")
            }
        }

        func accepts(_ text: String) -> Bool {
            switch self {
            case .url: AddressFormat.isURL(text, httpsOnly: false)
            case .httpsURL: AddressFormat.isURL(text, httpsOnly: true)
            case .email: AddressFormat.isEmail(text)
            case .date: LocalDate(text) != nil
            case .spdx: FormatRules.isSPDXExpression(text)
            case .phoneFR: FormatRules.isFrenchPhone(text)
            case .siret: FormatRules.isSIRET(text)
            }
        }
    }

    var kind: Kind

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        let written = option.scalar?.text ?? ""
        guard let kind = Kind(rawValue: written) else {
            let all = Kind.allCases.map(\.rawValue)
            decoder.report(option.range, LocalizedText(
                "format inconnu « \(written) » (\(all.joined(separator: ", ")))",
                "unknown format '\(written)' (\(all.joined(separator: ", ")))"
            ).suggesting(Suggestion.closest(to: written, among: all)))
            return nil
        }
        return Format(kind: kind)
    }

    func check(value node: NodeRef, at place: Place, in walk: Walk) -> Bool {
        if let text = node.scalarText, kind.accepts(text) { return true }
        return walk.fails(place) { .notOfFormat(kind, found: node.node.displayText) }
    }
}

extension Format {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        context.inCondition
            ? ExplanationLine("est \(kind.label.fr)", "is \(kind.label.en)", isPredicate: true)
            : ExplanationLine("doit être \(kind.label.fr)", "must be \(kind.label.en)")
    }

    func addSchema(at site: SchemaSite) {
        let pattern: String
        let annotation: String
        switch kind {
        case .url: (pattern, annotation) = (FormatPatterns.url(httpsOnly: false), "uri")
        case .httpsURL: (pattern, annotation) = (FormatPatterns.url(httpsOnly: true), "uri")
        case .email: (pattern, annotation) = (FormatPatterns.email, "email")
        case .date: (pattern, annotation) = (FormatPatterns.date, "date")
        case .spdx, .phoneFR, .siret:
            site.leaveOut("format: \(kind.rawValue)")
            return
        }
        site.node.restrict(to: .scalar)
        if !site.node.patterns.contains(pattern) { site.node.patterns.append(pattern) }
        site.node.format = site.node.format ?? annotation
    }
}

extension Verdict {
    fileprivate static func notOfFormat(_ kind: Format.Kind, found shown: String) -> Verdict {
        Verdict(LocalizedText("attendu : \(kind.label.fr) ; « \(shown) » trouvé", "expected \(kind.label.en), found '\(shown)'"),
            expected: kind.label)
    }
}
