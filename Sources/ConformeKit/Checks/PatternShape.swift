/// Shapes of regular expression that make a backtracking engine (ICU) explode, refused when a
/// rule set loads (`rules validate`, `--rules`), beyond the nested unbounded quantifiers
/// `Pattern.hasNestedQuantifier` already refuses:
///
/// - **a repeated group around a variable quantifier**: `(a?){32}`, `(ab?)+`, `(a{1,3}){10}`;
///   the group's repetitions can share out the same text in exponentially many ways;
/// - **more than two unbounded quantifiers in a row that can eat the same characters**:
///   `.*.*.*`, `[a-z]*[a-z]*[a-z]*`, `\S+x\S+y\S+`; each one multiplies the work by the text's
///   length. A character that one of them cannot match (the `@` in `[a-z]+@[a-z]+\.[a-z]+`)
///   separates them.
///
/// Heuristics, on purpose conservative: a false alarm costs the author a rewrite, a miss a
/// check that stops at the engine's limit with a finding (`Pattern.maxTicks`).
enum PatternShape {
    enum Refusal: Equatable {
        case repeatedVariableGroup
        case overlappingUnboundedRun
    }

    static func refusal(_ source: String) -> Refusal? {
        let chars = Array(source.unicodeScalars)
        return check(chars[...])
    }

    /// What characters an atom can match, as far as this analysis tells.
    private enum Atom {
        case literal(Unicode.Scalar)
        case ascii(Set<UInt32>)
        /// `.`, `\w`, `\S`, a negated or unusual class, a group: may match nearly anything.
        case broad
        /// `^`, `$`, `\b`…: matches no character.
        case empty

        func overlaps(_ other: Atom) -> Bool {
            switch (self, other) {
            case (.empty, _), (_, .empty): return false
            case (.broad, _), (_, .broad): return true
            case let (.literal(a), .literal(b)): return a == b
            case let (.literal(a), .ascii(set)), let (.ascii(set), .literal(a)): return set.contains(a.value)
            case let (.ascii(a), .ascii(b)): return !a.isDisjoint(with: b)
            }
        }
    }

    private struct Quantifier {
        var minimum: Int
        var maximum: Int?  // nil: unbounded
        var possessive: Bool
        var isVariable: Bool { maximum != minimum }
        var isUnbounded: Bool { maximum == nil && !possessive }
        var repeats: Bool { maximum == nil || maximum! > 1 }
    }

    /// Checks a sequence (and, recursively, the groups in it).
    private static func check(_ s: ArraySlice<Unicode.Scalar>) -> Refusal? {
        for branch in alternatives(s) {
            var run: [Atom] = []  // unbounded atoms that may still share characters
            var i = branch.startIndex
            while i < branch.endIndex {
                let (atom, innerVariable, next) = parseAtom(branch, at: i)
                if case .refusal(let refusal) = innerVariable { return refusal }
                let (quantifier, after) = parseQuantifier(branch, at: next)
                i = after
                if case .variable = innerVariable, let quantifier, quantifier.repeats { return .repeatedVariableGroup }
                if let quantifier, quantifier.isUnbounded {
                    run = run.filter { $0.overlaps(atom) }
                    run.append(atom)
                    if run.count > 2 { return .overlappingUnboundedRun }
                } else if quantifier?.minimum ?? 1 > 0 {
                    // A character every match must read here ends the run of atoms that cannot read it.
                    run = run.filter { $0.overlaps(atom) }
                }
            }
        }
        return nil
    }

    /// A group's content: whether it holds a variable quantifier, or a refusal of its own.
    private enum Inner {
        case none, variable
        case refusal(Refusal)
    }

    private static func parseAtom(_ s: ArraySlice<Unicode.Scalar>, at i: Int) -> (Atom, Inner, Int) {
        let c = s[i]
        switch c {
        case "\\":
            guard i + 1 < s.endIndex else { return (.literal(c), .none, i + 1) }
            let e = s[i + 1]
            switch e {
            case "d": return (.ascii(Set(0x30...0x39)), .none, i + 2)
            case "s": return (.ascii([0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]), .none, i + 2)
            case "b", "B", "A", "z", "Z", "G": return (.empty, .none, i + 2)
            case "p", "P":
                var j = i + 2
                if j < s.endIndex, s[j] == "{" { while j < s.endIndex, s[j] != "}" { j += 1 } }
                return (.broad, .none, min(j + 1, s.endIndex))
            case "w", "W", "S", "D", "X", "R", "N", "h", "H", "v", "V": return (.broad, .none, i + 2)
            default:
                return e.properties.isAlphabetic || ("0"..."9").contains(e) ? (.broad, .none, i + 2) : (.literal(e), .none, i + 2)
            }
        case "[":
            let end = endOfClass(s, from: i)
            return (classAtom(s[(i + 1)..<min(end, s.endIndex)]), .none, min(end + 1, s.endIndex))
        case "(":
            let end = endOfGroup(s, from: i)
            var content = s[(i + 1)..<min(end, s.endIndex)]
            // `(?:`, `(?i)`, `(?=`, `(?<name>`: the flags or name are not text.
            if content.first == "?" {
                var j = content.startIndex + 1
                if j < content.endIndex, content[j] == "<", j + 1 < content.endIndex, content[j + 1] != "=", content[j + 1] != "!" {
                    while j < content.endIndex, content[j] != ">" { j += 1 }
                    j += 1
                } else {
                    while j < content.endIndex, content[j] != ":", content[j] != ")", !"=!".unicodeScalars.contains(content[j]) { j += 1 }
                    j = min(j + 1, content.endIndex)
                }
                content = content[min(j, content.endIndex)...]
            }
            if let refusal = check(content) { return (.broad, .refusal(refusal), min(end + 1, s.endIndex)) }
            return (.broad, hasVariableQuantifier(content) ? .variable : .none, min(end + 1, s.endIndex))
        case ".": return (.broad, .none, i + 1)
        case "^", "$": return (.empty, .none, i + 1)
        default: return (.literal(c), .none, i + 1)
        }
    }

