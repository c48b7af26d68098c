import YAMLTree

/// The facts of a beta.gouv.fr product file (`content/_startups/ID.md`) that a proposal
/// reuses, each with where it is written. Read from the YAML front matter only; a value of the
/// wrong shape is reported and left out, never repaired.
struct ProductFile {
    struct Located {
        var text: String
        var range: SourceRange
    }

    struct Phase {
        var name: String
        var start: String
        var end: String?
        var range: SourceRange
    }

    /// The product id: the file's name without `.md` (nil when read from standard input).
    var id: String?
    var title: Located?
    var phases: [Phase] = []
    var phasesRange: SourceRange?
    var incubator: Located?
    var repository: Located?
    var statsURL: Located?
    var budgetURL: Located?
    var accessibility: Located?
    /// Organisation ids, from `/organisations/<id>`.
    var sponsors: [Located] = []

    /// Why bytes are not a product file, in both languages.
    struct Refusal: Error {
        var message: LocalizedText
        var range: SourceRange?
    }

    /// The keys that make a file a beta.gouv.fr product file rather than a proposal: its
    /// schema requires them (`schema/startups.yml`), and a proposal has none of them at the top.
    static let signature = ["title", "mission", "phases"]

    static func read(_ bytes: [UInt8], path: String, notes: inout [ImportNote]) -> Result<ProductFile, Refusal> {
        let document = YAMLParser.parse(bytes, kind: .markdownFrontMatter)
        if let problem = document.problems.first(where: { $0.severity == .error }) {
            return .failure(Refusal(message: LocalizedText(
                fr: "l'en-tête YAML de la fiche produit ne se lit pas : \(problem.message.fr)",
                en: "the product file's YAML front matter cannot be read: \(problem.message.en)"), range: problem.range))
        }
        guard let root = document.root, root.pairs != nil else {
            return .failure(Refusal(message: LocalizedText(
                fr: "pas d'en-tête YAML entre deux lignes « --- » : ce n'est pas une fiche produit beta.gouv.fr",
                en: "no YAML front matter between two '---' lines: this is not a beta.gouv.fr product file"), range: nil))
        }
        let missing = signature.filter { root[$0] == nil }
        guard missing.isEmpty else {
            let keys = missing.joined(separator: ", ")
            return .failure(Refusal(message: LocalizedText(
                fr: "ce n'est pas une fiche produit beta.gouv.fr : il manque \(keys) dans l'en-tête",
                en: "this is not a beta.gouv.fr product file: the front matter lacks \(keys)"), range: root.range))
        }
        var reader = Reader(path: path)
        var product = ProductFile(id: productID(path))
        product.title = reader.text(root, "title")
        product.incubator = reader.text(root, "incubator")
        product.repository = reader.url(root, "repository")
        product.statsURL = reader.url(root, "stats_url")
        product.budgetURL = reader.url(root, "budget_url")
        product.accessibility = reader.text(root, "accessibility_status")
        product.phasesRange = root.pair(forKey: "phases")?.key.range
        product.phases = reader.phases(root["phases"])
        product.sponsors = reader.sponsors(root["sponsors"])
        notes += reader.notes
        return .success(product)
    }

    /// `content/_startups/e-inspé.md` → `e-inspé`; nil for standard input or another name.
    static func productID(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".md"), name.count > 3, path != "-" else { return nil }
        return String(name.dropLast(3))
    }
}

/// Reads the fields one by one, noting each that cannot be used.
private struct Reader {
    let path: String
    var notes: [ImportNote] = []

    mutating func problem(_ range: SourceRange?, fr: String, en: String) {
        notes.append(ImportNote(.problem, LocalizedText(fr: fr, en: en), file: path, range: range))
    }

    /// A non-empty text; nil (noted unless simply absent or empty) otherwise.
    mutating func text(_ map: Node, _ key: String) -> ProductFile.Located? {
        guard let pair = map.pair(forKey: key), !pair.value.isNull else { return nil }
        guard let scalar = pair.value.scalar, case .string(let raw) = scalar.value else {
            problem(pair.value.range, fr: "« \(key) » n'est pas un texte : le champ reste à compléter",
                en: "'\(key)' is not text: the field is left to fill in")
            return nil
        }
        let text = String(raw.trimmingWhitespace())
        if text.isEmpty { return nil }
        return ProductFile.Located(text: text, range: pair.value.range)
    }

    /// An https address; an http one or anything else is noted and left out.
    mutating func url(_ map: Node, _ key: String) -> ProductFile.Located? {
        guard let value = text(map, key) else { return nil }
        guard value.text.hasPrefix("https://"), !value.text.contains(where: \.isWhitespace) else {
            problem(value.range, fr: "« \(key) » vaut « \(value.text) », qui n'est pas une adresse en https:// : le champ reste à compléter",
                en: "'\(key)' is '\(value.text)', not an https:// address: the field is left to fill in")
            return nil
        }
        return value
    }

    /// An ISO date `AAAA-MM-JJ` by its shape, as the product files write them.
    static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    mutating func phases(_ node: Node?) -> [ProductFile.Phase] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            problem(node.range, fr: "« phases » n'est pas une liste : l'historique reste à compléter",
                en: "'phases' is not a list: the history is left to fill in")
            return []
        }
        var phases: [ProductFile.Phase] = []
        for item in items {
            guard item.pairs != nil, let name = text(item, "name"),
                let start = text(item, "start"), Self.isISODate(start.text)
            else {
                problem(item.range, fr: "phase sans nom ou sans date de début AAAA-MM-JJ : l'historique reste à compléter",
                    en: "a phase without a name or a YYYY-MM-DD start date: the history is left to fill in")
                return []
            }
            let end = text(item, "end")
            if let end, !Self.isISODate(end.text) {
                problem(end.range, fr: "date de fin « \(end.text) » qui n'est pas AAAA-MM-JJ : l'historique reste à compléter",
                    en: "end date '\(end.text)' is not YYYY-MM-DD: the history is left to fill in")
                return []
            }
            phases.append(ProductFile.Phase(name: name.text, start: start.text, end: end?.text, range: item.range))
        }
        return phases
    }

    mutating func sponsors(_ node: Node?) -> [ProductFile.Located] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            problem(node.range, fr: "« sponsors » n'est pas une liste : l'administration reste à compléter",
                en: "'sponsors' is not a list: the administration is left to fill in")
            return []
        }
        var ids: [ProductFile.Located] = []
        for item in items {
            guard let scalar = item.scalar, case .string(let text) = scalar.value,
                text.hasPrefix("/organisations/"), text.count > "/organisations/".count,
                !text.dropFirst("/organisations/".count).contains("/"), !text.contains("..")
            else {
                problem(item.range, fr: "sponsor « \(item.scalar?.text ?? "?") » qui n'est pas de la forme /organisations/ID : ignoré",
                    en: "sponsor '\(item.scalar?.text ?? "?")' is not of the form /organisations/ID: ignored")
                continue
            }
            ids.append(ProductFile.Located(text: String(text.dropFirst("/organisations/".count)), range: item.range))
        }
        return ids
    }
}
