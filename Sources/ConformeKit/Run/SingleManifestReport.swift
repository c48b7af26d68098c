import YAMLTree

/// One manifest's bytes → the bytes of one report, as `conforme check --format F -` writes
/// them. The CLI and the web API both go through here, so a report from the API is the CLI's
/// report of the same bytes, byte for byte.
public enum SingleManifestReport {
    /// The run report of one manifest, as the CLI builds it for a run of one file.
    public static func runReport(
        _ input: ManifestInput, settings: RunSettings, language: Language
    ) -> RunReport {
        let outcome = ManifestCheck.run(input, settings: settings).withoutCleanSource()
        return ManifestCheck.runReport(
            [outcome], fallback: outcome.ruleSet, today: settings.evaluation.today,
            language: language)
    }
}

extension ManifestCheck.Outcome {
    /// A file without findings needs no source lines in any report: runs of thousands of
    /// files do not keep their text. Every caller drops it, so that reports stay identical.
    public func withoutCleanSource() -> Self {
        guard report.diagnostics.isEmpty else { return self }
        var outcome = self
        outcome.report.source = SourceText([])
        return outcome
    }
}

extension ReportFormat {
    /// The report's bytes under the run's options, without colour: what a file or a pipe gets.
    public func bytes(_ report: RunReport, failOn: Severity, quiet: Bool = false) -> [UInt8] {
        reporter(options: ReportOptions(useColor: false, quiet: quiet, failOn: failOn)).bytes(report)
    }
}
