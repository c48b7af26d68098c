import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// Quick verdicts (`QuickVerdict.swift`) decide that a rule holds without building targets. They
/// must never change a report: every test here evaluates the same manifest both ways and
/// expects the same findings, on the shipped rule sets and on rules written to reach the corners
/// (wildcards over missing nodes, `{field: …}` operands below a missing node, `when` clauses).
@Suite struct QuickVerdictTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    /// Everything a report shows of an evaluation.
    static func summary(_ evaluation: Evaluation) -> [String] {
        evaluation.diagnostics.map {
            "\($0.rule) \($0.severity) \($0.path ?? "-") \($0.range) \($0.isWaived) \($0.message.fr) \($0.suggestion ?? "")"
        } + ["evaluated: \(evaluation.evaluatedRules)", "status: \(evaluation.status)"]
    }

    static func bothWays(_ ruleSet: RuleSet, _ document: ParsedDocument) -> (quick: [String], slow: [String]) {
        let engine = Engine(ruleSet: ruleSet)
        var options = EvaluationOptions(today: Fixture.today)
        let quick = summary(engine.evaluate(document, options: options))
        options.quickVerdicts = false
        let slow = summary(engine.evaluate(document, options: options))
        return (quick, slow)
    }

    /// Each example manifest, with each line removed in turn and each value replaced in turn
    /// by values of other types and shapes: thousands of manifests, passing and failing.
    static func variants(of text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let replacements = ["", "~", "0", "-3", "2099-12-31", "1999-01-01", "true", "x", "[a, a]", "{}", "À COMPLÉTER"]
        var variants = [text]
        for (i, line) in lines.enumerated() {
            var removed = lines
            removed.remove(at: i)
            variants.append(removed.joined(separator: "\n"))
            guard let colon = line.range(of: ": "), !line.hasPrefix("#") else { continue }
            for replacement in replacements {
                var changed = lines
                changed[i] = String(line[..<colon.upperBound]) + replacement
                variants.append(changed.joined(separator: "\n"))
            }
        }
        return variants
    }

    @Test(arguments: ["proposition-conforme.yml", "internalisation-conforme.yml", "proposition-eig6.yml", "echec-derogations.yml"])
    func theShippedRulesGiveTheSameFindingsBothWays(example: String) throws {
        let text = try String(contentsOf: Self.examples.appendingPathComponent(example), encoding: .utf8)
        var compared = 0
        var failing = 0
        for variant in Self.variants(of: text) {
            let document = YAMLParser.parse(variant)
            let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: promotion(of: document))
            let (quick, slow) = Self.bothWays(ruleSet, document)
            #expect(quick == slow, "\(variant)")
            if quick != slow { return }
            compared += 1
            if slow.count > 2 { failing += 1 }
        }
        // The variants reach both sides: many manifests fail, some pass.
        #expect(compared > 200)
        #expect(failing > compared / 2)
    }

    @Test func onAConformingManifestEveryShippedRuleAnswersQuickly() throws {
        let text = try String(contentsOf: Self.examples.appendingPathComponent("proposition-conforme.yml"), encoding: .utf8)
        let document = YAMLParser.parse(text)
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)
        let context = CheckContext(root: try #require(document.root), today: Fixture.today, quickVerdicts: true)
        let conditions = context.forConditions()
        for rule in ruleSet.rules where rule.applies(in: conditions) {
            #expect(rule.quickHolds(in: context) == true, "\(rule.id)")
        }
    }

    /// Rules written for the corners of path resolution and operands.
    static let cornerRules = """
        ruleset: coins
        title: coins
        version: "1"
        rules:
          - {id: a.joker-absent, severity: error, given: "absent[*].x", then: {required: true}, message: {fr: m, en: m}}
          - {id: b.joker-cle, severity: error, given: "l[*].x", then: {required: true, type: integer}, message: {fr: m, en: m}}
          - {id: c.index, severity: error, given: "l[1].x", then: {required: true}, message: {fr: m, en: m}}
          - {id: d.valeurs, severity: error, given: "m.*", then: {type: string, min_length: 2}, message: {fr: m, en: m}}
          - id: e.champ-sous-absent
            severity: error
            given: absent
            then: {field: fin, after: {field: debut}}
            message: {fr: m, en: m}
          - id: f.frere
            severity: error
            given: "l[*]"
            then: {field: fin, after: {field: debut}}
            message: {fr: m, en: m}
          - id: g.quand
            severity: error
            when: {path: mode, in: [strict]}
            given: l
            then: {min_length: 3}
            message: {fr: m, en: m}
          - id: h.quand-joker
            severity: error
            when: {path: "l[*].x", equals: 1}
            given: m
            then: {required: true}
            message: {fr: m, en: m}
          - id: i.unique-cle
            severity: error
            given: l
            then: {unique: x, each: {any_of: [{field: x, type: integer}, {field: y, required: true}]}}
            message: {fr: m, en: m}
          - id: j.non
            severity: error
            given: m
            then: {not: {closed: [a, b]}}
            message: {fr: m, en: m}
          - id: k.chemin
            severity: error
            given: n
            then: {max: {path: plafond}, same_as: {path: "l[0].x"}}
            message: {fr: m, en: m}
          - id: l.imbrique
            severity: error
            given: p
            then: {all_of: [{field: q, all_of: [{field: fin, after: {field: debut}}]}]}
            message: {fr: m, en: m}
          # Checks that read the node in place: each at its boundary and on every kind of node.
          - {id: m.longueurs, severity: error, given: "t.*", then: {min_length: 2, max_length: 3}, message: {fr: m, en: m}}
          - {id: n.format, severity: error, given: "t.*", then: {format: email}, message: {fr: m, en: m}}
          - {id: o.types, severity: error, given: "t.*", then: {type: [date, boolean]}, message: {fr: m, en: m}}
          - {id: p.nombre, severity: error, given: "t.*", then: {type: number}, message: {fr: m, en: m}}
          - {id: q.requis, severity: error, given: "t.*", then: {required: true}, message: {fr: m, en: m}}
          - {id: r.liste, severity: error, given: "t.*", then: {in: [ab, 1, true], not: {equals: 1.0}}, message: {fr: m, en: m}}
        """

    static let cornerManifests = [
        "l: [{x: 1, debut: 2024-01-01, fin: 2024-02-01}, {x: 2, y: b}]\nm: {a: aa, b: bb}\nn: 1\nplafond: 3\n",
        "l: [{x: 1}, {x: 1}, {y: ''}]\nm: {a: a, c: 3}\nmode: strict\nn: 5\nplafond: 3\n",
        "l: [{debut: 2024-03-01, fin: 2024-02-01}, {fin: 2024-02-01}, {x: ~}]\nm: ~\nn: x\n",
        "l: []\nm: {}\nabsent: {debut: 2024-01-01}\nmode: lache\n",
        "l: x\nm: [a]\nabsent: ~\nn: 2\nplafond: [1]\n",
        "autre: 1\n",
        // `{field: debut}` is q's, not p's: the nearest group with a `field:` sets the base.
        "p: {q: {debut: 2024-05-01, fin: 2024-06-01}, debut: 2024-07-01}\n",
        "p: {q: {debut: 2024-07-01, fin: 2024-06-01}, debut: 2024-05-01}\n",
        "t: {a: ab, b: abc, c: abcd, d: a, e: [1, 2], f: [1, 2, 3, 4], g: [1], h: {k: v}, i: 12, j: '  '}\n",
        "t: {a: é, b: éé, c: 'éèà', d: 'éèàù', e: a@b.fr, f: 'a b@c.fr', g: 2024-02-29, h: 2023-02-29, i: true}\n",
        "t: {a: 1, b: 1.0, c: '1', d: ~, e: '', f: ab, g: [], h: {}, i: 1e3, j: .inf}\n",
    ]

    @Test(arguments: cornerManifests)
    func cornerRulesGiveTheSameFindingsBothWays(manifest: String) throws {
        let ruleSet = try Fixture.ruleSet(Self.cornerRules)
        let (quick, slow) = Self.bothWays(ruleSet, Fixture.parse(manifest))
        #expect(quick == slow)
    }

    @Test func aListOverTheLimitIsLeftToTheLongWayWhichReportsIt() throws {
        let ruleSet = try Fixture.ruleSet(Self.cornerRules)
        let manifest = "l: [" + Array(repeating: "{x: 1}", count: 30).joined(separator: ", ") + "]\nm: {a: aa}\n"
        var options = EvaluationOptions(today: Fixture.today, limits: EvaluationLimits(maxListLength: 10))
        let quick = Engine(ruleSet: ruleSet).evaluate(Fixture.parse(manifest), options: options)
        options.quickVerdicts = false
        let slow = Engine(ruleSet: ruleSet).evaluate(Fixture.parse(manifest), options: options)
        #expect(Self.summary(quick) == Self.summary(slow))
        #expect(quick.diagnostics.contains { $0.rule == "yaml.limite" })
    }
}
