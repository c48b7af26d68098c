import YAMLTree

/// What only the guided form needs, read from a form file beside the rules
/// (`rules/eig-7.form.yml`): which section each place of the manifest belongs to, in what
/// order, and a short label. Kinds of fields, bounds, allowed values, help and messages come
/// from the rules (`FormFieldDerivation`), so a new promotion is a rule file and a form file.
public struct FormDefinition: Sendable {
    /// The form file, as it was named to the loader.
    public var file: String
    /// The rule file it presents, relative to the form file's folder (`eig-7.yml`).
    public var rules: String
    public var promotion: Int
    public var title: LocalizedText
    /// The values a new form starts with (`promotion: 7`), keyed by field path.
    public var defaults: [(path: String, value: ManifestTree)]
    /// Query parameters of the page that choose a field's value (`type` → `mission.type`).
    public var parameters: [(name: String, path: String)]
    public var sections: [Section]

    public struct Section: Sendable {
        public var id: String
        public var title: LocalizedText
        public var intro: LocalizedText?
        public var entries: [Entry]
        public var range: SourceRange
    }

    /// One field or list of the form, by its path (relative to its list's items inside `fields`).
    public struct Entry: Sendable {
        public var path: String
        public var label: LocalizedText?
        public var help: LocalizedText?
        /// What to call one item of a list (« Vœu »).
        public var item: LocalizedText?
        /// Written over several lines (a text area), whatever its bounds.
        public var multiline: Bool?
        /// For a list of maps: the order and labels of its items' fields.
        public var fields: [Entry]
        public var range: SourceRange
    }
}

extension FormDefinition {
    static let topKeys = ["form", "sections"]
    static let formKeys = ["rules", "promotion", "title", "defaults", "parameters"]
    static let sectionKeys = ["id", "title", "intro", "fields"]
    static let entryKeys = ["path", "label", "help", "item", "multiline", "fields"]

    /// Decodes a form file, with every problem at its place (nil when it cannot be used).
    public static func decode(_ bytes: [UInt8], file: String) -> Result<FormDefinition, RuleSetLoadError> {
        let document = YAMLParser.parse(bytes)
        let decoder = RuleDecoder(file: file, lists: [:])
        for problem in document.problems where problem.severity == .error {
            decoder.report(problem.range, problem.message)
        }
        guard let root = document.root, !document.hasErrors,
            let top = decoder.mapping(root, what: LocalizedText("le fichier de formulaire", "the form file"), allowed: topKeys)
        else { return .failure(RuleSetLoadError(problems: decoder.problems)) }
        var definition = FormDefinition(file: file, rules: "", promotion: 0, title: LocalizedText("", ""),
            defaults: [], parameters: [], sections: [])
        var sawForm = false
        var sawSections = false
        for (key, pair) in top {
            switch key {
            case "form":
                sawForm = true
                decodeSettings(pair.value, into: &definition, decoder: decoder)
            default:
                sawSections = true
                guard let items = pair.value.items else {
                    decoder.report(pair.value.range, fr: "« sections » : une liste de sections est attendue",
                        en: "'sections': a list of sections is expected")
                    continue
                }
                definition.sections = items.compactMap { section($0, decoder: decoder) }
            }
        }
        if !sawForm || !sawSections {
            decoder.report(root.range, fr: "le fichier de formulaire doit avoir « form » et « sections »",
                en: "the form file must have 'form' and 'sections'")
        }
        var seen: [String: SourceRange] = [:]
        for section in definition.sections {
            if let first = seen[section.id] {
                decoder.report(section.range, fr: "section en double « \(section.id) » (déjà ligne \(first.start.line))",
                    en: "duplicate section '\(section.id)' (already on line \(first.start.line))")
            }
            seen[section.id] = section.range
        }
        if decoder.problems.isEmpty { return .success(definition) }
        return .failure(RuleSetLoadError(problems: decoder.problems))
    }

