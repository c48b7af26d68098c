// libFuzzer target (c): bytes as a manifest → full evaluation against the shipped rule set
// (`rules/eig-7.yml`, embedded) → one reporter, which the input chooses. Built by
// scripts/fuzz.sh.
//
// One reporter per input, not all nine: rendering every format for every input held the target
// to about 130 runs a second, too few to explore manifests in a CI run. Each input still
// reaches every reporter through its selector byte, and libFuzzer's coverage feedback keeps
// inputs that make any reporter do something new.

import ConformeKit
import YAMLTree

let today = LocalDate("2024-06-01")!
let reporters = ReportFormat.allCases.map { $0.reporter() }
    + [ReportFormat.text.reporter(options: ReportOptions(useColor: true, quiet: true, failOn: .warning))]

/// The first byte picks plain YAML or a Markdown front matter (bit 0), the report's language
/// (bit 1) and the reporter (the other bits).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let selector = bytes.first ?? 0
    let kind: InputKind = selector & 1 == 0 ? .yaml : .markdownFrontMatter
    let language: Language = selector & 2 == 0 ? .fr : .en
    let settings = RunSettings(ruleSet: nil, evaluation: EvaluationOptions(today: today))
    let outcome = ManifestCheck.run(
        ManifestInput(path: kind == .yaml ? "propositions/fuzz.yml" : "fuzz.md", bytes: bytes, kind: kind),
        settings: settings)
    let report = ManifestCheck.runReport(
        [outcome], fallback: outcome.ruleSet, today: today, language: language)
    let reporter = reporters[Int(selector >> 2) % reporters.count]
    let output = reporter.bytes(report)
    require(!output.isEmpty, "a reporter wrote nothing")
    return 0
}

/// `precondition` drops its message in optimised builds; a fuzzing failure needs it.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
