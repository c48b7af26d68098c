import ArgumentParser
import ConformeKit
import Foundation

/// `check`'s options as plain values, and the command itself, apart from argument-parser's
/// property wrappers. The defaults live here once; `CheckCommand` declares its options with
/// them, so `--help` shows the same values.
struct CheckInvocation: Equatable {
    var paths: [String] = ["."]
    var rules: String?
    var formats: [String] = []
    var failOn: Severity = .error
    var lang: Language?
    var today: String?
    var quiet = false
    var jobs: Int?
    var maxFiles: Int = 10_000
    var limits = LimitValues()

    /// `check`'s own option checks; argument-parser runs `LimitOptions.validate` on its own.
    func validate() throws {
        let messages = CLIMessages(language: LanguageChoice.resolve(lang))
        if let today, LocalDate(today) == nil { throw ValidationError(messages.invalidToday(today)) }
        if let jobs, jobs < 1 { throw ValidationError(messages.atLeastOne("--jobs", jobs)) }
        if maxFiles < 1 { throw ValidationError(messages.atLeastOne("--max-files", maxFiles)) }
    }

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        let messages = CLIMessages(language: language)
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

        let found = FileDiscovery(maxFiles: maxFiles).find(paths)
        var couldNotRun = !found.errors.isEmpty
        for error in found.errors { Terminal.error(messages.unreadable(error.path, error.reason)) }
        if let tooMany = found.tooMany {
            Terminal.error(messages.tooManyFiles(tooMany.path, limit: tooMany.limit))
            couldNotRun = true
        }
        if found.files.isEmpty && found.errors.isEmpty {
            Terminal.error(messages.nothingToCheck(paths))
            throw ExitCode(2)
        }
        // Only report files can overwrite an input: normalise the inputs' paths only then.
        let reportFiles = Set(destinations.compactMap { $0.file.map { URL(fileURLWithPath: $0).standardizedFileURL.path } })
        if !reportFiles.isEmpty,
            let input = found.files.first(where: { reportFiles.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) })
        {
            Terminal.error(messages.wouldOverwriteInput(input))
            throw ExitCode(2)
        }

        let settings = RunSettings(
            ruleSet: ruleSet, evaluation: EvaluationOptions(
                today: evaluationDay, failOn: failOn, limits: limits.evaluationLimits),
            limits: limits.parseLimits)
        let results = ParallelCheck.run(
            found.files, settings: settings, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var outcomes: [ManifestCheck.Outcome] = []
        outcomes.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .checked(let outcome): outcomes.append(outcome)
            case .unreadable(let path, let reason):
                Terminal.error(messages.unreadable(path, reason))
                couldNotRun = true
            }
        }
        let report = ManifestCheck.runReport(
            outcomes, fallback: ruleSet ?? RuleSetCatalog.embedded.ruleSet(forPromotion: nil),
            today: evaluationDay, language: language)

        for destination in destinations {
            let toTerminal = destination.file == nil
            let options = ReportOptions(
                useColor: toTerminal && destination.format.supportsColor
                    && Terminal.wantsColor(fileDescriptor: 1),
                quiet: quiet, failOn: failOn)
            let bytes = destination.format.reporter(options: options).bytes(report)
            if let file = destination.file {
                do {
                    try Data(bytes).write(to: URL(fileURLWithPath: file))
                } catch {
                    Terminal.error(messages.cannotWrite(file))
                    couldNotRun = true
                }
            } else {
                Terminal.output(bytes)
            }
        }
        // The process ends here, without taking apart what it built: freeing every file's
        // report and findings one by one took longer than writing the report.
        let failed = report.files.contains(where: { $0.status == .fail })
        Foundation.exit(couldNotRun ? 2 : failed ? 1 : 0)
    }
}
