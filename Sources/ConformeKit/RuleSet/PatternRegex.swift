import Foundation

/// The compiled form of a rule's `pattern`, anchored to the whole text: either a small
/// automaton for the simple patterns rule sets use for addresses and identifiers, or ICU's
/// `NSRegularExpression` for the rest.
///
/// Why not always ICU: compiling the first ICU regex of a process initialises ICU's regex
/// tables (~8M instructions, more than checking one manifest), and each match bridges the text
/// to UTF-16. A run whose patterns are all simple never loads them.
///
/// A struct of two optionals rather than an enum: an enum with two payloads may keep its case
/// in the spare bits of the ICU object's address, which LeakSanitizer then cannot follow, and
/// the fuzz targets would report every compiled rule set as leaked.
struct PatternRegex: Sendable {
    let simple: SimpleRegex?
    /// NSRegularExpression is immutable and safe to share between threads.
    let icu: NSRegularExpression?

    static func simple(_ regex: SimpleRegex) -> PatternRegex { PatternRegex(simple: regex, icu: nil) }
    static func icu(_ regex: NSRegularExpression) -> PatternRegex { PatternRegex(simple: nil, icu: regex) }

    /// Whether the whole text matches (the pattern is anchored); nil when ICU could not tell
    /// within `maxTicks`. The automaton reads the text's scalars directly (an NSRange would
    /// measure it in UTF-16 twice) and always tells, in linear time.
    func matches(_ text: String) -> Bool? {
        if let simple { return simple.matches(text) }
        guard let icu else { return false }
        return Self.icuMatches(icu, text)
    }

    /// ICU's work on one text, in its own unit: a tick is 10 000 steps of its backtracking
    /// matcher, counted by the matcher itself (`.reportProgress` calls back once per tick), so
    /// the bound is the same on any machine. A pattern that needs no backtracking to speak
    /// of uses none on 4 096 characters; a quadratic one (`.*x.*`) about 800 at worst.
    static let maxTicks = 1_000

    /// ICU gives up silently on some patterns (`(a?){32}a{32}`, its own backtracking limit) and
    /// returns "no match", which a `not_pattern` would take for a pass. Counting ticks stops
    /// the match well before that, and says so.
    private static func icuMatches(_ regex: NSRegularExpression, _ text: String) -> Bool? {
        var matched = false
        var ticks = 0
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) {
            result, flags, stop in
            if result != nil {
                matched = true
                stop.pointee = true
            } else if flags.contains(.progress) {
                ticks += 1
                if ticks > maxTicks { stop.pointee = true }
            }
        }
        return matched ? true : ticks > maxTicks ? nil : false
    }
}

/// A regular expression of a subset that ICU reads the same way and that needs no
/// backtracking: literal characters, `\` before ASCII punctuation, bracket classes of ASCII
/// characters and ranges (negated with `^`), each optionally followed by `*`, `+`, `?`,
/// `{n}`, `{n,}` or `{n,m}`; `^` first and `$` last. Matched against the WHOLE text, scalar by
/// scalar as ICU does (no normalisation), by simulating the automaton: linear in the text.
///
/// Anything else (`.`, groups, alternation, `\d` and other classes — Unicode-aware in ICU —,
/// flags, lazy or possessive quantifiers, unusual class syntax) makes `init` return nil, and
/// the pattern goes to ICU. Being a strict subset of ICU's syntax, an accepted pattern is also
/// a valid ICU regex, so validation reports the same problems either way.
struct SimpleRegex: Sendable {
    enum Atom: Sendable, Equatable {
        case scalar(Unicode.Scalar)
        /// ASCII members as a 128-bit set; a negated class also matches every non-ASCII scalar.
        case set(low: UInt64, high: UInt64, negated: Bool)