    /// ASCII members of a plain class; anything else (negation, escapes, nested sets) is broad.
    private static func classAtom(_ body: ArraySlice<Unicode.Scalar>) -> Atom {
        guard body.first != "^" else { return .broad }
        var members = Set<UInt32>()
        var i = body.startIndex
        while i < body.endIndex {
            var c = body[i]
            if c == "\\" {
                guard i + 1 < body.endIndex else { return .broad }
                c = body[i + 1]
                if c.properties.isAlphabetic || ("0"..."9").contains(c) { return .broad }
                i += 1
            } else if c == "[" || !c.isASCII {
                return .broad
            }
            if i + 2 < body.endIndex, body[i + 1] == "-", body[i + 2] != "\\", body[i + 2] != "[" {
                let upper = body[i + 2]
                guard upper.isASCII, c.value <= upper.value else { return .broad }
                members.formUnion(c.value...upper.value)
                i += 3
                continue
            }
            members.insert(c.value)
            i += 1
        }
        return .ascii(members)
    }

    /// Whether a group's content has a quantifier whose count may vary (`?`, `*`, `+`, `{1,3}`)
    /// anywhere in it.
    private static func hasVariableQuantifier(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = s.startIndex
        while i < s.endIndex {
            switch s[i] {
            case "\\": i += 2; continue
            case "[": i = endOfClass(s, from: i) + 1; continue
            case "(":
                // `(?` opens a group; it quantifies nothing.
                if i + 1 < s.endIndex, s[i + 1] == "?" { i += 2; continue }
            case "?", "*", "+": return true
            case "{":
                let (quantifier, _) = parseQuantifier(s, at: i)
                if let quantifier, quantifier.isVariable { return true }
            default: break
            }
            i += 1
        }
        return false
    }

    private static func parseQuantifier(_ s: ArraySlice<Unicode.Scalar>, at i: Int) -> (Quantifier?, Int) {
        guard i < s.endIndex else { return (nil, i) }
        var quantifier: Quantifier
        var next: Int
        switch s[i] {
        case "*": quantifier = Quantifier(minimum: 0, maximum: nil, possessive: false); next = i + 1
        case "+": quantifier = Quantifier(minimum: 1, maximum: nil, possessive: false); next = i + 1
        case "?": quantifier = Quantifier(minimum: 0, maximum: 1, possessive: false); next = i + 1
        case "{":
            guard let close = s[i...].firstIndex(of: "}") else { return (nil, i) }
            let inside = String(String.UnicodeScalarView(s[(i + 1)..<close]))
            let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
            guard let minimum = Int(parts[0]), parts.count <= 2 else { return (nil, i) }
            let maximum: Int? = parts.count == 1 ? minimum : (parts[1].isEmpty ? nil : Int(parts[1]))
            if parts.count == 2, !parts[1].isEmpty, maximum == nil { return (nil, i) }
            quantifier = Quantifier(minimum: minimum, maximum: maximum, possessive: false)
            next = close + 1
        default: return (nil, i)
        }
        if next < s.endIndex, s[next] == "+" {
            quantifier.possessive = true
            next += 1
        } else if next < s.endIndex, s[next] == "?" {
            next += 1  // lazy: backtracks all the same
        }
        return (quantifier, next)
    }

    /// The top-level branches of a sequence, split at `|`.
    private static func alternatives(_ s: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var branches: [ArraySlice<Unicode.Scalar>] = []
        var start = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            switch s[i] {
            case "\\": i += 2; continue
            case "[": i = endOfClass(s, from: i) + 1; continue
            case "(": i = endOfGroup(s, from: i) + 1; continue
            case "|":
                branches.append(s[start..<i])
                start = i + 1
            default: break
            }
            i += 1
        }
        branches.append(s[start..<min(s.endIndex, max(start, s.endIndex))])
        return branches
    }

    /// The index of the `]` closing the class at `start` (a `]` first is literal); the end when open.
    private static func endOfClass(_ s: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var j = start + 1
        if j < s.endIndex, s[j] == "^" { j += 1 }
        if j < s.endIndex, s[j] == "]" { j += 1 }
        var depth = 0
        while j < s.endIndex {
            switch s[j] {
            case "\\": j += 1
            case "[": depth += 1
            case "]":
                if depth == 0 { return j }
                depth -= 1
            default: break
            }
            j += 1
        }
        return s.endIndex
    }

    /// The index of the `)` closing the group at `start`; the end when open.
    private static func endOfGroup(_ s: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var depth = 0
        var j = start
        while j < s.endIndex {
            switch s[j] {
            case "\\": j += 1
            case "[": j = endOfClass(s, from: j)
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return s.endIndex
    }
}
