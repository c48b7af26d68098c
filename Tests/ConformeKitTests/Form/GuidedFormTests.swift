import Testing
import YAMLTree

@testable import ConformeKit

/// The guided form's fields come from the rules; its sections, order and labels from the form
/// file.
struct GuidedFormTests {
    static func form(_ promotion: Int) throws -> GuidedForm {
        switch RuleSetCatalog.embedded.form(forPromotion: promotion) {
        case .success(let form)?: return form
        case .failure(let error)?:
            Issue.record("form eig-\(promotion) refused:\n\(error)")
            throw error
        case nil:
            Issue.record("no form for promotion \(promotion)")
            throw RuleSetLoadError(problems: [])
        }
    }

    @Test func eig7SectionsFollowTheRèglementThenWhatTheRulesAlsoAsk() throws {
        let form = try Self.form(7)
        #expect(form.sections.map(\.id) == [
            "projet", "administration", "contacts", "voeux", "dispositif", "motivations",
            "investigation", "transparence", "engagements", "derogations",
        ])
        #expect(form.fieldCount == 68)
        #expect(form.listsByTemplate.keys.sorted() == [
            "derogations", "mission.voeux", "motivations.objectifs_12_mois", "projet.phases",
            "transparence.pilotage_impact.indicateurs",
        ])
    }

    @Test func controlsComeFromWhatTheRulesSayOfEachPath() throws {
        let form = try Self.form(7)
        let fields = form.fieldsByTemplate
        // `in: {list: phases-projet}` → three choices.
        #expect(fields["projet.phase"]?.kind == .choice(["investigation", "construction", "acceleration"].map(Self.choice)))
        if case .choice(let licences)? = fields["transparence.code_source.licence"]?.kind {
            // 19 licences of the CRPA's list, less the 3 deprecated SPDX ids a rule warns against.
            #expect(licences.count == 16 && licences.contains(Self.choice("EUPL-1.2")) && !licences.contains(Self.choice("GPL-3.0")))
        } else {
            Issue.record("licence is not a choice")
        }
        #expect(fields["mission.voeux[*].profil"]?.kind == .choice(["direction-produit", "direction-technique"].map(Self.choice)))
        // `equals: true` → a commitment, labelled by its rule's title.
        let commitment = try #require(fields["engagements.pilotage_confie_aux_eig"])
        #expect(commitment.kind == .commitment)
        #expect(commitment.label == form.ruleSet.rule("engagements.pilotage-confie")?.title)
        // `type: integer, min: 1, max: 2`.
        let count = try #require(fields["mission.nombre_eig"])
        #expect(count.kind == .number(integer: true) && count.minimum == 1 && count.maximum == 2)
        #expect(fields["engagements.budget_12_mois"]?.kind == .number(integer: false))
        #expect(fields["engagements.budget_12_mois"]?.exclusiveMinimum == 0)
        // `type: date` and `format: email`, `format: https-url`.
        #expect(fields["investigation.fin"]?.kind == .date)
        #expect(fields["contacts.point_de_contact.email"]?.kind == .email)
        #expect(fields["transparence.code_source.depot"]?.kind == .url)
        // Its rule's `when` (`any_of` of fields) is more than the schema can say: « in some cases ».
        #expect(fields["transparence.code_source.depot"]?.requirement.isSometimes == true)
        // `min_length: 20` on a text; 40 and more: several lines.
        #expect(fields["projet.politique_publique"]?.minLength == 20)
        #expect(fields["mission.voeux[*].mission_pressentie"]?.kind == .text(multiline: true))
        #expect(fields["mission.voeux[*].mission_pressentie"]?.minLength == 40)
        #expect(fields["projet.nom"]?.kind == .text(multiline: false))
        // A key the rules only list as known (`closed`): a free text, optional.
        #expect(fields["administration.sigle"]?.kind == .text(multiline: false))
        #expect(fields["administration.sigle"]?.requirement == .optional)
        // The field's help: the rules that check it.
        #expect(fields["projet.politique_publique"]?.rules.map(\.id) == ["eligibilite.politique-publique"])
    }

    @Test func aRequirementUnderAWhenSaysWhen() throws {
        let form = try Self.form(7)
        let lancement = FormRequirement.when([[FormRequirement.Clause(path: "mission.type", values: [Self.choice("lancement")])]])
        #expect(form.fieldsByTemplate["investigation.fin"]?.requirement == lancement)
        #expect(form.fieldsByTemplate["projet.nom"]?.requirement == .always)
        var state = FormState()
        state.values["mission.type"] = "lancement"
        #expect(form.isRequired(lancement, state: state))
        state.values["mission.type"] = "internalisation"
        #expect(!form.isRequired(lancement, state: state))
        // Both types need the statistics page: two alternatives.
        if case .when(let alternatives)? = form.fieldsByTemplate["transparence.pilotage_impact.stats_url"]?.requirement {
            #expect(alternatives.count == 2)
        } else {
            Issue.record("stats_url should be required under two conditions")
        }
    }

    @Test func listsGetTheirItemsFieldsAndBounds() throws {
        let form = try Self.form(7)
        let voeux = try #require(form.listsByTemplate["mission.voeux"])
        #expect(voeux.itemsAreMaps)
        #expect(voeux.itemFields.map(\.template) == ["mission.voeux[*].profil", "mission.voeux[*].mission_pressentie"])
        #expect(voeux.itemLabel.fr == "Vœu")
        let objectifs = try #require(form.listsByTemplate["motivations.objectifs_12_mois"])
        #expect(!objectifs.itemsAreMaps && objectifs.minItems == 1)
        #expect(objectifs.itemFields.map(\.template) == ["motivations.objectifs_12_mois[*]"])
    }

    @Test func eig6FormWorksFromItsOwnFiles() throws {
        let form = try Self.form(6)
        #expect(form.ruleSet.id == "eig-6")
        #expect(form.sections.map(\.id) == ["projet", "administration", "financement", "contacts", "equipe", "transparence", "donnees", "derogations"])
        #expect(form.fieldCount == 33)
        #expect(form.fieldsByTemplate["donnees.pretes_avant_debut"]?.kind == .commitment)
        #expect(form.fieldsByTemplate["mission.duree_mois"]?.expected == Self.choice(10))
        let profils = try #require(form.listsByTemplate["mission.profils"])
        #expect(!profils.itemsAreMaps)
        if case .choice(let values)? = profils.itemFields.first?.kind { #expect(values.count == 5) } else { Issue.record("profils are not choices") }
        #expect(form.fieldsByTemplate["equipe_projet[*].implication_pct"]?.kind == .number(integer: false))
        #expect(form.fieldsByTemplate["equipe_projet[*].implication_pct"]?.maximum == 100)
        let manifest = form.manifestYAML(FormState.initial(form))
        #expect(manifest.contains("promotion: 6"))
    }

    @Test func eachPromotionWithRulesHasAValidForm() {
        let catalog = RuleSetCatalog.embedded
        #expect(catalog.formPromotions == catalog.promotions)
    }

    static func choice(_ text: String) -> FormChoice { FormChoice(.string(text)) }
    static func choice(_ number: Double) -> FormChoice { FormChoice(.number(number)) }
}

