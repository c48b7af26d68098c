import YAMLTree

/// The stable machine-readable report of docs/rapport-json.md, version 1. Field names and order are a
/// public contract: add fields, never rename or remove them (bump `version` instead).
public struct JSONReporter: Reporter {
    public static let format = ReportFormat.json
    public static let version = 1

    public init() {}

    public func render(_ report: RunReport) -> String { String(decoding: bytes(report), as: UTF8.self) }

    /// Written member by member, without a `JSONValue` of the whole report first: on
    /// thousands of files, building that value and taking it apart cost more than the writing.
    public func bytes(_ report: RunReport) -> [UInt8] {
        let summary = report.summary
        // About 90 bytes per passing file, a few hundred per finding.
        var json = JSONWriter(capacity: 4096 + 120 * report.files.count)
        json.object { json in
            json.member("version", JSONReporter.version)
            json.key("tool")
            json.object { json in
                json.member("name", report.tool.name)
                json.member("version", report.tool.version)
            }
            json.key("ruleset")
            json.object { json in
                json.member("id", report.rulesetID)
                json.member("version", report.rulesetVersion)
            }
            json.member("today", report.today)
            json.key("files")
            json.array { json in
                for file in report.files { write(file, language: report.language, to: &json) }
            }
            // Additive, present only when a path could not be read: nothing was checked there.
            if !report.unread.isEmpty {
                json.key("unreadable")
                json.array { json in
                    for input in report.unread {
                        json.object { json in
                            json.member("path", input.path)
                            json.member("reason", input.reason.text(report.language))
                        }
                    }
                }
            }
            json.key("summary")
            json.object { json in
                var counts = [
                    ("files", summary.files), ("passed", summary.passed), ("failed", summary.failed),
                    ("errors", summary.errors), ("warnings", summary.warnings), ("infos", summary.infos),
                    ("waived", summary.waived),
                ]
                if !report.unread.isEmpty { counts.append(("unreadable", report.unread.count)) }
                for (name, count) in counts { json.member(name, count) }
            }
        }
        return json.finish()
    }

    private func write(_ file: FileReport, language: Language, to json: inout JSONWriter) {
        json.object { json in
            json.member("path", file.path)
            json.member("status", file.status.rawValue)
            json.key("diagnostics")
            json.array { json in
                for diagnostic in file.diagnostics { write(diagnostic, language: language, to: &json) }
            }
        }
    }

    private func write(_ diagnostic: Diagnostic, language: Language, to json: inout JSONWriter) {
        json.object { json in
            json.member("rule", diagnostic.rule)
            json.member("severity", diagnostic.severity.rawValue)
            json.member("message", diagnostic.message.text(language))
            json.member("path", diagnostic.path)
            json.key("range")
            json.object { json in
                for (name, position) in [("start", diagnostic.range.start), ("end", diagnostic.range.end)] {
                    json.key(name)
                    json.object { json in
                        json.member("line", position.line)
                        json.member("column", position.column)
                    }
                }
            }
            json.member("waived", diagnostic.isWaived)
            // Additive fields, present only when they say something.
            if let suggestion = diagnostic.suggestion {
                json.member("suggestion", suggestion)
            }
            if let waiver = diagnostic.waiver {
                json.member("justification", waiver.justification)
            }
        }
    }
}
