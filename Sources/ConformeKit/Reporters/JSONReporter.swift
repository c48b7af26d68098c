import YAMLTree

/// The stable machine-readable report of cli.md, version 1. Field names and order are a
/// public contract: add fields, never rename or remove them (bump `version` instead).
public struct JSONReporter: Reporter {
    public static let format = ReportFormat.json
    public static let version = 1

    public init() {}

    public func render(_ report: RunReport) -> String { document(report).rendered() }

    public func bytes(_ report: RunReport) -> [UInt8] { document(report).renderedBytes() }

    private func document(_ report: RunReport) -> JSONValue {
        let summary = report.summary
        return JSONValue.object([
            ("version", .int(JSONReporter.version)),
            ("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])),
            ("ruleset", .object([("id", .string(report.rulesetID)), ("version", .string(report.rulesetVersion))])),
            ("today", .string(report.today)),
            ("files", .array(report.files.map { file(for: $0, language: report.language) })),
            (
                "summary",
                .object([
                    ("files", .int(summary.files)), ("passed", .int(summary.passed)),
                    ("failed", .int(summary.failed)), ("errors", .int(summary.errors)),
                    ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
                    ("waived", .int(summary.waived)),
                ])
            ),
        ])
    }

    private func file(for file: FileReport, language: Language) -> JSONValue {
        .object([
            ("path", .string(file.path)),
            ("status", .string(file.status.rawValue)),
            ("diagnostics", .array(file.diagnostics.map { diagnostic(for: $0, language: language) })),
        ])
    }

    private func diagnostic(for diagnostic: Diagnostic, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message.text(language))),
            ("path", .nullable(diagnostic.path)),
            ("range", .object([("start", position(diagnostic.range.start)), ("end", position(diagnostic.range.end))])),
            ("waived", .bool(diagnostic.isWaived)),
        ]
        // Additive fields, present only when they say something.
        if let suggestion = diagnostic.suggestion { members.append(("suggestion", .string(suggestion))) }
        if let waiver = diagnostic.waiver { members.append(("justification", .string(waiver.justification))) }
        return .object(members)
    }

    private func position(_ position: SourcePosition) -> JSONValue {
        .object([("line", .int(position.line)), ("column", .int(position.column))])
    }
}
