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

    /// Whether `oneLevel` has anything to do, read from the UTF-8 bytes: iterating Characters
    /// cost ~270 000 instructions per message (half of checking a failing manifest). Exact only
    /// while no character can merge with a parenthesis or a guillemet into one Character: true
    /// of ASCII and of U+0080–U+02FF (Latin letters, « and », no combining mark), whose UTF-8
    /// lead bytes are C2–CB. Any other text is read by Characters, as `oneLevel` reads it.
    private static func hasNesting(_ text: String) -> Bool {
        var depth = 0
        var quoted = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "(") where quoted == 0:
                depth += 1
                if depth > 1 { return true }
            case UInt8(ascii: ")") where quoted == 0: depth = max(0, depth - 1)
            // « is C2 AB and » C2 BB; C2 only ever leads a two-byte character.
            case 0xAB where previous == 0xC2: quoted += 1
            case 0xBB where previous == 0xC2: quoted = max(0, quoted - 1)
            case 0xCC...0xFF: return hasNestingByCharacters(text)
            default: break
            }
            previous = byte
        }
        return false
    }

    private static func hasNestingByCharacters(_ text: String) -> Bool {
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
