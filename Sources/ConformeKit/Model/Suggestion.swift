import Foundation
import YAMLTree

/// "Vouliez-vous dire … ?": the closest allowed value to what was written, for values, keys,
/// rule ids and check names alike.
public enum Suggestion {
    /// A case-insensitive match first (`apache-2.0` → `Apache-2.0`), then the candidate at the
    /// smallest edit distance, if that distance is small enough to be a typo rather than
    /// another word: at most max(2, length / 3).
    ///
    /// Between the two, a value of the same family wins when it is the only one: a licence or
    /// standard is named by letters, then a version (`EUPL-2.0` is a mistyped `EUPL-1.2`, even
    /// though `EPL-2.0` is one letter away).
    ///
    /// Otherwise a versioned name is only ever corrected into the same family and version: one
    /// character turns `GPL-2.0-only` into `GPL-3.0-only` or `GPL-2.0` into `EPL-2.0`, another
    /// licence, not a spelling of the one written.
    public static func closest(to written: String, among candidates: some Sequence<String>) -> String? {
        let needle = written.lowercased()
        let trimmedNeedle = String(needle.trimmingWhitespace())
        let needleFamily = family(of: trimmedNeedle)
        let needleVersion = needleFamily == nil ? "" : version(of: trimmedNeedle)
        var sameFamily: [String] = []
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != written {
            let lowered = candidate.lowercased()
            if lowered == needle || lowered == trimmedNeedle { return candidate }
            if let needleFamily {
                guard family(of: lowered) == needleFamily else { continue }
                sameFamily.append(candidate)
                guard version(of: lowered) == needleVersion else { continue }
            }
            let distance = editDistance(needle, lowered)
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        if sameFamily.count == 1 { return sameFamily[0] }
        guard let best, best.distance <= max(2, written.count / 3) else { return nil }
        return best.candidate
    }

    /// The leading letters of a versioned name (`eupl` of `eupl-2.0`), or nil when the value has
    /// no version part: only then does a family say anything.
    static func family(of lowered: String) -> String? {
        guard let cut = lowered.firstIndex(where: { $0 == "-" || $0.isNumber }),
            cut != lowered.startIndex,
            lowered[cut...].contains(where: \.isNumber)
        else { return nil }
        return String(lowered[..<cut].trimmingCharacters(in: .letters.inverted))
    }

    /// The digits of a versioned name, in order (`30` of `gpl-3.0-only`).
    static func version(of lowered: String) -> String { String(lowered.filter(\.isNumber)) }

    /// The distance between two texts in Characters. On bytes when both are ASCII without a
    /// carriage return (then each byte is one Character, as "\r\n" alone is not): keys and
    /// rule ids are, and comparing Characters cost most of a failing manifest's check.
    static func editDistance(_ a: String, _ b: String) -> Int {
        func isPlainASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        if isPlainASCII(a), isPlainASCII(b) { return editDistance(Array(a.utf8), Array(b.utf8)) }
        return editDistance(Array(a), Array(b))
    }

    /// Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbouring
    /// characters is one typo, not two.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}

extension LocalizedText {
    /// This text, then « ; vouliez-vous dire « GUESS » ? » when there is a guess (`otherwise`
    /// when there is none): the one wording of a suggestion after a problem.
    func suggesting(_ guess: String?, otherwise: LocalizedText = LocalizedText("", "")) -> LocalizedText {
        guard let guess else { return LocalizedText(fr + otherwise.fr, en + otherwise.en) }
        let question = Suggestion.didYouMean(guess)
        return LocalizedText("\(fr) ; \(question.fr)", "\(en); \(question.en)")
    }
}

extension Suggestion {
    /// « vouliez-vous dire « GUESS » ? » / "did you mean 'GUESS'?": the one place this question
    /// is worded, for findings, rule files, options and the command line alike.
    public static func didYouMean(_ guess: String) -> LocalizedText { didYouMean([guess]) }

    /// « vouliez-vous dire « A », « B » ? » / "did you mean 'A', 'B'?".
    public static func didYouMean(_ guesses: [String]) -> LocalizedText {
        LocalizedText("vouliez-vous dire \(guesses.map { "« \($0) »" }.joined(separator: ", ")) ?",
            "did you mean \(guesses.map { "'\($0)'" }.joined(separator: ", "))?")
    }
}
