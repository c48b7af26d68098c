import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// `conforme rules validate`: the shipped rules pass; a broken file gets every problem at its
/// line, catastrophic regexes and misbehaving examples included.
@Suite struct RuleSetValidationCommandTests {
    @Test func shippedRulesAreValid() throws {
        let root = EmbeddedRuleSetTests.repositoryRoot
        let validation = RuleSetValidation.validate(path: "rules/eig-7.yml") { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { [UInt8]($0) }
        }
        #expect(validation.problems.isEmpty, "\(validation.problems)")
        #expect(validation.ruleCount == 55)
        #expect(validation.exampleCount == RuleSetCatalog.embedded.ruleSet(forPromotion: 7).rules.map(\.examples.count).reduce(0, +))
        #expect(validation.confirmation(.fr).hasPrefix("rules/eig-7.yml : 55 règles valides, "))
        #expect(validation.confirmation(.en).hasPrefix("rules/eig-7.yml: 55 valid rules, "))
    }

    static let broken = """
        ruleset: broken
        rules:
          - id: a.nested
            then: {pattern: {regex: '(a+)+b', description: motif}}
            examples: {pass: ["x: 1"], fail: ["x: 2"]}
          - id: a.alternation
            then: {pattern: {regex: '(a|aa)*', description: motif}}
          - id: a.unknown
            then: {requird: true}
          - id: a.examples
            given: nom
            then: {required: true, min_length: 3}
            examples:
              pass:
                - "nom: Bob"
                - "nom: Al"
              fail:
                - "nom: Alice"
                - "nom: [unclosed"
          - id: a.no-examples
            given: nom
            then: {required: true}
        """

    func validate(_ text: String) -> RuleSetValidation {
        RuleSetValidation.validate(path: "rules/broken.yml") { $0 == "rules/broken.yml" ? Array(text.utf8) : nil }
    }

    @Test func languageProblemsAreAllReportedAtTheirLines() {
        let validation = validate(Self.broken)
        #expect(!validation.isValid)
        let at = validation.problems.map { "\($0.at) \($0.message.fr)" }
        #expect(at.count == 3, "\(at)")
        #expect(at.contains { $0.hasPrefix("4:") && $0.contains("quantificateurs imbriqués") && $0.contains("(a+)+b") })
        #expect(at.contains { $0.hasPrefix("7:") && $0.contains("(a|aa)*") && $0.contains("même caractère") })
        #expect(at.contains { $0.hasPrefix("9:") && $0.contains("requird") && $0.contains("required") })
    }

    @Test func examplesThatMisbehaveAreReportedAtTheirLines() {
        // Once the language problems are fixed, the examples run.
        let fixed = Self.broken
            .replacingOccurrences(of: "'(a+)+b'", with: "'a+b'")
            .replacingOccurrences(of: "'(a|aa)*'", with: "'(a|b)*'")
            .replacingOccurrences(of: "requird", with: "required")
        let validation = validate(fixed)
        let at = validation.problems.map { "\($0.file):\($0.at) \($0.message.fr)" }
        #expect(at == [
            "rules/broken.yml:5:23 exemple « pass » de la règle « a.nested » : il devrait passer, mais la règle signale (ligne 1, colonne 1 de l'exemple) : a.nested — un texte est attendu, « {x: 1} » trouvé",
            "rules/broken.yml:6:9 la règle « a.alternation » n'a pas d'exemple « pass » ni d'exemple « fail » : ajoutez au moins un manifeste sous examples.pass, examples.fail",
            "rules/broken.yml:8:9 la règle « a.unknown » n'a pas d'exemple « pass » ni d'exemple « fail » : ajoutez au moins un manifeste sous examples.pass, examples.fail",
            "rules/broken.yml:16:11 exemple « pass » de la règle « a.examples » : il devrait passer, mais la règle signale (ligne 1, colonne 6 de l'exemple) : a.examples — nom : au moins 3 caractères, 2 trouvés",
            "rules/broken.yml:18:11 exemple « fail » de la règle « a.examples » : il devrait échouer, mais la règle ne signale rien",
            "rules/broken.yml:19:11 exemple « fail » de la règle « a.examples » : ce n'est pas du YAML valide (ligne 1, colonne 15 de l'exemple) : Syntaxe YAML : « , » ou « ] » attendu : une liste entre crochets n'est pas refermée correctement.",
            "rules/broken.yml:20:9 la règle « a.no-examples » n'a pas d'exemple « pass » ni d'exemple « fail » : ajoutez au moins un manifeste sous examples.pass, examples.fail",
        ], "\(at.joined(separator: "\n"))")
        // The passing example that passes (line 15) and the failing one that fails (line 17)
        // are no problem.
        #expect(validation.exampleCount == 6)
    }

    @Test func repeatedOverlappingAlternationsAreRefused() {
        for risky in ["(a|aa)*", "(a|a)+", "(?:ab|ac)+", "(\\w|-)+", "(.|x)*", "(a|)*", "(a?b|b)*", "([ab]|c)+", "(x|y|x){2,}"] {
            #expect(Pattern.hasRepeatedOverlappingAlternation(risky), "\(risky)")
        }
        for safe in ["(a|b)*", "(ab|cd)+", "(\\.|-)+", "(a|aa)", "(a|aa){1}", "[(a|a)]*", "^https://beta\\.gouv\\.fr/startups/[a-z0-9._-]+\\.html$",
            "(?:[0-9]{2} ){4}[0-9]{2}"]
        {
            #expect(!Pattern.hasRepeatedOverlappingAlternation(safe), "\(safe)")
        }
    }
}
