import Testing
import YAMLTree

@testable import ConformeKit

/// The audit of `rules/eig-7.yml` against the règlement's text (issue 16): one test per point,
/// named by the section it implements. Severity follows the text: erreur only for a condition or
/// a commitment it states.
@Suite struct ReglementAuditTests {
    static let set = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)
    static let eig6 = RuleSetCatalog.embedded.ruleSet(forPromotion: 6)

    static func rule(_ id: String) throws -> Rule { try #require(set.rule(id), "missing rule \(id)") }

    /// The findings of one rule on a manifest (today 2024-06-01).
    static func findings(_ id: String, _ manifest: String, in ruleSet: RuleSet = set) -> [Diagnostic] {
        Engine(ruleSet: ruleSet).evaluate(YAMLParser.parse(manifest),
            options: EvaluationOptions(today: Fixture.today, onlyRules: [id])).diagnostics.filter { $0.rule == id }
    }

    /// Every source citing the règlement names a section, « Règlement EIG 7, §3.4 c »; every
    /// erreur cites the sections that state conditions or commitments (§1.2, §3.1–§3.5).
    @Test func sourcesNameSectionsAndErrorsCiteConditions() throws {
        let section = /Règlement EIG 7, §(1\.2|2\.5 a|3\.[1-7])( [a-d])?/
        for rule in Self.set.rules {
            let source = try #require(rule.source, "\(rule.id) has no source")
            if source.hasPrefix("Règlement EIG 7") {
                #expect(source.prefixMatch(of: section) != nil, "\(rule.id): « \(source) » names no section")
            }
            if rule.severity == .error {
                let cited = source.matches(of: /§(1\.2|3\.[1-5])/).count
                #expect(source.hasPrefix("Règlement EIG 7") && cited > 0, "\(rule.id) is an erreur but cites no condition: \(source)")
            }
        }
    }

    /// §3.7: the evaluation criteria are scored by the jury, not conditions.
    @Test func section3_7CriteriaAreWarnings() throws {
        for id in ["ambition.experimentation", "ambition.adoption", "ambition.croissance-valeur", "transparence.indicateurs"] {
            let rule = try Self.rule(id)
            #expect(rule.severity == .warning && rule.waivable, "\(id)")
            #expect(rule.source?.contains("§3.7") == true, "\(id)")
        }
        // What §3.5 b requires (the Motivations section) stays an erreur.
        #expect(try Self.rule("dossier.motivations").severity == .error)
    }

    /// §3.5 b asks only « choix par profil proposé, missions pressenties ».
    @Test func section3_5bWishesPerEIGIsAWarning() throws {
        let rule = try Self.rule("mission.voeux-nombre")
        #expect(rule.severity == .warning && rule.waivable)
        #expect(Self.findings("mission.voeux-nombre", "mission: {nombre_eig: 2, voeux: [{profil: direction-produit}]}").count == 1)
    }

    /// §3.3: « Deux profils sont proposés dans le cadre de la 7ème promotion EIG ».
    @Test func section3_3OffersTwoProfiles() throws {
        #expect(try Self.rule("mission.profils").source?.contains("§3.3") == true)
        #expect(Self.findings("mission.profils", "mission: {voeux: [{profil: direction-impact}]}").count == 1)
        #expect(Self.findings("mission.profils", "mission: {voeux: [{profil: direction-produit}, {profil: direction-technique}]}").isEmpty)
    }

    /// §3.2 b: open code is a condition of internalisation; a launch out of investigation has no
    /// code yet and commits to a licence instead; once there is code, the repository is asked for.
    @Test func section3_2bOpenCodeForInternalisationAndProductsWithCode() throws {
        #expect(Self.findings("transparence.code-ouvert", "mission: {type: internalisation}").count == 1)
        #expect(Self.findings("transparence.code-ouvert", "mission: {type: lancement}\nprojet: {phase: investigation}").isEmpty)
        #expect(Self.findings("transparence.licence", "mission: {type: lancement}\nprojet: {phase: investigation}").isEmpty)
        #expect(Self.findings("transparence.code-ouvert", "mission: {type: lancement}\nprojet: {phase: construction}").count == 1)
        #expect(Self.findings("transparence.code-ouvert", "mission: {type: lancement}\nprojet: {phase: investigation}\ntransparence: {code_source: {depot: 'http://x.org'}}").count == 1)
        let commitment = Self.findings("transparence.code-ouvert-engagement", "mission: {type: lancement}\nprojet: {phase: investigation}")
        #expect(commitment.map(\.severity) == [.warning])
        #expect(try Self.rule("transparence.code-ouvert").source?.contains("§3.2 b") == true)
    }

    /// CRPA D. 323-2-1 names licences, not one SPDX spelling; D. 323-2-2 allows homologated ones.
    @Test func crpaLicencesWhateverTheSPDXSpelling() throws {
        let internalisation = "mission: {type: internalisation}\ntransparence: {code_source: {licence: %@}}"
        func licence(_ value: String, _ id: String = "transparence.licence") -> [Diagnostic] {
            Self.findings(id, internalisation.replacingOccurrences(of: "%@", with: value))
        }
        for allowed in ["AGPL-3.0-only", "GPL-3.0-only", "LGPL-3.0-only", "AGPL-3.0-or-later", "GPL-3.0", "EUPL-1.2"] {
            #expect(licence(allowed).isEmpty, "\(allowed)")
        }
        // The deprecated ids: a warning asking for the explicit form, never a suggestion.
        let deprecated = licence("AGPL-3.0", "transparence.licence-spdx")
        #expect(deprecated.map(\.severity) == [.warning])
        #expect(deprecated.first?.suggestion == nil)
        #expect(deprecated.first?.message.fr.contains("AGPL-3.0-only") == true)
        // Never a suggestion that changes the grant.
        #expect(licence("GPL-2.0-only").first?.suggestion == nil)
        #expect(licence("GPL-2.0").first?.suggestion == nil)
        #expect(licence("EUPL-2.0").first?.suggestion == "EUPL-1.2")
        #expect(licence("apache-2.0").first?.suggestion == "Apache-2.0")
        // A homologated licence goes through a dérogation with its justification.
        #expect(try Self.rule("transparence.licence").waivable)
    }

    /// §3.4 c: the partner « s'engage à … accepter les modalités de télétravail partiel des EIG,
    /// à hauteur de 2 jours par semaine ».
    @Test func section3_4cRemoteWorkIsACommitment() throws {
        let rule = try Self.rule("engagements.teletravail")
        #expect(rule.severity == .error && !rule.waivable)
        #expect(rule.source?.hasPrefix("Règlement EIG 7, §3.4 c") == true)
        #expect(Self.findings("engagements.teletravail", "engagements: {teletravail_jours_par_semaine: 1}").count == 1)
    }

    /// The sections the audit corrected: §3.4 b sponsor, §3.4 c access, §3.1 eligibility,
    /// §3.2 mission types, §1.2 and §3.4 a « un(e) ou deux EIG », §3.4 d committees.
    @Test func sectionsCitedAreTheRightOnes() throws {
        let expected = [
            "engagements.sponsor": "§3.4 b", "engagements.pilotage-confie": "§3.4 b", "engagements.acces": "§3.4 c",
            "eligibilite.type-administration": "§3.1", "eligibilite.fiche-beta": "§3.1", "eligibilite.phase": "§3.1",
            "mission.type": "§3.2", "investigation.requise": "§3.2 a", "transparence.stats": "§3.2 b",
            "engagements.comites": "§3.4 d",
        ]
        for (id, section) in expected {
            #expect(try Self.rule(id).source?.contains("Règlement EIG 7, \(section)") == true, "\(id) should cite \(section)")
        }
        let count = try Self.rule("mission.nombre-eig").source ?? ""
        #expect(count.contains("§1.2") && count.contains("§3.4 a"))
    }

    /// §3.1: every real product id is accepted, accents and capitals included (the 662 files are
    /// in RealProductFilesTests).
    @Test func section3_1AnyRealProductID() {
        for id in ["auxAJ", "données-et-territoires", "e-inspé", "1000.jours"] {
            #expect(Self.findings("eligibilite.fiche-beta", "projet: {fiche_beta: 'https://beta.gouv.fr/startups/\(id).html'}").isEmpty, "\(id)")
        }
        #expect(Self.findings("eligibilite.fiche-beta", "projet: {fiche_beta: 'https://beta.gouv.fr/startups/a/b.html'}").count == 1)
    }

    /// The interview threshold comes from a cited source: 7 to 8 users per target.
    @Test func interviewThresholdIsSourced() throws {
        let rule = try Self.rule("investigation.entretiens")
        #expect(rule.source?.contains("7/8 utilisateurs par cible") == true)
        #expect(rule.severity == .warning)
        #expect(Self.findings("investigation.entretiens", "mission: {type: lancement}\ninvestigation: {nombre_entretiens: 6}").count == 1)
        #expect(Self.findings("investigation.entretiens", "mission: {type: lancement}\ninvestigation: {nombre_entretiens: 7}").isEmpty)
    }

    /// §3.4 c–d commitments not covered before: canteen, fixed desks, DINUM incubator and events,
    /// 2-month probation; and at least one investment committee a year.
    @Test func section3_4cdNewCommitments() throws {
        let sections = [
            "engagements.restauration": "§3.4 c", "engagements.bureaux-fixes": "§3.4 c",
            "engagements.incubateur-dinum": "§3.4 c", "engagements.probation": "§3.4 d",
            "engagements.comites": "§3.4 d",
        ]
        for (id, section) in sections {
            let rule = try Self.rule(id)
            #expect(rule.severity == .error && !rule.waivable, "\(id)")
            #expect(rule.source?.hasPrefix("Règlement EIG 7, \(section)") == true, "\(id)")
            #expect(Self.findings(id, "engagements: {budget_12_mois: 1}").count >= 1, "\(id) must require its field")
        }
        #expect(Self.findings("engagements.incubateur-dinum",
            "engagements: {travail_ponctuel_incubateur_dinum: false}").count == 1)
    }

    /// §3.5 b (phase) and §3.1: the phase agrees with the last of the history and the investigation.
    @Test func section3_5bPhaseAgreesWithHistory() {
        let history = "phases: [{nom: investigation, debut: 2023-09-04, fin: 2023-12-15}, {nom: construction, debut: 2024-01-08}]"
        #expect(Self.findings("dossier.phase-historique", "projet: {phase: construction, \(history)}").isEmpty)
        #expect(Self.findings("dossier.phase-historique", "projet: {phase: acceleration, \(history)}").count == 1)
        #expect(Self.findings("dossier.phase-investigation",
            "projet: {phase: construction, \(history)}\ninvestigation: {fin: 2024-02-01}").count == 1)
        #expect(Self.findings("dossier.phase-investigation",
            "projet: {phase: construction, \(history)}\ninvestigation: {fin: 2023-12-15}").isEmpty)
    }

    /// §3.5 b (incubateur): a real incubator id, kept as data in the rule file.
    @Test func section3_5bIncubatorIsARealOne() throws {
        #expect(Self.set.rules.contains { $0.id == "dossier.incubateur" })
        #expect(Self.findings("dossier.incubateur", "projet: {incubateur: mtes}").isEmpty)
        let typo = Self.findings("dossier.incubateur", "projet: {incubateur: Mtes}")
        #expect(typo.first?.suggestion == "mtes")
    }

    /// §3.5 a writes the platform's address « demarches-simplifees.fr »: caught wherever a URL is.
    @Test func section3_5aMisspeltDemarchesSimplifiees() {
        let found = Self.findings("dossier.url-demarches-simplifiees",
            "transparence: {budget_url: 'https://www.demarches-simplifees.fr/commencer/aap-eig7'}")
        #expect(found.count == 1)
        #expect(found.first?.message.fr.contains("demarches-simplifiees.fr") == true)
        #expect(Self.findings("dossier.url-demarches-simplifiees",
            "transparence: {budget_url: 'https://www.demarches-simplifiees.fr/commencer/aap-eig7'}").isEmpty)
    }

    /// Cahier des charges EIG 6: §3.4 allows self-funding; §4.3 « sauf exception prévue par la loi ».
    @Test func eig6CofundingAndLicence() throws {
        #expect(Self.findings("eig6.financement.cofinancement", "financement: {cofinancement_par_eig: 0}", in: Self.eig6).isEmpty)
        #expect(Self.findings("eig6.financement.programme",
            "administration: {type: administration-centrale}\nfinancement: {cofinancement_par_eig: 0}", in: Self.eig6).isEmpty)
        #expect(try #require(Self.eig6.rule("eig6.ouverture.licence-code")).waivable)
        #expect(try #require(Self.eig6.rule("eig6.equipe.profils-nombre")).severity == .warning)
        for rule in Self.eig6.rules where rule.id != "eig6.dossier.cle-inconnue" {
            #expect(rule.source?.contains("§") == true || rule.source?.contains("annexe") == true, "\(rule.id): \(rule.source ?? "")")
        }
    }
}