    private static func decodeSettings(_ node: Node, into definition: inout FormDefinition, decoder: RuleDecoder) {
        guard let pairs = decoder.mapping(node, what: LocalizedText("« form »", "'form'"), allowed: formKeys) else { return }
        for (key, pair) in pairs {
            switch key {
            case "rules":
                definition.rules = decoder.string(pair.value, what: "form.rules") ?? ""
            case "promotion":
                definition.promotion = decoder.nonNegativeInt(pair.value, what: "form.promotion") ?? 0
            case "title":
                definition.title = decoder.localized(pair.value, what: "form.title") ?? definition.title
            case "defaults":
                for (path, value) in pairsOf(pair.value, what: "form.defaults", decoder: decoder) {
                    guard value.scalar != nil else {
                        decoder.report(value.range, fr: "« form.defaults.\(path) » : une valeur simple est attendue",
                            en: "'form.defaults.\(path)': a scalar is expected")
                        continue
                    }
                    var dropped = 0
                    definition.defaults.append((path, ManifestTree(value, dropped: &dropped)))
                }
            default:
                for (name, value) in pairsOf(pair.value, what: "form.parameters", decoder: decoder) {
                    if let path = decoder.string(value, what: "form.parameters.\(name)") {
                        definition.parameters.append((name, path))
                    }
                }
            }
        }
        for (key, what) in [("rules", "form.rules"), ("promotion", "form.promotion"), ("title", "form.title")]
        where !pairs.contains(where: { $0.0 == key }) {
            decoder.report(node.range, fr: "« \(what) » est obligatoire", en: "'\(what)' is required")
        }
    }

    private static func pairsOf(_ node: Node, what: String, decoder: RuleDecoder) -> [(String, Node)] {
        guard let pairs = node.pairs else {
            decoder.report(node.range, fr: "« \(what) » : une table (clé: valeur) est attendue",
                en: "'\(what)': a map (key: value) is expected")
            return []
        }
        return pairs.compactMap { pair in pair.key.scalar.map { ($0.text, pair.value) } }
    }

    private static func section(_ node: Node, decoder: RuleDecoder) -> Section? {
        guard let pairs = decoder.mapping(node, what: LocalizedText("une section", "a section"), allowed: sectionKeys)
        else { return nil }
        var section = Section(id: "", title: LocalizedText("", ""), intro: nil, entries: [], range: node.range)
        for (key, pair) in pairs {
            switch key {
            case "id":
                section.id = decoder.string(pair.value, what: "id") ?? ""
                section.range = pair.value.range
            case "title": section.title = decoder.localized(pair.value, what: "title") ?? section.title
            case "intro": section.intro = decoder.localized(pair.value, what: "intro")
            default: section.entries = entries(pair.value, decoder: decoder)
            }
        }
        guard !section.id.isEmpty, !section.title.fr.isEmpty else {
            decoder.report(node.range, fr: "une section doit avoir « id » et « title »",
                en: "a section must have 'id' and 'title'")
            return nil
        }
        return section
    }

    private static func entries(_ node: Node, decoder: RuleDecoder) -> [Entry] {
        guard let items = node.items else {
            decoder.report(node.range, fr: "« fields » : une liste de champs est attendue",
                en: "'fields': a list of fields is expected")
            return []
        }
        return items.compactMap { entry($0, decoder: decoder) }
    }

    /// `- projet.nom` or `- {path: projet.nom, label: …}`.
    private static func entry(_ node: Node, decoder: RuleDecoder) -> Entry? {
        if node.scalar != nil {
            guard let path = decoder.string(node, what: "path") else { return nil }
            return Entry(path: path, fields: [], range: node.range)
        }
        guard let pairs = decoder.mapping(node, what: LocalizedText("un champ", "a field"), allowed: entryKeys)
        else { return nil }
        var entry = Entry(path: "", fields: [], range: node.range)
        for (key, pair) in pairs {
            switch key {
            case "path":
                entry.path = decoder.string(pair.value, what: "path") ?? ""
                entry.range = pair.value.range
            case "label": entry.label = decoder.localized(pair.value, what: "label")
            case "help": entry.help = decoder.localized(pair.value, what: "help")
            case "item": entry.item = decoder.localized(pair.value, what: "item")
            case "multiline": entry.multiline = decoder.bool(pair.value, what: "multiline")
            default: entry.fields = entries(pair.value, decoder: decoder)
            }
        }
        guard !entry.path.isEmpty else {
            decoder.report(node.range, fr: "un champ doit avoir « path »", en: "a field must have 'path'")
            return nil
        }
        return entry
    }
}
