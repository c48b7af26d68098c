/// Messages are assembled from parts that each may hold parentheses: a rule's « ({detail}) »
/// around a check's « une adresse électronique (nom@domaine.fr) ». Nested, they read badly;
/// this keeps one level, the inner ones becoming commas. Parentheses inside « … » are a
/// quoted value, left as written.
enum Parentheses {
    static func oneLevel(_ text: String) -> String {
        // Most messages have no nesting: no copy for them.
        guard hasNesting(text) else { return text }
        var out = ""
        var depth = 0
        var quoted = 0
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "«": quoted += 1
            case "»": quoted = max(0, quoted - 1)
            case "(" where quoted == 0:
                depth += 1
                if depth > 1 {
                    while out.hasSuffix(" ") { out.removeLast() }
                    out += ", "
                    continue
                }
            case ")" where quoted == 0:
                depth = max(0, depth - 1)
                if depth >= 1 {
                    // A comma only when words follow: « (aujourd'hui, 2024-06-01, ou avant) ».
                    let next = characters[(index + 1)...].first { $0 != " " }
                    if let next, next.isLetter || next.isNumber { out += "," }
                    continue
                }
            default: break
            }
            out.append(character)
        }
        return out
    }

    private static func hasNesting(_ text: String) -> Bool {
        var depth = 0
        var quoted = 0
        for character in text {
            switch character {
            case "«": quoted += 1
            case "»": quoted = max(0, quoted - 1)
            case "(" where quoted == 0:
                depth += 1
                if depth > 1 { return true }
            case ")" where quoted == 0: depth = max(0, depth - 1)
            default: break
            }
        }
        return false
    }
}
