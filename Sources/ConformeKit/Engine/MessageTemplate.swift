import YAMLTree

/// Fills a rule's message: `{value}`, `{path}`, `{expected}`, `{suggestion}`, `{rule}`,
/// `{detail}`, each in the message's language.
enum MessageTemplate {
    static let placeholders = ["value", "path", "expected", "suggestion", "rule", "detail"]

    static func message(of rule: Rule, for failure: Failure) -> LocalizedText {
        let path = failure.target.path
        let value = failure.target.value.map { LocalizedText($0.displayText, $0.displayText) }
            ?? LocalizedText("(valeur absente)", "(missing value)")
        func values(_ language: KeyPath<LocalizedText, String>) -> [String: String] {
            [
                "value": value[keyPath: language], "path": path,
                "expected": failure.expected[keyPath: language],
                "suggestion": failure.suggestion ?? "", "rule": rule.id,
                "detail": failure.detail[keyPath: language],
            ]
        }
        guard let template = rule.message else {
            let title = rule.title
            // French puts a space before a colon; English does not.
            let place = LocalizedText(path.isEmpty ? "" : "\(path) : ", path.isEmpty ? "" : "\(path): ")
            return LocalizedText(
                "\(title.fr) — \(place.fr)\(failure.detail.fr)",
                "\(title.en.isEmpty ? title.fr : title.en) — \(place.en)\(failure.detail.en)")
        }
        // A message without English falls back to the French template, filled in French.
        let en = template.en.isEmpty
            ? fill(template.fr, values(\.fr)) : fill(template.en, values(\.en))
        return LocalizedText(fill(template.fr, values(\.fr)), en)
    }

    /// Replaces `{name}` for the known names; other braces are left as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    /// The `{names}` of a template that are not placeholders (a typo like `{valeur}`).
    static func unknownPlaceholders(in template: String) -> [String] {
        var unknown: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            let looksLikePlaceholder = !name.isEmpty && name.allSatisfy { $0.isLetter || $0 == "_" }
            if looksLikePlaceholder, !placeholders.contains(name) { unknown.append(name) }
            rest = after[after.index(after: close)...]
        }
        return unknown
    }
}
