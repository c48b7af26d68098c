// libFuzzer target (b): bytes → rule-set loading and validation. Built by scripts/fuzz.sh.
//
// The fuzzed bytes are a rule file `fuzz.yml` in a folder that also holds the shipped rule
// sets, so `extends: eig-7.yml` works and reaches the merging code. A rule set that loads is
// then used as `conforme` would: its rules' own examples are checked against it, and so is a
// small manifest, so a check that compiles but traps on evaluation is found too.

import ConformeKit
import YAMLTree

let manifest: [UInt8] = Array("""
    promotion: 7
    projet:
      nom: Déclic
      description: Un outil pour trouver les aides auxquelles une personne a droit.
      voeux: [{profil: dev, lieu: Paris}, {profil: design, lieu: Lyon}]
    administration: {nom: DINUM, siret: "13002526500013", contact: a@b.fr}
    dates: {debut: 2024-09-01, fin: 2025-06-30}
    liste: [1, 2, 2, "x", null, {a: 1}]
    """.utf8)

let options = EvaluationOptions(today: LocalDate("2024-06-01")!)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = RuleSetLoader.load(path: "fuzz.yml") { path in
        path == "fuzz.yml" ? bytes : RuleSetCatalog.embedded.files[path].map { Array($0.utf8) }
    }
    switch result {
    case .failure(let error):
        require(!error.problems.isEmpty, "a refused rule set must say why")
        for problem in error.problems {
            _ = problem.text(.fr)
            _ = problem.text(.en)
        }
    case .success(let ruleSet):
        let engine = Engine(ruleSet: ruleSet)
        _ = engine.evaluate(YAMLParser.parse(manifest), options: options)
        for rule in ruleSet.rules.prefix(8) {
            var only = options
            only.onlyRules = [rule.id]
            for example in (rule.examples.pass + rule.examples.fail).prefix(4) {
                _ = engine.evaluate(YAMLParser.parse(example), options: only)
            }
        }
    }
    return 0
}

/// `precondition` drops its message in optimised builds; a fuzzing failure needs it.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
