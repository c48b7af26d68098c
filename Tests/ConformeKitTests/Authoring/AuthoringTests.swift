import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// `conforme rules list | explain | docs`: golden outputs on the shipped rule set, and the
/// explanations of every check.
@Suite struct AuthoringGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var eig7: RuleSet { RuleSetCatalog.embedded.ruleSet(forPromotion: 7) }

    @Test func listText() {
        Golden.check(RuleListing.text(Self.eig7, language: .fr), "list.fr.txt", in: Self.golden)
        Golden.check(RuleListing.text(Self.eig7, language: .en), "list.en.txt", in: Self.golden)
    }

    @Test func listJSON() throws {
        let json = RuleListing.json(Self.eig7, language: .fr)
        Golden.check(json, "list.fr.json", in: Self.golden)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let rules = try #require(object?["rules"] as? [[String: Any]])
        #expect(rules.count == Self.eig7.rules.count + BuiltinRules.descriptors.count)
        #expect(rules.allSatisfy { Set($0.keys) == ["id", "category", "severity", "waivable", "title", "builtin"] })
    }

    @Test func explainLicence() throws {
        let explanation = try #require(Self.eig7.explanation(of: "transparence.licence"))
        Golden.check(ExplanationText.render(explanation, language: .fr), "explain-transparence.licence.fr.txt", in: Self.golden)
        Golden.check(ExplanationText.render(explanation, language: .en), "explain-transparence.licence.en.txt", in: Self.golden)
    }

    /// The committed rules pages are what `conforme rules docs` writes today.
    @Test func committedRulesPagesAreCurrent() throws {
        let catalog = RuleSetCatalog.embedded
        for promotion in catalog.promotions {
            let name = "eig-\(promotion)"
            let page = EmbeddedRuleSetTests.repositoryRoot.appendingPathComponent("docs/rules/\(name).md")
            let committed = FileManager.default.contents(atPath: page.path).map { String(decoding: $0, as: UTF8.self) }
            let generated = RulesDocumentation.render(catalog.ruleSet(forPromotion: promotion), language: .fr)
            #expect(committed == generated, "docs/rules/\(name).md is missing or stale: run scripts/generate-docs")
        }
    }
}

@Suite struct ExplanationTests {
    /// One sample option per check name: a check added to the registry without a sample here
    /// (and so without a tested explanation) fails this test.
    static let samples: [String: String] = [
        "required": "true", "forbidden": "true", "type": "integer", "equals": "lancement",
        "in": "[a, b]", "not_in": "[a, b]", "pattern": "{regex: '^[a-z]+$', description: des minuscules}",
        "not_pattern": "{regex: 'x', description: la lettre x}",
        "min_length": "3", "max_length": "3", "min": "1", "max": "today", "exclusive_min": "0",
        "exclusive_max": "2024-01-01", "format": "https-url", "unique": "nom", "closed": "[a, b]",
        "each": "{required: true}", "any_of": "[{equals: a}, {equals: b}]", "all_of": "[{required: true}]",
        "not": "{equals: a}", "same_as": "{path: a.b}", "after": "{field: debut}", "before": "today",
        "length_equals": "{path: mission.nombre_eig}", "misspelling": "{wrong: simplifees, right: simplifiees}",
    ]

