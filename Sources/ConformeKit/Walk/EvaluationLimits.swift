import Foundation
import YAMLTree

/// Bounds on what checks do with a manifest, on top of the parser's `ParseLimits`: how long a
/// list a check walks (`each`, `unique`, `closed`, a `[*]` wildcard) and how long a text a
/// regular expression runs on. Each overrun is a `yaml.limite` finding at the node, naming the
/// limit and the option that raises it; the check is skipped there rather than run unbounded.
public struct EvaluationLimits: Sendable, Hashable {
    /// Most items (or keys) of one list (or map) a check walks.
    public var maxListLength: Int
    /// Longest text, in Unicode scalars, a `pattern` / `not_pattern` regex is run on.
    public var maxPatternInput: Int

    public init(maxListLength: Int = 1_000, maxPatternInput: Int = 4_096) {
        self.maxListLength = maxListLength
        self.maxPatternInput = maxPatternInput
    }

    public static let `default` = EvaluationLimits()
}

/// A limit crossed during evaluation, where.
struct LimitOverrun: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case listLength(count: Int, limit: Int)
        case patternInput(length: Int, limit: Int)
        /// The regex engine could not decide within its bound (`Pattern.maxTicks`).
        case patternUndecided(pattern: String)
    }

    var kind: Kind
    var path: String
    var range: SourceRange

    static func == (a: LimitOverrun, b: LimitOverrun) -> Bool { a.kind == b.kind && a.path == b.path }
    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(path)
    }

    var message: LocalizedText {
        switch kind {
        case .listLength(let count, let limit):
            LocalizedText(
                fr: "Cette liste compte \(count) éléments, au-delà de la limite de \(limit) "
                    + "(limite « longueur de liste ») : les vérifications qui la parcourent n'ont pas "
                    + "été faites. Une proposition n'en a pas besoin d'autant : vérifiez le fichier, "
                    + "ou relevez la limite avec --max-list-length.",
                en: "This list has \(count) items, over the limit of \(limit) (\"list length\" "
                    + "limit): the checks that walk it were not run. A proposal needs far fewer: "
                    + "check the file, or raise the limit with --max-list-length.")
        case .patternInput(let length, let limit):
            LocalizedText(
                fr: "Ce texte fait \(length) caractères, au-delà de la limite de \(limit) pour une "
                    + "vérification par motif (limite « texte soumis à un motif ») : le motif n'a "
                    + "pas été vérifié. Raccourcissez le texte, ou relevez la limite avec "
                    + "--max-pattern-input.",
                en: "This text is \(length) characters long, over the limit of \(limit) for a "
                    + "pattern check (\"pattern input\" limit): the pattern was not checked. "
                    + "Shorten the text, or raise the limit with --max-pattern-input.")
        case .patternUndecided(let pattern):
            LocalizedText(
                fr: "Le motif \(pattern) n'a pas pu être vérifié sur ce texte : le moteur "
                    + "d'expressions régulières a dépassé sa limite de calcul (retour arrière). "
                    + "La règle n'est ni respectée ni enfreinte ici : simplifiez le motif dans le "
                    + "jeu de règles (« conforme rules validate » signale les formes à risque).",
                en: "The pattern \(pattern) could not be checked on this text: the regular "
                    + "expression engine went over its work limit (backtracking). The rule is "
                    + "neither met nor broken here: simplify the pattern in the rule set "
                    + "('conforme rules validate' reports risky shapes).")
        }
    }

    var diagnostic: Diagnostic {
        Diagnostic(
            rule: Problem.Code.limit.rawValue, severity: .error, message: message,
            path: path.isEmpty ? nil : path, range: range)
    }
}

/// Where checks record the limits they meet during one evaluation (`Walk.mayWalk`,
/// `Walk.mayMatch`), each place and limit once.
///
/// Without a lock: one document is evaluated on one thread, start to end, by one `Walk`.
final class OverrunLog: @unchecked Sendable {
    private var seen: Set<LimitOverrun> = []
    private(set) var overruns: [LimitOverrun] = []

    func record(_ overrun: LimitOverrun) {
        if seen.insert(overrun).inserted { overruns.append(overrun) }
    }
}
