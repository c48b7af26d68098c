/// The shapes behind `format:`, kept apart from the check so each can be tested on its own.
enum FormatRules {
    /// An SPDX licence expression: ids (`EUPL-1.2`, `LicenseRef-x`, `GPL-2.0+`) joined by
    /// AND / OR, an optional `WITH exception`, parentheses.
    static func isSPDXExpression(_ text: String) -> Bool {
        var tokens: [Substring] = []
        var current = ""
        for c in text {
            if c == "(" || c == ")" || c.isWhitespace {
                if !current.isEmpty { tokens.append(Substring(current)); current = "" }
                if !c.isWhitespace { tokens.append(Substring(String(c))) }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(Substring(current)) }
        var position = 0
        func isIdentifier(_ token: Substring) -> Bool {
            let body = token.hasSuffix("+") ? token.dropLast() : token
            return !body.isEmpty && !["AND", "OR", "WITH"].contains(body)
                && body.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" }
        }
        // expression := term ((AND|OR) term)* ; term := id [WITH id] | '(' expression ')'
        func term() -> Bool {
            guard position < tokens.count else { return false }
            if tokens[position] == "(" {
                position += 1
                guard expression(), position < tokens.count, tokens[position] == ")" else { return false }
                position += 1
                return true
            }
            guard isIdentifier(tokens[position]) else { return false }
            position += 1
            if position < tokens.count, tokens[position] == "WITH" {
                position += 1
                guard position < tokens.count, isIdentifier(tokens[position]) else { return false }
                position += 1
            }
            return true
        }
        func expression() -> Bool {
            guard term() else { return false }
            while position < tokens.count, tokens[position] == "AND" || tokens[position] == "OR" {
                position += 1
                guard term() else { return false }
            }
            return true
        }
        return expression() && position == tokens.count
    }

    /// A French number: `0X XX XX XX XX` or `+33 X XX XX XX XX` / `0033…`, with spaces, dots or
    /// dashes between groups.
    static func isFrenchPhone(_ text: String) -> Bool {
        var rest = Substring(text.trimmingWhitespace())
        var national: Substring
        if rest.hasPrefix("+33") {
            rest = rest.dropFirst(3)
        } else if rest.hasPrefix("0033") {
            rest = rest.dropFirst(4)
        } else if rest.hasPrefix("0") {
            rest = rest.dropFirst()
        } else {
            return false
        }
        guard rest.allSatisfy({ $0.isASCII && ($0.isNumber || " .-".contains($0)) }) else { return false }
        national = Substring(rest.filter(\.isNumber))
        guard national.count == 9, let first = national.first, first != "0" else { return false }
        return true
    }

    /// 14 digits (spaces allowed) whose Luhn key is valid. La Poste's establishments (SIREN
    /// 356 000 000) use another key: the sum of the digits is a multiple of 5.
    static func isSIRET(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        guard compact.count == 14, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let digits = compact.compactMap { $0.wholeNumberValue }
        if compact.hasPrefix("356000000"), compact != "35600000000048" {
            return digits.reduce(0, +) % 5 == 0
        }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