    @Test func everyRegisteredCheckIsExplained() throws {
        #expect(Set(Self.samples.keys) == Set(CheckRegistry.names),
            "add a sample (and so a tested explanation) for every registered check")
        for name in CheckRegistry.names {
            let option = try #require(Self.samples[name], "no sample for \(name)")
            let set = try Fixture.ruleSet(Fixture.rule(then: "{\(name): \(option)}"))
            let lines = try #require(set.explanation(of: "t")).checks
            #expect(lines.count == 1, "\(name)")
            for line in lines {
                #expect(!line.phrase.fr.description.isEmpty && !line.phrase.en.description.isEmpty, "\(name)")
            }
        }
    }

    func explained(_ then: String, given: String? = nil, when: String? = nil, _ language: Language = .fr) throws -> String {
        let set = try Fixture.ruleSet(Fixture.rule(then: then, given: given, when: when))
        let explanation = try #require(set.explanation(of: "t"))
        return ExplanationText.lines(explanation.conditions + explanation.checks, language: language, depth: 0)
    }

    @Test func plainFrenchForTheCatalogueChecks() throws {
        #expect(try explained("{required: true, type: string, min_length: 50}") ==
            "- obligatoire\n- doit être un texte\n- au moins 50 caractères\n")
        #expect(try explained("{type: list, min_length: 1}") == "- doit être une liste\n- au moins 1 élément\n")
        #expect(try explained("{format: https-url}") == "- doit être une adresse web en https://\n")
        #expect(try explained("{type: date, after: {path: investigation.debut}, max: today}") ==
            "- doit être une date AAAA-MM-JJ\n- postérieure à investigation.debut\n- au plus tard aujourd'hui\n")
        #expect(try explained("{type: integer, min: 1, max: 2}") ==
            "- doit être un nombre entier\n- au moins 1\n- au plus 2\n")
        #expect(try explained("{required: true}", when: "{path: mission.type, equals: lancement}") ==
            "- seulement si mission.type vaut « lancement »\n- obligatoire\n")
        #expect(try explained("{required: true}", when: "{path: mission.type, in: [lancement, internalisation]}") ==
            "- seulement si mission.type vaut l'une des valeurs : lancement, internalisation\n- obligatoire\n")
        #expect(try explained("{required: true}", when: "{path: mission.type, equals: lancement}", .en) ==
            "- only if mission.type is 'lancement'\n- required\n")
    }

    @Test func namedListsAreListedAndNestingIsIndented() throws {
        let set = try Fixture.ruleSet("""
            ruleset: test
            lists: {phases: [investigation, construction]}
            rules:
              - id: t
                given: projet.phases
                then:
                  unique: nom
                  each:
                    all_of:
                      - {field: nom, required: true, in: {list: phases}}
                      - {field: fin, type: date, after: {field: debut}}
                      - any_of: [{field: a, required: true}, {field: b, required: true}]
                      - not: {field: nom, equals: abandon}
            """)
        let explanation = try #require(set.explanation(of: "t"))
        #expect(ExplanationText.lines(explanation.checks, language: .fr, depth: 0) == """
            - nom différent d'un élément à l'autre
            - chaque élément de la liste :
              - nom :
                - obligatoire
                - doit être l'une des valeurs de la liste phases : investigation, construction
              - fin :
                - doit être une date AAAA-MM-JJ
                - postérieure au champ debut
              - au moins l'une de ces possibilités :
                - a : obligatoire
                - b : obligatoire
              - ne doit pas remplir :
                - nom : doit valoir « abandon »

            """)
    }

    @Test func unknownIDsGetTheClosestKnownOnes() {
        let set = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)
        #expect(set.explanation(of: "transparence.license") == nil)
        #expect(set.closestRuleIDs(to: "transparence.license").first == "transparence.licence")
        #expect(set.closestRuleIDs(to: "transparence.license").count <= 3)
        #expect(set.closestRuleIDs(to: "engagements.comite") == ["engagements.comites", "engagements.acces", "engagements.budget"]
            || set.closestRuleIDs(to: "engagements.comite").first == "engagements.comites")
        #expect(set.closestRuleIDs(to: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").isEmpty)
        #expect(set.explanation(of: "yaml.syntaxe")?.isBuiltin == true)
    }
}

/// `--lang en` covers the rules too: every shipped rule says its title, message and rationale
/// in English.
@Suite struct EnglishCoverageTests {
    @Test func everyEmbeddedRuleHasEnglishTexts() {
        let catalog = RuleSetCatalog.embedded
        for promotion in catalog.promotions {
            for rule in catalog.ruleSet(forPromotion: promotion).rules {
                #expect(!rule.title.en.isEmpty, "eig-\(promotion) \(rule.id): no English title")
                #expect(rule.message.map { !$0.en.isEmpty } ?? true, "eig-\(promotion) \(rule.id): no English message")
                #expect(rule.rationale.map { !$0.en.isEmpty } == true, "eig-\(promotion) \(rule.id): no English rationale")
            }
        }
        for descriptor in BuiltinRules.descriptors {
            #expect(!descriptor.title.en.isEmpty && descriptor.rationale.map { !$0.en.isEmpty } == true, "\(descriptor.id)")
        }
    }
}