/// The words under each label come from the rules' constraints.
struct FormFieldTextTests {
    @Test func boundsAndRequirementsInWords() throws {
        let form = try GuidedFormTests.form(7)
        let fields = form.fieldsByTemplate
        #expect(form.constraintTexts(fields["projet.politique_publique"]!, language: .fr) == ["20 caractères au moins"])
        #expect(form.constraintTexts(fields["mission.nombre_eig"]!, language: .fr) == ["Nombre entier, de 1 à 2"])
        #expect(form.constraintTexts(fields["mission.nombre_eig"]!, language: .en) == ["Whole number, from 1 to 2"])
        #expect(form.constraintTexts(fields["engagements.budget_12_mois"]!, language: .fr) == ["Nombre, plus de 0"])
        #expect(form.constraintTexts(fields["investigation.fin"]!, language: .fr) == ["Date (AAAA-MM-JJ)"])
        #expect(form.requirementText(fields["investigation.fin"]!.requirement, language: .fr)
            == "Obligatoire quand « Type de mission » vaut « lancement »")
        #expect(form.requirementText(fields["projet.nom"]!.requirement, language: .en) == "Required")
        #expect(form.constraintTexts(form.listsByTemplate["motivations.objectifs_12_mois"]!, language: .fr) == ["1 au moins (objectif)"])
        let eig6 = try GuidedFormTests.form(6)
        #expect(form.constraintTexts(eig6.fieldsByTemplate["mission.duree_mois"]!, language: .fr) == ["Nombre entier", "Valeur attendue : 10"])
    }
}
