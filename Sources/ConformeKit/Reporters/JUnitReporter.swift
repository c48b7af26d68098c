import YAMLTree

/// JUnit XML for GitLab, Jenkins and other CI dashboards: one test suite per file, one test
/// case per rule evaluated, so a dashboard shows what was checked, not only what failed.
///
/// A rule's test case fails when one of its findings counts toward failure (`--fail-on`, so
/// the dashboard agrees with the exit code); it is skipped when its findings are all waived
/// (the justification is the skip message); otherwise it passes, with any lesser finding in
/// `<system-out>`. Findings of rules that were not in the evaluated list (`yaml.*` when the
/// file does not parse, `derogations.*`) get a test case of their own.
public struct JUnitReporter: Reporter {
    public static let format = ReportFormat.junit
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: RunReport) -> String {
        let suites = report.files.map { suite(for: $0, report: report) } + report.unread.map { unreadSuite($0, report) }
        let tests = suites.reduce(0) { $0 + $1.tests }
        let failures = suites.reduce(0) { $0 + $1.failures }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // Each suite names its own rule set; the root names them all (EIG 6 and EIG 7 in one run).
        let rulesets = report.rulesets.map { "\($0.id) \($0.version)" }.joined(separator: " + ")
        out += "<testsuites name=\"\(XMLEscaping.attribute("\(report.tool.name) \(rulesets)"))\""
            + " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        for suite in suites { out += suite.xml }
        out += "</testsuites>\n"
        // The failures' text holds lines that start with a file's name.
        return safeForLogs(out)
    }

    /// A path that could not be read: a suite whose one test fails, so CI never shows it green.
    private func unreadSuite(_ input: RunReport.UnreadInput, _ report: RunReport) -> Suite {
        let path = XMLEscaping.attribute(input.path)
        let sentence = XMLEscaping.attribute(Words.unreadSentence(input, report.language))
        var suite = Suite(tests: 1, failures: 1)
        suite.xml = "  <testsuite name=\"\(path)\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" file=\"\(path)\">\n"
            + "    <testcase classname=\"\(path)\" name=\"lecture\">\n"
            + "      <failure message=\"\(sentence)\" type=\"error\">\(sentence)</failure>\n"
            + "    </testcase>\n  </testsuite>\n"
        return suite
    }

    private struct Suite {
        var tests = 0
        var failures = 0
        var skipped = 0
        var xml = ""
    }

    private enum Outcome {
        case passed, failed(Severity), skipped
    }

    private func suite(for file: FileReport, report: RunReport) -> Suite {
        var ruleOrder = file.evaluatedRules
        for diagnostic in file.diagnostics where !ruleOrder.contains(diagnostic.rule) {
            ruleOrder.append(diagnostic.rule)
        }
        var suite = Suite()
        var cases = ""
        for rule in ruleOrder {
            let findings = file.diagnostics.filter { $0.rule == rule }
            let (outcome, xml) = testCase(rule: rule, findings: findings, file: file, language: report.language)
            suite.tests += 1
            switch outcome {
            case .passed: break
            case .failed: suite.failures += 1
            case .skipped: suite.skipped += 1
            }
            cases += xml
        }
        let path = XMLEscaping.attribute(file.path)
        suite.xml = "  <testsuite name=\"\(path)\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\""
            + " errors=\"0\" skipped=\"\(suite.skipped)\" file=\"\(path)\">\n"
            + "    <properties>\n"
            + property("ruleset", report.ruleset(of: file).id)
            + property("ruleset.version", report.ruleset(of: file).version)
            + property("today", report.today)
            + property("status", file.status.rawValue)
            + "    </properties>\n"
            + cases
            + "  </testsuite>\n"
        return suite
    }

    private func testCase(
        rule: String, findings: [Diagnostic], file: FileReport, language: Language
    ) -> (Outcome, String) {
        let open = "    <testcase classname=\"\(XMLEscaping.attribute(file.path))\" name=\"\(XMLEscaping.attribute(rule))\""
        guard !findings.isEmpty else { return (.passed, open + "/>\n") }

        let text = TextReporter(options: ReportOptions(failOn: options.failOn))
        let details = findings.map { text.block(for: $0, in: file, language: language) }.joined()
        let failing = findings.filter(options.countsAsFailure)
        if let worst = failing.map(\.severity).max() {
            let message = failing.count == 1
                ? failing[0].message.text(language)
                : (language == .fr ? "\(failing.count) constats : " : "\(failing.count) findings: ")
                    + failing[0].message.text(language) + " …"
            return (
                .failed(worst),
                open + ">\n      <failure message=\"\(XMLEscaping.attribute(message))\" type=\"\(worst.rawValue)\">"
                    + XMLEscaping.text(details) + "</failure>\n    </testcase>\n"
            )
        }
        if findings.allSatisfy(\.isWaived) {
            let justifications = findings.compactMap { $0.waiver?.justification }
            let message = (language == .fr ? "dérogation : " : "waived: ") + justifications.joined(separator: " ; ")
            return (
                .skipped,
                open + ">\n      <skipped message=\"\(XMLEscaping.attribute(message))\">"
                    + XMLEscaping.text(details) + "</skipped>\n    </testcase>\n"
            )
        }
        return (
            .passed,
            open + ">\n      <system-out>" + XMLEscaping.text(details) + "</system-out>\n    </testcase>\n"
        )
    }

    private func property(_ name: String, _ value: String) -> String {
        "      <property name=\"\(XMLEscaping.attribute(name))\" value=\"\(XMLEscaping.attribute(value))\"/>\n"
    }
}
