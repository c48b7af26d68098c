import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// `conforme schema`: the committed schemas are current, and the schema agrees with
/// `conforme check` on every structural rule (the rules it expresses entirely).
@Suite struct ManifestSchemaTests {
    static let root = EmbeddedRuleSetTests.repositoryRoot

    static func ruleSet(_ promotion: Int) -> RuleSet { RuleSetCatalog.embedded.ruleSet(forPromotion: promotion) }

    @Test(arguments: RuleSetCatalog.embedded.promotions)
    func committedSchemaIsCurrent(promotion: Int) throws {
        let url = Self.root.appendingPathComponent("schema/proposition-eig-\(promotion).schema.json")
        let committed = try? String(contentsOf: url, encoding: .utf8)
        #expect(committed == ManifestSchema(ruleSet: Self.ruleSet(promotion)).text,
            "schema/proposition-eig-\(promotion).schema.json is stale or missing: run scripts/generate-schema")
    }

    @Test func schemaIsDerivedFromTheRules() throws {
        let schema = ManifestSchema(ruleSet: Self.ruleSet(7))
        let text = schema.text
        #expect(text.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"urn:conforme:schema:eig-7:2024.1\""))
        // A named list expanded, a regex anchored, a closed map, a `when` as if/then.
        #expect(text.contains("\"enum\": [\"administration-centrale\", \"operateur\"]"))
        #expect(text.contains(#""pattern": "^(?:^https://beta\\.gouv\\.fr/startups/[^/?# ]+\\.html$)$""#))
        #expect(text.contains("\"additionalProperties\": false"))
        #expect(text.contains("\"const\": \"lancement\""))
        #expect(text.contains("\"description\": \"La mission demande un ou deux EIG\""))
        // What JSON Schema cannot say is listed, not silently dropped.
        let omitted = Dictionary(uniqueKeysWithValues: schema.omissions.map { ($0.rule, $0.checks) })
        #expect(omitted["mission.voeux-nombre"] == ["length_equals: {path: mission.nombre_eig}"])
        #expect(omitted["investigation.terminee"] == ["after: {path: investigation.debut}", "max: today"])
        #expect(omitted["dossier.phases"]?.contains("unique: nom") == true)
        #expect(schema.structuralRules.contains("mission.nombre-eig"))
        #expect(!schema.structuralRules.contains("investigation.terminee"))
        #expect(text.contains("investigation.terminee (after: {path: investigation.debut}, max: today)"))
        // Deterministic.
        #expect(ManifestSchema(ruleSet: Self.ruleSet(7)).text == text)
    }

    @Test func whenBecomesIfThen() throws {
        let set = try Fixture.ruleSet(Fixture.rule(
            then: "{required: true, type: map}", given: "investigation",
            when: "{path: mission.type, equals: lancement}"))
        let text = ManifestSchema(ruleSet: set).text
        let compact = text.filter { !$0.isWhitespace }
        #expect(compact.contains("""
                "if": {
                  "type": "object",
                  "properties": {
                    "mission": {
                      "type": "object",
                      "properties": {
                        "type": {
                          "const": "lancement"
                        }
                      },
                      "required": ["type"]
                    }
                  },
                  "required": ["mission"]
                },
            """.filter { !$0.isWhitespace }), "\(text)")
        #expect(compact.contains(#""then":{"type":"object","properties":{"investigation":{"description":"t","x-conforme-rules":["t"],"type":"object"}},"required":["investigation"]}"#))
    }

    @Test func regexesAreRewrittenForECMA262OrLeftOut() throws {
        #expect(ECMARegex.translate(#"(?s).*À COMPLÉTER.*"#) == #"[\s\S]*À COMPLÉTER[\s\S]*"#)
        #expect(ECMARegex.translate(#"^https://beta\.gouv\.fr/[a-z.]+$"#) == #"^https://beta\.gouv\.fr/[a-z.]+$"#)
        #expect(ECMARegex.translate("(?i)eupl") == nil)
        #expect(ECMARegex.translate(#"\Aa\z"#) == nil)
        #expect(ECMARegex.translate("a++") == nil)
        let set = try Fixture.ruleSet(Fixture.rule(then: "{pattern: {regex: '(?i)oui', description: motif}}", given: "a"))
        #expect(ManifestSchema(ruleSet: set).omissions.first?.checks == ["pattern: (?i)oui"])
    }

    @Test func aLiteralTextIsEscapedWithTheEscapesUnicodeModeAccepts() {
        // `\-` outside a class is refused under the `u` flag (check-jsonschema: « not a 'regex' »).
        #expect(ECMARegex.escaped("demarches-simplifees.fr") == #"demarches-simplifees\.fr"#)
        #expect(ECMARegex.escaped("a/b(c)?[d]{e}|f*g+h^i$") == #"a\/b\(c\)\?\[d\]\{e\}\|f\*g\+h\^i\$"#)
    }

    @Test func aRuleWithAnInexpressibleWhenIsLeftOutWhole() throws {
        let set = try Fixture.ruleSet(Fixture.rule(
            then: "{required: true}", given: "b", when: "{path: a, after: today}"))
        let schema = ManifestSchema(ruleSet: set)
        #expect(schema.omissions == [ManifestSchema.Omission(rule: "t", checks: ["when"], isWhole: true)])
        #expect(!schema.text.contains("\"required\""))
    }

    // MARK: Agreement with `conforme check`

    /// A mutation of an example: `replace` must occur in it.
    struct Mutation: CustomStringConvertible {
        var base: String
        var name: String
        var replace: String
        var with: String
        var description: String { "\(base) / \(name)" }
    }

    static let mutations: [Mutation] = [
        // eig-7
        Mutation(base: "proposition-conforme.yml", name: "wrong type", replace: "nombre_eig: 2", with: "nombre_eig: deux"),
        Mutation(base: "proposition-conforme.yml", name: "number as text", replace: "nombre_eig: 2", with: "nombre_eig: \"2\""),
        Mutation(base: "proposition-conforme.yml", name: "missing required field", replace: "  incubateur: dinum\n", with: ""),
        Mutation(base: "proposition-conforme.yml", name: "blank required field", replace: "  incubateur: dinum\n", with: "  incubateur: \"  \"\n"),
        Mutation(base: "proposition-conforme.yml", name: "null required field", replace: "  incubateur: dinum\n", with: "  incubateur:\n"),
        Mutation(base: "proposition-conforme.yml", name: "null optional field", replace: "  sigle: DHUP\n", with: "  sigle:\n"),
        Mutation(base: "proposition-conforme.yml", name: "value not in enum", replace: "phase: construction", with: "phase: consolidation"),
        Mutation(base: "proposition-conforme.yml", name: "unknown key", replace: "projet:\n", with: "projet:\n  slogan: Le logement plus vite\n"),
        Mutation(base: "proposition-conforme.yml", name: "unknown key in a list item", replace: "    - nom: construction\n", with: "    - nom: construction\n      commentaire: en cours\n"),
        Mutation(base: "proposition-conforme.yml", name: "too short string", replace: "  politique_publique: >-\n", with: "  politique_publique: Logement\n  ancienne_politique: >-\n"),
        Mutation(base: "proposition-conforme.yml", name: "bad pattern", replace: "https://beta.gouv.fr/startups/declic-logement.html", with: "https://beta.gouv.fr/fast/"),
        Mutation(base: "proposition-conforme.yml", name: "out-of-range number", replace: "nombre_eig: 2", with: "nombre_eig: 3"),
        Mutation(base: "proposition-conforme.yml", name: "lancement without investigation", replace: "investigation:", with: "enquete:"),
        Mutation(base: "proposition-conforme.yml", name: "internalisation without investigation", replace: "investigation:", with: "enquete:"),
        Mutation(base: "proposition-conforme.yml", name: "section not a map", replace: "contacts:\n", with: "contacts: aucun\nanciens_contacts:\n"),
        Mutation(base: "proposition-conforme.yml", name: "bad e-mail", replace: "camille.martin@developpement-durable.gouv.fr", with: "camille.martin@"),
        Mutation(base: "proposition-conforme.yml", name: "date not a date", replace: "debut: 2023-09-04", with: "debut: septembre 2023"),
        Mutation(base: "proposition-conforme.yml", name: "licence not allowed", replace: "licence: EUPL-1.2", with: "licence: EUPL-2.0"),
        Mutation(base: "proposition-conforme.yml", name: "to complete", replace: "nom: Déclic Logement", with: "nom: À COMPLÉTER"),
        Mutation(base: "internalisation-conforme.yml", name: "internalisation without stats", replace: "stats_url:", with: "statistiques:"),
        // eig-6
        Mutation(base: "proposition-eig6.yml", name: "wrong type", replace: "nombre_eig: 2", with: "nombre_eig: deux"),
        Mutation(base: "proposition-eig6.yml", name: "out-of-range number", replace: "nombre_eig: 2", with: "nombre_eig: 4"),
        Mutation(base: "proposition-eig6.yml", name: "value not in enum", replace: "[developpement, data-science]", with: "[developpement, direction-produit]"),
        Mutation(base: "proposition-eig6.yml", name: "missing required field", replace: "  duree_mois: 10\n", with: ""),
        Mutation(base: "proposition-eig6.yml", name: "operateur without tutelle", replace: "  ministere_tutelle:", with: "  programme_budgetaire:"),
        Mutation(base: "proposition-eig6.yml", name: "centrale without programme", replace: "type: operateur", with: "type: administration-centrale"),
        Mutation(base: "proposition-eig6.yml", name: "unknown key", replace: "donnees:", with: "donnes:"),
        Mutation(base: "proposition-eig6.yml", name: "implication out of range", replace: "implication_pct: 40", with: "implication_pct: 140"),
        Mutation(base: "proposition-eig6.yml", name: "data not ready", replace: "pretes_avant_debut: true", with: "pretes_avant_debut: false"),
    ]

    struct Case {
        var name: String
        /// The schema, as JSON text.
        var schema: String
        /// The manifest, as JSON text.
        var instance: String
        /// Whether `conforme check` finds nothing for the rules the schema is made of.
        var checkPasses: Bool
        /// The schema expresses its rules entirely: its verdict must be check's. Otherwise
        /// (the whole rule set) it must only never be stricter: valid whenever check passes.
        var exact = true
    }

    static func document(_ text: String, markdown: Bool = false) -> ParsedDocument {
        YAMLParser.parse(Array(text.utf8), kind: markdown ? .markdownFrontMatter : .yaml)
    }

    /// The verdict of `conforme check` on the structural rules only; waived findings count:
    /// a schema knows nothing of dérogations.
    static func checkPasses(_ document: ParsedDocument, ruleSet: RuleSet, rules: [String]) -> Bool {
        let evaluation = Engine(ruleSet: ruleSet).evaluate(
            document, options: EvaluationOptions(today: Fixture.today, onlyRules: Set(rules)))
        return !evaluation.diagnostics.contains { rules.contains($0.rule) }
    }

    static func cases() throws -> [Case] {
        var cases: [Case] = []
        let schemas = Dictionary(uniqueKeysWithValues: RuleSetCatalog.embedded.promotions.map {
            ($0, ManifestSchema(ruleSet: ruleSet($0)))
        })
        // The schema of the structural rules alone, to compare verdicts exactly.
        let structuralSchemas = Dictionary(uniqueKeysWithValues: schemas.map { promotion, schema in
            (promotion, ManifestSchema(ruleSet: ruleSet(promotion), only: Set(schema.structuralRules)))
        })
        func add(_ name: String, _ text: String, markdown: Bool = false) throws {
            let parsed = document(text, markdown: markdown)
            let root = try #require(parsed.root, "\(name) does not parse")
            let found: Int? = promotion(of: parsed)
            let promotion = try #require(found, "\(name) has no promotion")
            let set = ruleSet(promotion)
            let full = try #require(schemas[promotion])
            let structural = try #require(structuralSchemas[promotion])
            let instance = PlainJSON.render(root, pretty: false)
            cases.append(Case(name: name, schema: structural.text, instance: instance,
                checkPasses: checkPasses(parsed, ruleSet: set, rules: full.structuralRules)))
            cases.append(Case(name: "\(name) (whole rule set)", schema: full.text, instance: instance,
                checkPasses: checkPasses(parsed, ruleSet: set, rules: set.rules.map(\.id)), exact: false))
        }
        let examples = Self.root.appendingPathComponent("examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
        where name.hasSuffix(".yml") || name.hasSuffix(".md") {
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            try add(name, text, markdown: name.hasSuffix(".md"))
        }
        for mutation in mutations {
            let text = try String(contentsOf: examples.appendingPathComponent(mutation.base), encoding: .utf8)
            try #require(text.contains(mutation.replace), "\(mutation): « \(mutation.replace) » not found")
            var mutated = text.replacingOccurrences(of: mutation.replace, with: mutation.with)
            if mutation.name == "internalisation without investigation" {
                mutated = mutated.replacingOccurrences(of: "type: lancement", with: "type: internalisation")
            }
            try add(mutation.description, mutated)
        }
        // Each structural rule's own examples, against the schema of that rule alone.
        for promotion in RuleSetCatalog.embedded.promotions {
            let set = ruleSet(promotion)
            for id in try #require(schemas[promotion]).structuralRules {
                let rule = try #require(set.rule(id))
                let schema = ManifestSchema(ruleSet: set, only: [id]).text
                for (kind, examples) in [("pass", rule.examples.pass), ("fail", rule.examples.fail)] {
                    for (index, example) in examples.enumerated() {
                        let parsed = document(example)
                        let root = try #require(parsed.root)
                        cases.append(Case(name: "\(set.id) \(id) \(kind) example \(index + 1)", schema: schema,
                            instance: PlainJSON.render(root, pretty: false),
                            checkPasses: checkPasses(parsed, ruleSet: set, rules: [id])))
                    }
                }
            }
        }
        return cases
    }

    static let script = #"""
        import json, sys
        from jsonschema import Draft202012Validator
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        validators = {}
        for case in data:
            schema = case["schema"]
            key = json.dumps(schema, sort_keys=True)
            if key not in validators:
                Draft202012Validator.check_schema(schema)
                validators[key] = Draft202012Validator(schema)
            errors = list(validators[key].iter_errors(case["instance"]))
            first = ("/".join(map(str, errors[0].absolute_path)) + ": " + errors[0].message)[:300] if errors else ""
            print(json.dumps({"valid": not errors, "error": first}))
        """#

    /// Python with `jsonschema`, or nil (and a notice) when missing outside CI; missing in CI
    /// (`CI` set) is a failure: scripts/ci-deps.sh installs it.
    static func pythonWithJSONSchema() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let available = (try? process.run()).map { process.waitUntilExit(); return process.terminationStatus == 0 } ?? false
        if !available {
            if ProcessInfo.processInfo.environment["CI"].map({ !$0.isEmpty }) ?? false {
                Issue.record("python3 with jsonschema is missing: run scripts/ci-deps.sh")
            } else {
                print("SKIP: python3 with the jsonschema module is missing: schema/check agreement not tested (pip install jsonschema)")
            }
        }
        return available
    }

    @Test func schemaAgreesWithCheckOnStructuralRules() throws {
        guard Self.pythonWithJSONSchema() else { return }
        let cases = try Self.cases()
        var payload = "["
        for (index, item) in cases.enumerated() {
            if index > 0 { payload += ",\n" }
            payload += "{\"schema\": \(item.schema), \"instance\": \(item.instance)}"
        }
        payload += "]"
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("conforme-schema-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cases.json")
        try Data(payload.utf8).write(to: file)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python failed:\n\(errorText)")

        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        try #require(lines.count == cases.count, "\(lines.count) verdicts for \(cases.count) cases")
        var schemaRejections = 0
        for (item, line) in zip(cases, lines) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let verdict = try #require(object as? [String: Any])
            let valid = try #require(verdict["valid"] as? Bool)
            if !valid { schemaRejections += 1 }
            #expect(item.exact ? valid == item.checkPasses : valid || !item.checkPasses,
                "\(item.name): schema says \(valid ? "valid" : "invalid (\(verdict["error"] ?? ""))"), check says \(item.checkPasses ? "pass" : "fail")")
        }
        // Both verdicts occur: the comparison is not vacuous.
        #expect(schemaRejections > 20 && schemaRejections < cases.count - 20)
        for name in ["proposition-conforme.yml", "internalisation-conforme.yml", "fiche-produit.md", "proposition-eig6.yml"] {
            #expect(cases.first { $0.name == name }?.checkPasses == true, "\(name) should be valid")
        }
    }
}
