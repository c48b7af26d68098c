/// Which findings of a run become GitHub annotations. GitHub shows at most 10 error, 10 warning
/// and 10 notice annotations per step and drops the rest from the pull request's diff, so the
/// findings that matter go first: errors, then warnings, then notices (infos and waived
/// findings), each kind in file then source order. What is over budget is listed in the log
/// instead, and counted, so the step's summary can say how many the diff does not show.
/// Shared by the GitHub reporter (which writes the annotations) and the Markdown summary (which
/// says how many were left out).
struct AnnotationBudget {
    /// GitHub's per-step display limit, for each kind.
    static let perKind = 10

    enum Kind: Int, CaseIterable, Comparable {
        case error, warning, notice

        var command: String {
            switch self {
            case .error: "error"
            case .warning: "warning"
            case .notice: "notice"
            }
        }

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    struct Entry: Equatable {
        var file: Int
        var diagnostic: Int
        var kind: Kind
    }

    /// In the order they are written: errors, warnings, notices.
    private(set) var annotated: [Entry] = []
    /// Over budget: written as plain log lines, in the same order.
    private(set) var unannotated: [Entry] = []

    init(_ report: RunReport, perKind: Int = AnnotationBudget.perKind) {
        var byKind: [[Entry]] = Array(repeating: [], count: Kind.allCases.count)
        for (fileIndex, file) in report.files.enumerated() {
            for (index, diagnostic) in file.diagnostics.enumerated() {
                let kind = Self.kind(of: diagnostic)
                byKind[kind.rawValue].append(Entry(file: fileIndex, diagnostic: index, kind: kind))
            }
        }
        for entries in byKind {
            annotated += entries.prefix(perKind)
            unannotated += entries.dropFirst(perKind)
        }
    }

    /// A waived finding is a notice: it is reported, not a failure.
    static func kind(of diagnostic: Diagnostic) -> Kind {
        if diagnostic.isWaived { return .notice }
        switch diagnostic.severity {
        case .error: return .error
        case .warning: return .warning
        case .info: return .notice
        }
    }

    /// The sentence the step's log and summary end with when some findings have no annotation.
    static func leftOut(_ count: Int, _ language: Language) -> String {
        switch language {
        case .fr:
            let subject = count == 1 ? "1 constat n'a pas d'annotation" : "\(count) constats n'ont pas d'annotation"
            return "\(subject) sur le diff : GitHub n'affiche que \(perKind) annotations d'erreur, \(perKind)"
                + " d'avertissement et \(perKind) notes par étape (les erreurs passent en premier). Tous sont"
                + " listés dans le journal de l'étape ; pour les garder, ajoutez --format sarif:conforme.sarif"
                + " (analyse de code) ou --format html:conforme.html."
        case .en:
            let subject = count == 1 ? "1 finding has no annotation" : "\(count) findings have no annotation"
            return "\(subject) on the diff: GitHub shows only \(perKind) error, \(perKind) warning and"
                + " \(perKind) notice annotations per step (errors go first). All are listed in the step's"
                + " log; to keep them, add --format sarif:conforme.sarif (code scanning) or"
                + " --format html:conforme.html."
        }
    }
}
