import Testing
import YAMLTree

@testable import ConformeKit

/// `conforme rules validate x.form.yml`: a form file names only places its rules know, and
/// gives every place they check a section, with each problem at its line.
struct FormFileValidationTests {
    static let rules = """
        ruleset: t
        rules:
          - id: a.nom
            title: {fr: "Le nom est donné", en: "The name is given"}
            severity: error
            given: projet.nom
            then: {required: true, type: string, min_length: 3}
            examples: {pass: ["projet: {nom: abc}"], fail: ["projet: {}"]}
          - id: a.phase
            title: {fr: "La phase est connue", en: "The phase is known"}
            severity: error
            given: projet.phase
            then: {in: [un, deux]}
            examples: {pass: ["projet: {phase: un}"], fail: ["projet: {phase: trois}"]}
        """

    static func validate(_ form: String) -> FormValidation {
        let files = ["r/t.yml": rules, "r/t.form.yml": form]
        return FormValidation.validate(path: "r/t.form.yml") { files[$0].map { Array($0.utf8) } }
    }

    static let header = "form: {rules: t.yml, promotion: 1, title: {fr: T, en: T}}\nsections:\n"

    @Test func aValidFormSaysHowManyFields() {
        let validation = Self.validate(Self.header + "  - id: p\n    title: {fr: Projet}\n    fields: [projet.nom, projet.phase]\n")
        #expect(validation.isValid, "\(validation.problems)")
        #expect(validation.confirmation(.fr) == "r/t.form.yml : formulaire valide, 1 section, 2 champs")
    }

    @Test func anUnknownPathIsReportedAtItsLineWithTheClosestOne() {
        let validation = Self.validate(Self.header + "  - id: p\n    title: {fr: Projet}\n    fields:\n      - projet.nom\n      - projet.phaze\n")
        let messages = validation.problems.map { "\($0.at) \($0.message.fr)" }
        #expect(messages.contains("7:9 « projet.phaze » n'est pas un champ connu des règles t ; vouliez-vous dire « projet.phase » ?"), "\(messages)")
        // And the place the rules check is in no section.
        #expect(messages.contains { $0.contains("« projet.phase » est vérifié par les règles (a.phase) mais n'est dans aucune section") }, "\(messages)")
    }

    @Test func aMapIsNotAField() {
        let validation = Self.validate(Self.header + "  - id: p\n    title: {fr: Projet}\n    fields: [projet, projet.nom, projet.phase]\n")
        #expect(validation.problems.map(\.message.fr) == ["« projet » est une table : placez ses champs un à un"])
    }

    @Test func anUnknownKeyIsReportedWithTheAllowedOnes() {
        let validation = Self.validate(Self.header + "  - id: p\n    title: {fr: Projet}\n    colour: red\n    fields: [projet.nom, projet.phase]\n")
        #expect(validation.problems.map { "\($0.at) \($0.message.fr)" } == [
            "5:5 clé inconnue « colour » dans une section ; clés permises : id, title, intro, fields",
        ])
    }

    @Test func aFieldPlacedTwiceIsReported() {
        let validation = Self.validate(Self.header + "  - id: p\n    title: {fr: Projet}\n    fields: [projet.nom, projet.phase]\n  - id: q\n    title: {fr: Q}\n    fields: [projet.nom]\n")
        #expect(validation.problems.map { "\($0.at) \($0.message.fr)" } == ["8:14 « projet.nom » est déjà placé ligne 5"])
    }

    @Test func theShippedFormsAreValid() throws {
        for promotion in RuleSetCatalog.embedded.formPromotions {
            let name = RuleSetCatalog.formFileName(forPromotion: promotion)
            let files = RuleSetCatalog.embedded.files
            let validation = FormValidation.validate(path: name) { files[$0].map { Array($0.utf8) } }
            #expect(validation.isValid, "\(name): \(validation.problems)")
        }
    }
}