        func matches(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .scalar(let expected):
                return scalar == expected
            case .set(let low, let high, let negated):
                let value = scalar.value
                guard value < 128 else { return negated }
                let inSet = value < 64 ? low & (1 << UInt64(value)) != 0 : high & (1 << UInt64(value - 64)) != 0
                return inSet != negated
            }
        }
    }

    /// One automaton position: an atom that must occur once, may occur once, or repeats.
    struct Item: Sendable, Equatable {
        enum Kind: Sendable, Equatable { case once, optional, repeated }
        var atom: Atom
        var kind: Kind
    }

    /// Positions in order; `items.count` is the accepting position.
    let items: [Item]

    /// Bound on the expanded automaton (`a{1000}` is left to ICU).
    private static let maxItems = 512

    init?(_ source: String) {
        let scalars = Array(source.unicodeScalars)
        var items: [Item] = []
        var i = 0
        if i < scalars.count, scalars[i] == "^" { i += 1 }
        while i < scalars.count {
            let c = scalars[i]
            let atom: Atom
            switch c {
            case "$":
                // Only last: before `\z`, `$` adds nothing.
                guard i == scalars.count - 1 else { return nil }
                i += 1
                continue
            case "\\":
                guard i + 1 < scalars.count, Self.isEscapablePunctuation(scalars[i + 1]) else { return nil }
                atom = .scalar(scalars[i + 1])
                i += 2
            case "[":
                guard let (set, end) = Self.parseClass(scalars, from: i) else { return nil }
                atom = set
                i = end
            default:
                guard !Self.isSyntax(c), !c.properties.isWhitespace || c == " ",
                    c.value >= 0x20, c.value != 0x7F
                else { return nil }
                atom = .scalar(c)
                i += 1
            }
            guard let (minimum, maximum, end) = Self.parseQuantifier(scalars, from: i) else { return nil }
            i = end
            for _ in 0..<minimum { items.append(Item(atom: atom, kind: .once)) }
            if let maximum {
                for _ in minimum..<maximum { items.append(Item(atom: atom, kind: .optional)) }
            } else {
                items.append(Item(atom: atom, kind: .repeated))
            }
            guard items.count <= Self.maxItems else { return nil }
        }
        self.items = items
        self.bits = items.count < 64 ? Bits(items) : nil
    }

    /// The automaton as bit masks, one bit per position, when it has fewer than 64: one step
    /// for all active positions is then a few bit operations per scalar of text, without the
    /// position lists (and their allocations) of the general simulation.
    struct Bits: Sendable, Equatable {
        /// For each ASCII scalar, the positions whose atom accepts it.
        var ascii: [UInt64]
        var optional: UInt64 = 0
        var repeated: UInt64 = 0

        init(_ items: [Item]) {
            ascii = (0..<128).map { value in
                var mask: UInt64 = 0
                for (position, item) in items.enumerated() where item.atom.matches(Unicode.Scalar(UInt8(value))) {
                    mask |= 1 << UInt64(position)
                }
                return mask
            }
            for (position, item) in items.enumerated() {
                if item.kind != .once { optional |= 1 << UInt64(position) }
                if item.kind == .repeated { repeated |= 1 << UInt64(position) }
            }
        }

        /// Positions reachable without reading: past optional and repeated atoms.
        func closure(_ positions: UInt64) -> UInt64 {
            var result = positions
            while true {
                let widened = result | ((result & optional) << 1)
                if widened == result { return result }
                result = widened
            }
        }
    }

    let bits: Bits?

    /// Whether the whole of `text` matches (as `matches(_: String)`, which rules use).
    func matches(_ text: Substring.UnicodeScalarView) -> Bool { matches(String(text)) }

    /// Whether the whole of `text` matches, read as UTF-8 bytes: iterating a string's scalars
    /// cost several times the automaton itself on an ASCII address.
    func matches(_ text: String) -> Bool {
        guard let bits else { return matchesByPositions(Substring(text).unicodeScalars) }
        var text = text
        return text.withUTF8 { bytes in
            var active = bits.closure(1)
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let accepting: UInt64
                if lead < 0x80 {
                    accepting = bits.ascii[Int(lead)]
                    i += 1
                } else {
                    // A string's bytes are valid UTF-8: decode the scalar they start.
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    i += width
                    accepting = self.accepting(Unicode.Scalar(value) ?? "\u{FFFD}")
                }
                guard let next = Self.advance(active, on: accepting, bits) else { return false }
                active = next
            }
            return active & (1 << UInt64(items.count)) != 0
        }
    }

    /// The positions whose atom accepts a non-ASCII scalar.
    private func accepting(_ scalar: Unicode.Scalar) -> UInt64 {
        var accepting: UInt64 = 0
        for (position, item) in items.enumerated() where item.atom.matches(scalar) {
            accepting |= 1 << UInt64(position)
        }
        return accepting
    }

    /// One step of the automaton: the positions active after a scalar that `accepting`
    /// positions accept, or nil when none is.
    private static func advance(_ active: UInt64, on accepting: UInt64, _ bits: Bits) -> UInt64? {
        let moving = active & accepting
        // A repeated atom stays where it is; any other moves on to the next position.
        let next = ((moving & ~bits.repeated) << 1) | (moving & bits.repeated)
        return next == 0 ? nil : bits.closure(next)
    }

    /// The general simulation, for automata of 64 positions or more.
    private func matchesByPositions(_ text: Substring.UnicodeScalarView) -> Bool {
        let end = items.count
        // The active positions, without duplicates (`seen` holds the step that added each).
        var current: [Int] = []
        var next: [Int] = []
        current.reserveCapacity(8)
        next.reserveCapacity(8)
        var seen = [Int](repeating: -1, count: end + 1)
        func add(_ start: Int, step: Int, to set: inout [Int]) {
            var position = start
            while seen[position] != step {
                seen[position] = step
                set.append(position)
                // An optional or repeated atom may also be skipped.
                guard position < end, items[position].kind != .once else { return }
                position += 1
            }
        }
        add(0, step: 0, to: &current)
        var step = 0
        for scalar in text {
            step += 1
            next.removeAll(keepingCapacity: true)
            for position in current where position < end {
                let item = items[position]
                guard item.atom.matches(scalar) else { continue }
                add(item.kind == .repeated ? position : position + 1, step: step, to: &next)
            }
            if next.isEmpty { return false }
            swap(&current, &next)
        }
        return current.contains(end)
    }

    /// ICU's metacharacters outside a class.
    private static func isSyntax(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "#": return true
        default: return false
        }
    }

    /// ASCII punctuation, which `\` makes literal in ICU (`\` before a letter or digit is a
    /// class, an anchor or a back-reference).
    private static func isEscapablePunctuation(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && c.value > 0x20 && c.value < 0x7F && !isAlphanumeric(c)
    }

    /// A character that stands for itself inside a class: ASCII letters, digits and a few
    /// punctuation marks with no meaning in ICU's set syntax.
    private static func isPlainClassMember(_ c: Unicode.Scalar) -> Bool {
        isAlphanumeric(c) || "._/@+,%=~!'".unicodeScalars.contains(c)
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    }

    /// `[...]` from `start` (its `[`): the set and the index after `]`.
    private static func parseClass(_ s: [Unicode.Scalar], from start: Int) -> (Atom, Int)? {
        var i = start + 1
        var negated = false
        if i < s.count, s[i] == "^" {
            negated = true
            i += 1
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        func insert(_ c: Unicode.Scalar) {
            if c.value < 64 { low |= 1 << UInt64(c.value) } else { high |= 1 << UInt64(c.value - 64) }
        }
        var empty = true
        while i < s.count, s[i] != "]" {
            var member: Unicode.Scalar
            if s[i] == "\\" {
                guard i + 1 < s.count, isEscapablePunctuation(s[i + 1]) else { return nil }
                member = s[i + 1]
                i += 2
            } else if s[i] == "-" {
                // Only a last `-` is literal here; elsewhere ICU's reading is left to ICU.
                guard i + 1 < s.count, s[i + 1] == "]", !empty else { return nil }
                member = "-"
                i += 1
            } else {
                guard isPlainClassMember(s[i]) else { return nil }
                member = s[i]
                i += 1
            }
            if i + 1 < s.count, s[i] == "-", s[i + 1] != "]" {
                // A range: both ends ASCII letters or digits, in order.
                let upper = s[i + 1]
                guard isAlphanumeric(member), isAlphanumeric(upper), member.value <= upper.value else { return nil }
                for value in member.value...upper.value { insert(Unicode.Scalar(UInt8(value))) }
                i += 2
                empty = false
                continue
            }
            insert(member)
            empty = false
        }
        guard i < s.count, !empty else { return nil }
        return (.set(low: low, high: high, negated: negated), i + 1)
    }

    /// The quantifier at `start`, if any: (minimum, maximum or nil for unbounded, next index).
    private static func parseQuantifier(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int?, Int)? {
        guard start < s.count else { return (1, 1, start) }
        var result: (Int, Int?, Int)
        switch s[start] {
        case "*": result = (0, nil, start + 1)
        case "+": result = (1, nil, start + 1)
        case "?": result = (0, 1, start + 1)
        case "{":
            var i = start + 1
            func number() -> Int? {
                var value = 0
                var digits = 0
                while i < s.count, ("0"..."9").contains(s[i]), digits < 4 {
                    value = value * 10 + Int(s[i].value - 0x30)
                    digits += 1
                    i += 1
                }
                return digits == 0 ? nil : value
            }
            guard let minimum = number() else { return nil }
            var maximum: Int? = minimum
            if i < s.count, s[i] == "," {
                i += 1
                maximum = i < s.count && s[i] == "}" ? nil : number()
                if maximum == nil, !(i < s.count && s[i] == "}") { return nil }
            }
            guard i < s.count, s[i] == "}" else { return nil }
            if let maximum, maximum < minimum { return nil }
            result = (minimum, maximum, i + 1)
        default:
            return (1, 1, start)
        }
        // `*?`, `++`, `a**`…: lazy, possessive or stacked quantifiers are ICU's business.
        if result.2 < s.count, "*+?{".unicodeScalars.contains(s[result.2]) { return nil }
        return result
    }
}
