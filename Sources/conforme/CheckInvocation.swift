import ArgumentParser
import ConformeKit
import Foundation

/// `check`'s options as plain values, and the command itself, apart from argument-parser's
/// property wrappers. An option left nil (or empty) was not given: the project's
/// `.conforme.yml` may set it (`adopting(_:)`), and the defaults apply last (`Defaults`).
struct CheckInvocation: Equatable {
    var paths: [String] = []
    var rules: String?
    var formats: [String] = []
    var failOn: Severity?
    var lang: Language?
    var today: String?
    var quiet = false
    var jobs: Int?
    var maxFiles: Int?
    var limits = LimitValues()
    var config: String?
    var noConfig = false
    var sarifWaivers: SARIFWaiverMode?
    var markdownMaxFindings: Int?
    var markdownMaxChars: Int?
    var skipMarkdownWithoutFrontMatter = false

    enum Defaults {
        static let paths = ["."]
        static let failOn = Severity.error
        static let maxFiles = 10_000
    }

    /// `check`'s own option checks; argument-parser runs `LimitOptions.validate` on its own.
    func validate() throws {
        let messages = CLIMessages(language: LanguageChoice.resolve(lang))
        if let today, LocalDate(today) == nil { throw ValidationError(messages.invalidToday(today)) }
        if let jobs, jobs < 1 { throw ValidationError(messages.atLeastOne("--jobs", jobs)) }
        if let maxFiles, maxFiles < 1 { throw ValidationError(messages.atLeastOne("--max-files", maxFiles)) }
        if let markdownMaxFindings, markdownMaxFindings < 1 {
            throw ValidationError(messages.atLeastOne("--markdown-max-findings", markdownMaxFindings))
        }
        if let markdownMaxChars, markdownMaxChars < 1 {
            throw ValidationError(messages.atLeastOne("--markdown-max-chars", markdownMaxChars))
        }
        if config != nil && noConfig { throw ValidationError(messages.configAndNoConfig()) }
    }

    func run() throws {
        let messages = CLIMessages(language: LanguageChoice.resolve(lang))
        let loaded = try ConfigFile.load(explicit: config, disabled: noConfig, messages: messages)
        try adopting(loaded).check(configuration: loaded)
    }

