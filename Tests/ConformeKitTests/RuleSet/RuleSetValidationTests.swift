import Testing
import YAMLTree

@testable import ConformeKit

/// A rule set wrong in any way is refused, with every problem at its file:line:column.
@Suite struct RuleSetValidationTests {
    func problems(_ yaml: String) -> [RuleSetProblem] {
        problems(["rules/main.yml": yaml])
    }

    func problems(_ files: [String: String]) -> [RuleSetProblem] {
        switch Fixture.load(files) {
        case .success: return []
        case .failure(let error): return error.problems
        }
    }

    /// `(line:column, a piece of the French message)` of each problem.
    func located(_ yaml: String) -> [(String, String)] {
        problems(yaml).map { ($0.at, $0.message.fr) }
    }

    func expectOne(_ yaml: String, at place: String, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(yaml)
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.at == place, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.message.fr.contains(text) == true, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.file == "rules/main.yml", sourceLocation: sourceLocation)
        #expect(found.first.map { !$0.message.en.isEmpty } == true, sourceLocation: sourceLocation)
    }

    @Test func unknownRuleKeyWithDidYouMean() {
        expectOne("rules:\n  - id: a\n    severty: error\n    then: {required: true}\n",
            at: "3:5", containing: "vouliez-vous dire « severity »")
    }

    @Test func unknownTopLevelKey() {
        expectOne("rule:\n  - id: a\n", at: "1:1", containing: "vouliez-vous dire « rules »")
    }

    @Test func unknownCheckWithDidYouMean() {
        expectOne("rules:\n  - id: a\n    then: {requierd: true}\n", at: "3:12", containing: "vérification inconnue « requierd » dans « then » ; vouliez-vous dire « required »")
    }

    @Test func wrongOptionTypes() {
        expectOne("rules:\n  - id: a\n    then: {min_length: beaucoup}\n", at: "3:24", containing: "entier")
        expectOne("rules:\n  - id: a\n    then: {required: yes}\n", at: "3:22", containing: "true ou false")
        expectOne("rules:\n  - id: a\n    then: {in: oui}\n", at: "3:16", containing: "liste de valeurs")
        expectOne("rules:\n  - id: a\n    then: {format: courriel}\n", at: "3:20", containing: "format inconnu")
        expectOne("rules:\n  - id: a\n    then: {type: entier}\n", at: "3:18", containing: "type inconnu")
        expectOne("rules:\n  - id: a\n    then: {after: demain}\n", at: "3:19", containing: "« after » attend")
        expectOne("rules:\n  - id: a\n    waivable: peut-être\n    then: {required: true}\n", at: "3:15", containing: "true ou false")
    }

    @Test func regexThatDoesNotCompile() {
        expectOne("rules:\n  - id: a\n    then: {pattern: {regex: '[a-z', description: motif}}\n", at: "3:29", containing: "expression régulière invalide")
    }

    @Test func regexProneToCatastrophicBacktracking() {
        expectOne("rules:\n  - id: a\n    then: {pattern: {regex: '(a+)+b', description: motif}}\n", at: "3:29", containing: "quantificateurs imbriqués")
        #expect(Pattern.hasNestedQuantifier("(\\w*)*"))
        #expect(Pattern.hasNestedQuantifier("((ab)+c)*"))
        #expect(!Pattern.hasNestedQuantifier("^https://beta\\.gouv\\.fr/startups/[a-z0-9._-]+\\.html$"))
        #expect(!Pattern.hasNestedQuantifier("(ab)+"))
        #expect(!Pattern.hasNestedQuantifier("[(a+)]+"))
    }

    @Test func badPaths() {
        expectOne("rules:\n  - id: a\n    given: a..b\n    then: {required: true}\n", at: "3:12", containing: "chemin invalide « a..b »")
        expectOne("rules:\n  - id: a\n    then: {field: 'x[y]', required: true}\n", at: "3:19", containing: "chemin invalide")
        expectOne("rules:\n  - id: a\n    when: {path: 'a[', equals: 1}\n    then: {required: true}\n", at: "3:18", containing: "chemin invalide")
        expectOne("rules:\n  - id: a\n    then: {after: {path: 'l[*].d'}}\n", at: "3:26", containing: "un seul nœud")
    }

    @Test func duplicateRuleIDInOneFile() {
        expectOne("rules:\n  - id: a\n    then: {required: true}\n  - id: a\n    then: {required: true}\n",
            at: "4:9", containing: "en double « a » (déjà défini ligne 2)")
    }

    @Test func unknownList() {
        expectOne("lists:\n  licences: [MIT]\nrules:\n  - id: a\n    then: {in: {list: licence}}\n",
            at: "5:23", containing: "liste inconnue « licence » ; vouliez-vous dire « licences »")
    }

    @Test func badSeverity() {
        expectOne("rules:\n  - id: a\n    severity: erreur\n    then: {required: true}\n",
            at: "3:15", containing: "sévérité inconnue « erreur »")
    }

    @Test func missingIDAndThen() {
        let found = located("rules:\n  - title: sans id\n    then: {required: true}\n  - id: b\n")
        #expect(found.map(\.0) == ["2:5", "4:5"])
        #expect(found[0].1.contains("sans « id »"))
        #expect(found[1].1.contains("« then » manquant"))
    }

    @Test func badIDs() {
        expectOne("rules:\n  - id: Transparence Licence\n    then: {required: true}\n", at: "2:9", containing: "identifiant de règle invalide")
        expectOne("rules:\n  - id: yaml.syntaxe\n    then: {required: true}\n", at: "2:9", containing: "réservé")
    }

    @Test func unknownMessagePlaceholder() {
        expectOne("rules:\n  - id: a\n    then: {required: true}\n    message: \"{valeur} manque\"\n",
            at: "4:14", containing: "vouliez-vous dire « {value} »")
    }

    @Test func yamlErrorsOfTheRuleFile() {
        let found = problems("rules:\n  - id: a\n    then: {required: true\n")
        #expect(!found.isEmpty)
        #expect(found.first?.message.fr.contains("YAML invalide") == true)
        #expect(found.first?.range.start.line ?? 0 >= 3)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = located("""
            ruleset: t
            rules:
              - id: a
                severity: grave
                then: {requird: true}
              - id: b
                given: x..y
                then: {pattern: {regex: '(', description: motif}}
            """)
        #expect(found.map(\.0) == ["4:15", "5:12", "7:12", "8:29"])
    }

    // MARK: extends

    @Test func extendsLoadsBasesAndLaterDefinitionsOverride() throws {
        let result = Fixture.load([
            "rules/main.yml": """
                ruleset: main
                title: Principal
                version: "2"
                extends: [commun/base.yml]
                rules:
                  - id: b
                    severity: warning
                    given: y
                    then: {in: {list: noms}}
                """,
            "rules/commun/base.yml": """
                lists:
                  noms: [alpha, beta]
                rules:
                  - id: a
                    given: x
                    then: {required: true}
                  - id: b
                    given: y
                    then: {required: true}
                """,
        ])
        let ruleSet = try result.get()
        #expect(ruleSet.id == "main" && ruleSet.title == "Principal" && ruleSet.version == "2")
        #expect(ruleSet.rules.map(\.id) == ["a", "b"])
        #expect(ruleSet.rule("b")?.severity == .warning)
        #expect(ruleSet.rule("a")?.file == "rules/commun/base.yml")
    }

    @Test func extendsOutsideTheRulesFolderIsRefused() {
        let found = problems(["rules/main.yml": "extends: ../secret.yml\nrules: []\n", "secret.yml": "rules: []\n"])
        #expect(found.map(\.at) == ["1:10"])
        #expect(found.first?.message.fr.contains("sort du dossier des règles") == true)
        let absolute = problems(["rules/main.yml": "extends: [/etc/rules.yml, 'https://x.fr/r.yml']\n"])
        #expect(absolute.map(\.at) == ["1:11", "1:27"])
    }

    @Test func extendsCycleIsRefused() {
        let found = problems([
            "rules/main.yml": "extends: a.yml\n",
            "rules/a.yml": "extends: b.yml\n",
            "rules/b.yml": "extends: a.yml\n",
        ])
        #expect(found.count == 1)
        #expect(found.first?.file == "rules/b.yml")
        #expect(found.first?.at == "1:10")
        #expect(found.first?.message.fr.contains("cycle : rules/a.yml → rules/b.yml → rules/a.yml") == true)
    }

    @Test func missingBaseFileIsReportedAtTheExtendsEntry() {
        let found = problems(["rules/main.yml": "extends: [absent.yml]\n"])
        #expect(found.map(\.at) == ["1:11"])
        #expect(found.first?.message.fr.contains("introuvable") == true)
    }

    @Test func redefinitionAcrossFilesIsAllowedButNotWithinOne() throws {
        let base = "rules:\n  - id: a\n    then: {required: true}\n"
        #expect(throws: Never.self) {
            try Fixture.load(["rules/main.yml": "extends: base.yml\n" + base, "rules/base.yml": base]).get()
        }
    }
}
