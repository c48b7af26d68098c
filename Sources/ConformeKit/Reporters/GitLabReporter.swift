import YAMLTree

/// GitLab Code Quality (a subset of Code Climate issues): a JSON array, one entry per finding,
/// shown in the merge request widget and diff.
///
/// Waived findings are kept, with severity `info` and the justification in the description:
/// a dérogation is "reported, never hidden", and keeping the same fingerprint means adding a
/// dérogation changes the entry's severity instead of making it look fixed.
public struct GitLabReporter: Reporter {
    public static let format = ReportFormat.gitlab

    public init() {}

    public func render(_ report: RunReport) -> String { document(report).rendered() }

    public func bytes(_ report: RunReport) -> [UInt8] { document(report).renderedBytes() }

    private func document(_ report: RunReport) -> JSONValue {
        let language = report.language
        var entries: [JSONValue] = []
        for file in report.files {
            let fingerprints = Fingerprint.fingerprints(for: file)
            for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                entries.append(entry(diagnostic, file: file, fingerprint: fingerprint, language: language))
            }
        }
        // A path that could not be read is a blocker: a report of nothing must not read as clean.
        for input in report.unread {
            entries.append(.object([
                ("type", .string("issue")),
                ("check_name", .string("conforme.lecture")),
                ("description", .string(Words.unreadSentence(input, language))),
                ("fingerprint", .string(Fingerprint.hash(["conforme.lecture", input.path]))),
                ("severity", .string("blocker")),
                ("location", .object([
                    ("path", .string(GitLabReporter.relativePath(input.path))),
                    ("lines", .object([("begin", .int(1))])),
                ])),
            ]))
        }
        return JSONValue.array(entries)
    }

    static func severity(_ diagnostic: Diagnostic) -> String {
        if diagnostic.isWaived { return "info" }
        switch diagnostic.severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    private func entry(
        _ diagnostic: Diagnostic, file: FileReport, fingerprint: String, language: Language
    ) -> JSONValue {
        var description = diagnostic.message.text(language)
        description = Words.message(description, suggestion: diagnostic.suggestion, language)
        if let waiver = diagnostic.waiver {
            description = "[\(Words.waiver(language))] \(description) — "
                + (language == .fr ? "dérogation : " : "waiver: ") + waiver.justification
        }
        let range = diagnostic.range
        return .object([
            ("type", .string("issue")),
            ("check_name", .string(diagnostic.rule)),
            ("description", .string(description)),
            ("fingerprint", .string(fingerprint)),
            ("severity", .string(GitLabReporter.severity(diagnostic))),
            (
                "location",
                .object([
                    ("path", .string(GitLabReporter.relativePath(file.path))),
                    ("lines", .object([("begin", .int(range.start.line)), ("end", .int(range.end.line))])),
                ])
            ),
        ])
    }

    /// GitLab matches `location.path` against the repository's files: no `./`, forward slashes.
    static func relativePath(_ path: String) -> String {
        var normalized = String(path.map { $0 == "\\" ? "/" : $0 })
        while normalized.hasPrefix("./") { normalized.removeFirst(2) }
        return normalized
    }
}
