import YAMLTree

/// SARIF 2.1.0, for GitHub code scanning and any SARIF viewer. Every rule of the set is listed
/// (so a viewer can explain a rule that found nothing), every result has a full region in
/// Unicode code points and a fingerprint that survives edits elsewhere in the file.
public struct SARIFReporter: Reporter {
    public static let format = ReportFormat.sarif
    static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key of our `partialFingerprints`; versioned so a change of recipe is not a silent
    /// change of identity.
    static let fingerprintKey = "conforme/v1"
    static let sourceRoot = "%SRCROOT%"

    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: RunReport) -> String { document(report).rendered() }

    public func bytes(_ report: RunReport) -> [UInt8] { document(report).renderedBytes() }

    private func document(_ report: RunReport) -> JSONValue {
        let language = report.language
        let ruleIndex = Dictionary(
            report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [JSONValue] = []
        // Files checked against different rule sets (EIG 6 and EIG 7 manifests): each result
        // names its own. One run per rule set would say it too, but GitHub code scanning
        // refuses several runs of one tool in one upload.
        let rulesets = report.rulesets
        let mixed = rulesets.count > 1
        for (fileIndex, file) in report.files.enumerated() {
            // Fingerprints are numbered over every finding, waived or not: leaving waived
            // ones out must not change the identity of the others.
            let fingerprints = Fingerprint.fingerprints(for: file)
            let ruleset = mixed ? report.ruleset(of: file) : nil
            for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                if diagnostic.isWaived, options.sarifWaivers == .omit { continue }
                results.append(
                    result(
                        diagnostic, file: file, fileIndex: fileIndex, fingerprint: fingerprint,
                        ruleIndex: ruleIndex[diagnostic.rule], ruleset: ruleset, language: language))
            }
        }
        let run: JSONValue = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string(report.tool.name)),
                            ("version", .string(report.tool.version)),
                            ("semanticVersion", .string(report.tool.version)),
                            ("informationUri", .string(report.tool.informationURI)),
                            ("language", .string(language == .fr ? "fr-FR" : "en-US")),
                            ("rules", .array(report.rules.map { rule($0, language: language) })),
                        ])
                    )
                ])
            ),
            (
                "originalUriBaseIds",
                .object([
                    (
                        SARIFReporter.sourceRoot,
                        .object([
                            (
                                "description",
                                .object([
                                    (
                                        "text",
                                        .string(
                                            language == .fr
                                                ? "Le dossier où conforme a été lancé ; les chemins des fichiers lui sont relatifs."
                                                : "The folder conforme ran in; file paths are relative to it.")
                                    )
                                ])
                            )
                        ])
                    )
                ])
            ),
            ("artifacts", .array(report.files.map(artifact))),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
            (
                "properties",
                .object([
                    ("ruleset", label(rulesets[0])),
                ] + (mixed ? [("rulesets", .array(rulesets.map(label)))] : []) + [
                    ("today", .string(report.today)),
                ])
            ),
        ])
        return JSONValue.object([
            ("$schema", .string(SARIFReporter.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([SARIFReporter.withUnread(run, report)])),
        ])
    }

    private func label(_ ruleset: RulesetLabel) -> JSONValue {
        .object([("id", .string(ruleset.id)), ("version", .string(ruleset.version))])
    }

    // MARK: - Rules

    private func rule(_ rule: RuleDescriptor, language: Language) -> JSONValue {
        let title = rule.title.text(language)
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.id)),
            ("shortDescription", .object([("text", .string(title))])),
            ("fullDescription", .object([("text", .string(rule.rationale?.text(language) ?? title))])),
            ("help", .object([("text", .string(helpText(rule, language))), ("markdown", .string(helpMarkdown(rule, language)))])),
        ]
        if let url = rule.url { members.append(("helpUri", .string(url))) }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.severity)))])))
        members.append(
            ("properties", .object([("tags", .array([.string(rule.category)])), ("waivable", .bool(rule.waivable))])))
        return .object(members)
    }

    private func helpText(_ rule: RuleDescriptor, _ language: Language) -> String {
        var parts = [rule.title.text(language)]
        if let rationale = rule.rationale?.text(language) { parts.append(rationale) }
        var reference: [String] = []
        if let source = rule.source { reference.append((language == .fr ? "Source : " : "Source: ") + source) }
        if let url = rule.url { reference.append(url) }
        if !reference.isEmpty { parts.append(reference.joined(separator: "\n")) }
        parts.append(waivability(rule, language))
        return parts.joined(separator: "\n\n")
    }

    /// GitHub shows `help.markdown` and ignores `helpUri`, so the link must be in here.
    private func helpMarkdown(_ rule: RuleDescriptor, _ language: Language) -> String {
        var parts = ["**\(MarkdownText.inline(rule.title.text(language)))**"]
        if let rationale = rule.rationale?.text(language) { parts.append(MarkdownText.inline(rationale)) }
        let label = language == .fr ? "Source : " : "Source: "
        switch (rule.source, rule.url) {
        case let (source?, url?): parts.append(label + "[\(MarkdownText.inline(source))](\(url))")
        case let (source?, nil): parts.append(label + MarkdownText.inline(source))
        case let (nil, url?): parts.append(label + "<\(url)>")
        case (nil, nil): break
        }
        parts.append("`\(rule.id)` — " + waivability(rule, language))
        return parts.joined(separator: "\n\n")
    }

    private func waivability(_ rule: RuleDescriptor, _ language: Language) -> String {
        switch (rule.waivable, language) {
        case (true, .fr): "Une dérogation justifiée peut lever cette règle."
        case (false, .fr): "Cette règle n'admet pas de dérogation."
        case (true, .en): "A justified waiver may lift this rule."
        case (false, .en): "This rule cannot be waived."
        }
    }

    // MARK: - Results

    private func result(
        _ diagnostic: Diagnostic, file: FileReport, fileIndex: Int, fingerprint: String,
        ruleIndex: Int?, ruleset: RulesetLabel?, language: Language
    ) -> JSONValue {
        var text = diagnostic.message.text(language)
        text = Words.message(text, suggestion: diagnostic.suggestion, language)
        let asNote = diagnostic.isWaived && options.sarifWaivers == .note
        if asNote, let waiver = diagnostic.waiver {
            let label = language == .fr ? "dérogation :" : "waiver:"
            text = "[\(Words.waiver(language))] \(text) — \(label) \(waiver.justification)"
        }
        var location: [(String, JSONValue)] = [
            ("physicalLocation", physicalLocation(file, fileIndex: fileIndex, range: diagnostic.range))
        ]
        if let path = diagnostic.path {
            location.append(("logicalLocations", .array([.object([("fullyQualifiedName", .string(path))])])))
        }
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.rule))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(asNote ? "note" : level(diagnostic.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object(location)])),
            ("partialFingerprints", .object([(SARIFReporter.fingerprintKey, .string(fingerprint))])),
        ]
        if !diagnostic.notes.isEmpty {
            let related = diagnostic.notes.enumerated().map { index, note in
                JSONValue.object([
                    ("id", .int(index + 1)),
                    ("physicalLocation", physicalLocation(file, fileIndex: fileIndex, range: note.range)),
                    ("message", .object([("text", .string(note.message.text(language)))])),
                ])
            }
            members.append(("relatedLocations", .array(related)))
        }
        if let waiver = diagnostic.waiver {
            // "inSource": the dérogation is written in the checked file itself.
            members.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("inSource")),
                            ("status", .string("accepted")),
                            ("justification", .string(waiver.justification)),
                            ("location", .object([("physicalLocation", physicalLocation(file, fileIndex: fileIndex, range: waiver.range))])),
                        ])
                    ])
                ))
        }
        if let ruleset {
            members.append(("properties", .object([("ruleset", label(ruleset))])))
        }
        return .object(members)
    }

    private func physicalLocation(_ file: FileReport, fileIndex: Int, range: SourceRange) -> JSONValue {
        .object([
            ("artifactLocation", artifactLocation(file.path, index: fileIndex)),
            (
                "region",
                .object([
                    ("startLine", .int(range.start.line)),
                    ("startColumn", .int(range.start.column)),
                    ("endLine", .int(range.end.line)),
                    ("endColumn", .int(range.end.column)),
                ])
            ),
        ])
    }

    private func artifact(_ file: FileReport) -> JSONValue {
        .object([("location", artifactLocation(file.path, index: nil)), ("length", .int(file.source.bytes.count))])
    }

    private func artifactLocation(_ path: String, index: Int?) -> JSONValue {
        let uri = SARIFReporter.uri(forPath: path)
        var members: [(String, JSONValue)] = [("uri", .string(uri.uri))]
        if uri.relative { members.append(("uriBaseId", .string(SARIFReporter.sourceRoot))) }
        if let index { members.append(("index", .int(index))) }
        return .object(members)
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A file path as a URI reference: forward slashes, no leading `./`, every byte outside
    /// RFC 3986's unreserved set (and `/`) percent-encoded. Absolute paths become `file://`.
    static func uri(forPath path: String) -> (uri: String, relative: Bool) {
        var normalized = path.replacingBackslashes()
        while normalized.hasPrefix("./") { normalized.removeFirst(2) }
        let absolute = normalized.hasPrefix("/")
        var encoded = ""
        for byte in normalized.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return absolute ? ("file://" + encoded, false) : (encoded, true)
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}

extension SARIFReporter {
    /// A run that could not read a path did not succeed: SARIF says so in an invocation, with
    /// one notification per path. Added only then, so that a complete run's log is unchanged.
    static func withUnread(_ run: JSONValue, _ report: RunReport) -> JSONValue {
        guard !report.unread.isEmpty, case .object(var members) = run else { return run }
        let notifications: [JSONValue] = report.unread.map { input in
            .object([
                ("level", .string("error")),
                ("message", .object([("text", .string(Words.unreadSentence(input, report.language)))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", .object([("uri", .string(input.path))]))]))])])),
            ])
        }
        members.append(("invocations", .array([.object([
            ("executionSuccessful", .bool(false)),
            ("toolExecutionNotifications", .array(notifications)),
        ])])))
        return .object(members)
    }
}