    private func check(configuration loaded: LoadedConfiguration?) throws {
        let language = LanguageChoice.resolve(lang)
        let messages = CLIMessages(language: language)
        Terminal.language = language
        let failOn = failOn ?? Defaults.failOn
        let destinations: [ReportDestination]
        do {
            destinations = try ReportDestination.validate(formats)
        } catch {
            Terminal.error("conforme : " + error.message.text(language))
            throw ExitCode(2)
        }
        let ruleSet = try rules.map { try RuleFile.load($0, messages: messages) }
        if ruleSet == nil { RuleSetCatalog.embedded.preloadDefaultRuleSet() }
        let evaluationDay = today.flatMap { LocalDate($0) } ?? LocalDate.currentLocal()

        var discovery = FileDiscovery(maxFiles: maxFiles ?? Defaults.maxFiles)
        discovery.skipPlainMarkdown = skipMarkdownWithoutFrontMatter
        let paths = paths.isEmpty ? Defaults.paths : paths
        var found = discovery.find(paths)
        let excluded = loaded.map { Self.removeExcluded(from: &found.files, by: $0) } ?? 0
        var couldNotRun = !found.errors.isEmpty
        var unread: [RunReport.UnreadInput] = []
        for error in found.errors {
            Terminal.error(messages.unreadable(error.path, error.reason))
            unread.append(RunReport.UnreadInput(path: error.path, reason: CLIMessages.reason(error.reason)))
        }
        if let tooMany = found.tooMany {
            Terminal.error(messages.tooManyFiles(tooMany.path, limit: tooMany.limit))
            couldNotRun = true
        }
        if found.files.isEmpty && found.errors.isEmpty {
            // Every file named was a README or excluded on purpose: nothing failed.
            if found.skipped + excluded > 0 {
                Terminal.error(messages.nothingLeftToCheck(skipped: found.skipped, excluded: excluded))
                Foundation.exit(0)
            }
            Terminal.error(messages.nothingToCheck(paths))
            throw ExitCode(2)
        }
        // A report must never replace an input, whatever links lead to it (device and inode).
        switch ReportFile.refusal(
            reports: destinations.compactMap(\.file), inputs: found.files + (rules.map { [$0] } ?? []))
        {
        case .symbolicLink(let file)?:
            Terminal.error(messages.reportIsSymbolicLink(file))
            throw ExitCode(2)
        case .isInput(let file)?:
            Terminal.error(messages.wouldOverwriteInput(file))
            throw ExitCode(2)
        case nil: break
        }

        let settings = RunSettings(
            ruleSet: ruleSet, evaluation: EvaluationOptions(
                today: evaluationDay, failOn: failOn, limits: limits.evaluationLimits),
            limits: limits.parseLimits)
        let results = ParallelCheck.run(
            found.files, foundInFolder: found.foundInFolder, settings: settings, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var outcomes: [ManifestCheck.Outcome] = []
        outcomes.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .checked(let outcome): outcomes.append(outcome)
            case .unreadable(let path, let reason):
                Terminal.error(messages.unreadable(path, reason))
                unread.append(RunReport.UnreadInput(path: path, reason: CLIMessages.reason(reason)))
                couldNotRun = true
            }
        }
        var report = ManifestCheck.runReport(
            outcomes, fallback: ruleSet ?? RuleSetCatalog.embedded.ruleSet(forPromotion: nil),
            today: evaluationDay, language: language)
        report.unread = unread

        for destination in destinations {
            let toTerminal = destination.file == nil
            let options = reportOptions(for: destination, among: destinations, failOn: failOn, language: language)
            var colored = options
            colored.useColor = toTerminal && destination.format.supportsColor && Terminal.wantsColor(fileDescriptor: 1)
            let bytes = destination.format.reporter(options: colored).bytes(report)
            if let file = destination.file {
                if let code = ReportFile.write(bytes, to: file) {
                    Terminal.error(messages.cannotWrite(file, reason: Terminal.systemReason(code, language)))
                    couldNotRun = true
                }
            } else {
                Terminal.output(bytes)
            }
        }
        // Reports all written to files: the terminal still says how the run went.
        if destinations.allSatisfy({ $0.file != nil }) { Terminal.error(report.summaryLine) }
        // The process ends here, without taking apart what it built: freeing every file's
        // report and findings one by one took longer than writing the report.
        let failed = report.files.contains(where: { $0.status == .fail })
        Foundation.exit(couldNotRun ? 2 : failed ? 1 : 0)
    }

    private func reportOptions(
        for destination: ReportDestination, among destinations: [ReportDestination], failOn: Severity,
        language: Language
    ) -> ReportOptions {
        let withAnnotations = destinations.contains { $0.format == .github }
        // Where a cut Markdown summary sends its reader: another report file of this run that
        // lists everything, else the annotations' file; annotations on standard output go to
        // the step's log, which the summary names itself.
        let complete: [ReportFormat] = [.html, .text, .sarif, .json, .junit]
        let others = destinations.filter { $0 != destination && $0.file != nil }
        let fullReport = (others.first { complete.contains($0.format) } ?? others.first { $0.format == .github })?.file
        return ReportOptions(
            quiet: quiet, failOn: failOn, sarifWaivers: sarifWaivers ?? .suppress,
            markdownMaxFindings: markdownMaxFindings ?? ReportOptions.defaultMarkdownMaxFindings,
            markdownMaxCharacters: markdownMaxChars ?? ReportOptions.defaultMarkdownMaxCharacters,
            fullReport: fullReport, withGitHubAnnotations: withAnnotations)
    }
}
