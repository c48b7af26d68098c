import YAMLTree

/// The facts of a beta.gouv.fr organisation file (`content/_organisations/ID.md`) that the
/// proposal's `administration` section reuses.
struct OrganisationFile {
    var name: ProductFile.Located?
    var acronym: ProductFile.Located?
    /// The manifest's `administration.type`, mapped from the organisation's `type`.
    var type: String?
    var typeRange: SourceRange?

    /// The organisation types of beta.gouv.fr (`schema/organisations.yml`). The manifest uses
    /// the same ids, so the mapping is the identity; a value outside them is reported.
    static let types: Set<String> = [
        "administration-centrale", "service-deconcentre", "operateur", "securite-sociale",
        "collectivite-territoriale", "autre",
    ]

    static func read(_ bytes: [UInt8], path: String, notes: inout [ImportNote]) -> OrganisationFile? {
        let document = YAMLParser.parse(bytes, kind: .markdownFrontMatter)
        guard !document.hasErrors, let root = document.root, root.pairs != nil else {
            notes.append(ImportNote(.problem, LocalizedText(
                fr: "le fichier d'organisation ne se lit pas (en-tête YAML absent ou invalide) : l'administration reste à compléter",
                en: "the organisation file cannot be read (missing or invalid YAML front matter): the administration is left to fill in"),
                file: path, range: document.problems.first?.range))
            return nil
        }
        var organisation = OrganisationFile()
        organisation.name = plainText(root, "name")
        organisation.acronym = plainText(root, "acronym")
        if let pair = root.pair(forKey: "type"), let scalar = pair.value.scalar, case .string(let raw) = scalar.value {
            let trimmed = String(raw.trimmingWhitespace())
            if types.contains(trimmed) {
                organisation.type = trimmed
                organisation.typeRange = pair.value.range
                if trimmed != raw {
                    notes.append(ImportNote(.note, LocalizedText(
                        fr: "type « \(raw) » lu comme « \(trimmed) » (espaces retirés)",
                        en: "type '\(raw)' read as '\(trimmed)' (spaces removed)"), file: path, range: pair.value.range))
                }
            } else {
                notes.append(ImportNote(.problem, LocalizedText(
                    fr: "type d'organisation « \(raw) » inconnu de beta.gouv.fr : le type d'administration reste à compléter",
                    en: "organisation type '\(raw)' unknown to beta.gouv.fr: the administration type is left to fill in"),
                    file: path, range: pair.value.range))
            }
        } else {
            notes.append(ImportNote(.problem, LocalizedText(
                fr: "pas de « type » d'organisation : le type d'administration reste à compléter",
                en: "no organisation 'type': the administration type is left to fill in"), file: path, range: root.range))
        }
        return organisation
    }

    private static func plainText(_ map: Node, _ key: String) -> ProductFile.Located? {
        guard let pair = map.pair(forKey: key), let scalar = pair.value.scalar, case .string(let raw) = scalar.value else {
            return nil
        }
        let text = String(raw.trimmingWhitespace())
        return text.isEmpty ? nil : ProductFile.Located(text: text, range: pair.value.range)
    }
}
