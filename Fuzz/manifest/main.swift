// libFuzzer target (c): bytes as a manifest → evaluation against one of the shipped rule sets
// (embedded) → one reporter. Built by scripts/fuzz.sh.
//
// The input's first two bytes choose what runs, so that each input costs about one rule and
// one report, not forty-four rules and nine reports: evaluating every rule of a manifest that
// fails them all, then rendering every format, held the target to about 130 runs a second,
// too few to explore manifests in a CI run. Every rule and every reporter is still reached
// through the selector bytes, one input in 128 is checked against the whole rule set (rules
// meet there: dérogations, `exclusive`, `message_optional`), and libFuzzer's coverage
// feedback keeps inputs that make any of them do something new. The selector bytes are part
// of the manifest too, as any other bytes.

import ConformeKit
import YAMLTree

let today = LocalDate("2024-06-01")!
let reporters = ReportFormat.allCases.map { $0.reporter() }
    + [ReportFormat.text.reporter(options: ReportOptions(useColor: true, quiet: true, failOn: .warning))]
let ruleSets = [7, 6].map { RuleSetCatalog.embedded.ruleSet(forPromotion: $0) }

/// Byte 0: plain YAML or a Markdown front matter (bit 0), the report's language (bit 1), the
/// reporter (bits 2–7). Byte 1: the rule set (bit 7: EIG 7 or EIG 6) and its rule (bits 0–6;
/// 127 is the whole rule set).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let selector = bytes.first ?? 0
    let ruleSelector = bytes.count > 1 ? bytes[1] : 127
    let kind: InputKind = selector & 1 == 0 ? .yaml : .markdownFrontMatter
    let language: Language = selector & 2 == 0 ? .fr : .en
    var ruleSet = ruleSets[Int(ruleSelector >> 7)]
    if ruleSelector & 0x7F != 0x7F {
        // The rule and its description alone: SARIF describes every rule of the set it is given.
        let rule = ruleSet.rules[Int(ruleSelector & 0x7F) % ruleSet.rules.count]
        ruleSet.rules = [rule]
        ruleSet.descriptors = [rule.descriptor]
    }
    let settings = RunSettings(ruleSet: ruleSet, evaluation: EvaluationOptions(today: today))
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
