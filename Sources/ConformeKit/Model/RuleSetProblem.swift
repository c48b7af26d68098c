import YAMLTree

/// Something wrong in a rule file, at its place. A rule set with any problem is refused whole:
/// a rule that silently does nothing would let a non-compliant proposal pass.
public struct RuleSetProblem: Sendable, Error, CustomStringConvertible {
    /// The rule file, as passed to the loader (or joined for an `extends`).
    public var file: String
    public var range: SourceRange
    public var message: LocalizedText

    public init(file: String, range: SourceRange, message: LocalizedText) {
        self.file = file
        self.range = range
        self.message = message
    }

    /// `file:line:column: message`, as compilers write it.
    public func text(_ language: Language) -> String {
        "\(file):\(range.start.line):\(range.start.column): \(message.text(language))"
    }

    public var description: String { text(.fr) }
}

/// Every problem of a rule set, all at once, in file then source order.
public struct RuleSetLoadError: Sendable, Error, CustomStringConvertible {
    public var problems: [RuleSetProblem]

    public init(problems: [RuleSetProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
