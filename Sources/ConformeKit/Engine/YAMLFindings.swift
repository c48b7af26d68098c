import YAMLTree

/// The parser's problems, as findings: a manifest that is not valid YAML is a finding
/// (`yaml.syntaxe`), not a crash or a silent pass.
enum YAMLFindings {
    static let ruleIDs = Problem.Code.allCases.map(\.rawValue)

    static func diagnostics(for document: ParsedDocument) -> [Diagnostic] {
        var diagnostics = document.problems.map { problem in
            Diagnostic(
                rule: problem.code.rawValue,
                // Only an ambiguous boolean is a doubt rather than an error.
                severity: problem.code.isDoubt || problem.severity == .warning ? .warning : .error,
                message: problem.message, range: problem.range, notes: problem.notes)
        }
        // The parser reports these itself; these are a guard so that no manifest is ever
        // silently skipped.
        if document.root == nil, !document.hasErrors {
            diagnostics.append(Diagnostic(rule: Problem.Code.empty.rawValue, severity: .error,
                message: LocalizedText("Le fichier ne contient aucun manifeste : il est vide.",
                    "The file holds no manifest: it is empty."),
                range: SourceRange(at: .start)))
        } else if let root = document.root, root.pairs == nil,
            !document.problems.contains(where: { $0.code == .rootNotMapping })
        {
            diagnostics.append(Diagnostic(rule: Problem.Code.rootNotMapping.rawValue, severity: .error,
                message: LocalizedText(
                    "Le manifeste doit être une table de clés (promotion: 7, projet: …), pas \(root.kindName == "list" ? "une liste" : "une valeur seule").",
                    "The manifest must be a map of keys (promotion: 7, projet: …), not a \(root.kindName)."),
                range: SourceRange(start: root.range.start, end: root.range.start)))
        }
        return diagnostics
    }

    /// Whether the tree is the whole document, so rules can run on it: a duplicate key keeps
    /// its first occurrence and an ambiguous boolean is still a string, but after a syntax or
    /// encoding error, or a limit, the tree is partial and rules would report phantom gaps.
    static func treeIsWhole(_ document: ParsedDocument) -> Bool {
        document.problems.allSatisfy { problem in
            problem.severity != .error || problem.code == .duplicateKey || problem.code.isDoubt
        }
    }
}
