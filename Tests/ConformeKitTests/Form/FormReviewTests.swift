import Testing
import YAMLTree

@testable import ConformeKit

/// Findings go next to their fields; each section says what remains; lists grow and shrink
/// through submit buttons; hostile submissions are bounded.
struct FormReviewTests {
    static let settings = FormRoundTripTests.settings

    @Test func anEmptyLaunchFormShowsEachMissingFieldInItsSection() throws {
        let form = try GuidedFormTests.form(7)
        let state = FormState.initial(form, parameters: ["type": "lancement"])
        #expect(state.values["mission.type"] == "lancement")
        #expect(state.values["promotion"] == "7")
        #expect(state.counts["mission.voeux"] == nil)
        #expect(state.counts["motivations.objectifs_12_mois"] == 1)
        let review = form.review(state, settings: Self.settings)
        #expect(!review.isCompliant)
        #expect(review.byName["projet.nom"]?.map(\.rule) == ["dossier.projet"])
        #expect(review.byName["mission.voeux"]?.map(\.rule) == ["mission.voeux-nombre"])
        #expect(review.byName["engagements.acces_locaux"]?.map(\.rule) == ["engagements.acces"])
        let status = Dictionary(uniqueKeysWithValues: review.sections.map { ($0.id, $0) })
        #expect(status["projet"]!.remaining >= 5)
        #expect(status["investigation"]!.remaining > 0 && !status["investigation"]!.isOptional)
        #expect(status["derogations"]!.remaining == 0 && status["derogations"]!.isOptional)
        // Every finding is next to a field, or in the summary; none is lost.
        #expect(review.byName.values.map(\.count).reduce(0, +) + review.unplaced.count == review.findingCount)
    }

    @Test func anInternalisationNeedsNoInvestigation() throws {
        let form = try GuidedFormTests.form(7)
        let review = form.review(FormState.initial(form, parameters: ["type": "internalisation"]), settings: Self.settings)
        let investigation = try #require(review.sections.first { $0.id == "investigation" })
        #expect(investigation.isOptional && investigation.remaining == 0)
    }

    @Test func aMissingMapIsCountedInTheSectionOfItsFields() throws {
        let form = try GuidedFormTests.form(7)
        #expect(form.sectionID(of: "investigation") == "investigation")
        #expect(form.owner(of: "investigation") == nil)
        #expect(form.owner(of: "mission.voeux[3].profil") == "mission.voeux[3].profil")
        #expect(form.owner(of: "mission.voeux") == "mission.voeux")
        #expect(form.owner(of: "projet.phases[0].nom.extra") == "projet.phases[0].nom")
    }

    @Test func addAndRemoveWorkAsSubmitButtons() throws {
        let form = try GuidedFormTests.form(7)
        var pairs: [(name: String, value: String)] = [
            ("~n:mission.voeux", "2"), ("mission.voeux[0].profil", "direction-produit"),
            ("mission.voeux[1].profil", "direction-technique"), ("mission.voeux[1].mission_pressentie", "B"),
            (FormSubmission.actionName, "ajouter:mission.voeux"),
        ]
        let added = FormSubmission.read(pairs, form: form)
        #expect(added.action == .add(list: "mission.voeux"))
        #expect(added.state.items("mission.voeux") == 3)
        pairs[4] = (FormSubmission.actionName, "retirer:mission.voeux[0]")
        let removed = FormSubmission.read(pairs, form: form).state
        #expect(removed.items("mission.voeux") == 1)
        #expect(removed.values["mission.voeux[0].profil"] == "direction-technique")
        #expect(removed.values["mission.voeux[0].mission_pressentie"] == "B")
        #expect(removed.values["mission.voeux[1].profil"] == nil)
    }

    @Test func hostileNamesAreIgnored() throws {
        let form = try GuidedFormTests.form(7)
        let (state, action) = FormSubmission.read([
            ("mission.voeux[999999].profil", "x"), ("~n:mission.voeux", "100000"), ("projet.inconnu", "x"),
            ("projet..nom", "x"), ("]", "x"), (FormSubmission.keptName, "%ZZ"), ("~n:projet.nom", "2"),
            (FormSubmission.actionName, "ajouter:projet.nom"), ("projet.nom", "ok"),
        ], form: form)
        #expect(state.values == ["projet.nom": "ok"])
        #expect(state.counts.isEmpty && state.extras.isEmpty)
        #expect(action == .other("ajouter:projet.nom"))
    }

    @Test func aCheckboxSendsItsLastValue() throws {
        let form = try GuidedFormTests.form(7)
        let ticked = FormSubmission.read([("engagements.acces_locaux", ""), ("engagements.acces_locaux", "true")], form: form).state
        #expect(form.manifestYAML(ticked).contains("acces_locaux: true"))
        let unticked = FormSubmission.read([("engagements.acces_locaux", "")], form: form).state
        #expect(!form.manifestYAML(unticked).contains("acces_locaux"))
    }

    @Test func theManifestIsCommentedLikeInit() throws {
        let form = try GuidedFormTests.form(7)
        var state = FormState.initial(form, parameters: ["type": "lancement"])
        state.values["projet.phase"] = "construction"
        let yaml = form.manifestYAML(state)
        #expect(yaml.hasPrefix("# yaml-language-server: $schema="))
        #expect(yaml.contains("# [eligibilite.phase, dossier.phase-historique] Phase actuelle du produit — investigation | construction | acceleration\n  phase: construction"))
        #expect(yaml.contains("# Projet\nprojet:"))
    }
}
