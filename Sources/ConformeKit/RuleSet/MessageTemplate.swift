import YAMLTree

/// Fills a rule's message: `{value}`, `{path}`, `{expected}`, `{suggestion}`, `{rule}`,
/// `{detail}`, each in the message's language.
enum MessageTemplate {
    static let placeholders = ["value", "path", "expected", "suggestion", "rule", "detail"]

    static func message(of rule: Rule, for failure: Failure, optional: Bool = false) -> LocalizedText {
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
        guard let template = (optional ? rule.messageOptional : nil) ?? rule.message else {
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
        return LocalizedText(Parentheses.oneLevel(fill(template.fr, values(\.fr))), Parentheses.oneLevel(en))
    }

    /// Replaces `{name}` for the known names; other braces are left as written. On bytes: the
    /// syntax is ASCII, and a message is a few hundred characters of French.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var template = template
        return template.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 128)
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")),
                    let value = values[String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), as: UTF8.self)]
                {
                    result.append(contentsOf: value.utf8)
                    i = close + 1
                } else {
                    result.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The `{names}` of a template that are not placeholders (a typo like `{valeur}`).
    static func unknownPlaceholders(in template: String) -> [String] {
        if onlyKnownPlaceholders(template) { return [] }
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

    /// Whether every `{` of `text` opens a known `{placeholder}`, in which case the Character
    /// scan of `unknownPlaceholders` finds nothing. Bytes first, because that scan costs ~140K instructions per
    /// message, 6M for a rule set at every start. Conservative: a non-ASCII byte touching a
    /// brace (it might join it into one character) or any other `{` leaves the answer to it.
    private static func onlyKnownPlaceholders(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "{") else {
                    i += 1
                    continue
                }
                if i > 0, bytes[i - 1] >= 0x80 { return false }
                guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) else { return false }
                if close + 1 < bytes.count, bytes[close + 1] >= 0x80 { return false }
                let name = bytes[(i + 1)..<close]
                guard knownPlaceholderBytes.contains(where: { $0.elementsEqual(name) }) else { return false }
                i = close + 1
            }
            return true
        }
    }

    private static let knownPlaceholderBytes = placeholders.map { Array($0.utf8) }
}
