import ConformeKit
import Testing
import YAMLTree

/// `ProductImport` on small synthetic product and organisation files (the real ones hold
/// contact data: see RealProductFilesTests for them).
@Suite struct ProductImportTests {
    static let product = """
        ---
        title: Cantine Claire
        mission: Aider les cantines à mesurer leurs achats durables
        sponsors:
          - /organisations/dgal
          - /organisations/ademe
        incubator: agriculture
        contact: equipe@example.org
        repository: https://github.com/exemple/cantine-claire
        stats_url: https://cantine-claire.example.org/stats
        budget_url: http://cantine-claire.example.org/budget
        accessibility_status: partiellement conforme
        phases:
          - name: investigation
            start: 2024-01-15
            end: 2024-04-12
          - name: construction
            start: 2024-05-06
        ---
        ## Constat
        Texte libre.
        """

    static let organisation = """
        ---
        name: Direction générale de l'alimentation
        acronym: DGAL
        type: "operateur "
        domaine_ministeriel: agriculture
        ---
        """

    static func run(
        _ product: String = product, path: String = "startups/cantine-claire.md",
        type: ProposalTemplate.MissionType? = nil, organisations: [String: String] = ["dgal": organisation]
    ) -> ProductImport.Outcome {
        ProductImport.run(product: Array(product.utf8), path: path, type: type) { id in
            organisations[id].map { ProductImport.OrganisationSource(bytes: Array($0.utf8), path: "organisations/\(id).md") }
        }
    }

    static func value(_ manifest: String, _ path: String) -> String? {
        let root = YAMLParser.parse(manifest).root
        var node = root
        for key in path.split(separator: ".") { node = node?[String(key)] }
        return node?.scalar?.text
    }

    @Test func fillsEveryFactTheFilesHold() throws {
        let outcome = Self.run()
        let manifest = try #require(outcome.manifest)
        #expect(!YAMLParser.parse(manifest).hasErrors)
        #expect(Self.value(manifest, "projet.nom") == "Cantine Claire")
        #expect(Self.value(manifest, "projet.fiche_beta") == "https://beta.gouv.fr/startups/cantine-claire.html")
        #expect(Self.value(manifest, "projet.phase") == "construction")
        #expect(Self.value(manifest, "projet.incubateur") == "agriculture")
        #expect(Self.value(manifest, "transparence.code_source.depot") == "https://github.com/exemple/cantine-claire")
        #expect(Self.value(manifest, "transparence.pilotage_impact.stats_url") == "https://cantine-claire.example.org/stats")
        #expect(Self.value(manifest, "transparence.accessibilite") == "partiellement conforme")
        #expect(Self.value(manifest, "administration.nom") == "Direction générale de l'alimentation")
        #expect(Self.value(manifest, "administration.sigle") == "DGAL")
        #expect(Self.value(manifest, "administration.type") == "operateur")
        #expect(Self.value(manifest, "investigation.debut") == "2024-01-15")
        #expect(Self.value(manifest, "investigation.fin") == "2024-04-12")
        // Each filled line says where its value came from.
        #expect(manifest.contains("nom: Cantine Claire") && manifest.contains("d'après la fiche produit (title)"))
        #expect(manifest.contains("d'après l'organisation dgal (type)"))
        // What the files do not say is left to fill in.
        #expect(Self.value(manifest, "projet.probleme") == ProposalTemplate.placeholder)
        #expect(Self.value(manifest, "contacts.sponsor.nom") == ProposalTemplate.placeholder)
        #expect(outcome.filledPaths.contains("projet.phases"))
        #expect(!outcome.filledPaths.contains("projet.probleme"))
        let phases = YAMLParser.parse(manifest).root?["projet"]?["phases"]?.items
        #expect(phases?.count == 2)
        #expect(phases?[1]["nom"]?.scalar?.text == "construction")
    }

    /// Odd values are reported at their line and left to fill in, never repaired.
    @Test func oddValuesAreReportedNotGuessed() throws {
        let outcome = Self.run()
        let manifest = try #require(outcome.manifest)
        #expect(Self.value(manifest, "transparence.budget_url") == "https://\(ProposalTemplate.placeholder)")
        let budget = try #require(outcome.notes.first { $0.message.fr.contains("budget_url") })
        #expect(budget.kind == .problem)
        #expect(budget.range?.start.line == 11)
        #expect(budget.line(.fr).hasPrefix("startups/cantine-claire.md:11:13: problème : "))
        // "operateur " is read as operateur, and said so, in the organisation file.
        let trimmed = try #require(outcome.notes.first { $0.file == "organisations/dgal.md" })
        #expect(trimmed.kind == .note && trimmed.message.fr.contains("« operateur »"))
        // The second sponsor is named, not silently dropped.
        #expect(outcome.notes.contains { $0.kind == .note && $0.message.fr.contains("ademe") })
    }

    @Test func aMissingOrganisationFileLeavesTheAdministrationToFillIn() throws {
        let outcome = Self.run(organisations: [:])
        let manifest = try #require(outcome.manifest)
        #expect(Self.value(manifest, "administration.nom") == ProposalTemplate.placeholder)
        let missing = try #require(outcome.notes.first { $0.message.fr.contains("dgal.md") })
        #expect(missing.kind == .problem)
        #expect(missing.range?.start.line == 5)
    }

    @Test func anOrganisationTypeOutsideBetaGouvIsReported() throws {
        let odd = Self.organisation.replacingOccurrences(of: "\"operateur \"", with: "ministere")
        let outcome = Self.run(organisations: ["dgal": odd])
        let manifest = try #require(outcome.manifest)
        #expect(Self.value(manifest, "administration.type") == ProposalTemplate.placeholder)
        #expect(outcome.notes.contains { $0.kind == .problem && $0.message.fr.contains("« ministere » inconnu") })
    }

    /// Text from a file anyone can edit stays text: no key, comment, second line or boolean.
    @Test func hostileValuesStayText() throws {
        let product = Self.product
            .replacingOccurrences(of: "title: Cantine Claire", with: #"title: "non: #oui\n  injected: true""#)
            .replacingOccurrences(of: "incubator: agriculture", with: "incubator: 'no'")
        let outcome = Self.run(product)
        let manifest = try #require(outcome.manifest)
        let document = YAMLParser.parse(manifest)
        #expect(!document.hasErrors)
        #expect(Self.value(manifest, "projet.nom") == "non: #oui\n  injected: true")
        #expect(document.root?["projet"]?["injected"] == nil)
        #expect(document.root?["projet"]?["incubateur"]?.scalar?.value == .string("no"))
    }

    @Test func aFileThatIsNotAProductFileIsRefused() {
        let outcome = Self.run("promotion: 7\nprojet: {nom: X}\n", path: "proposition.md")
        #expect(outcome.manifest == nil)
        #expect(outcome.notes.first?.kind == .problem)
        #expect(outcome.notes.first?.message.fr.contains("ne commence pas par un en-tête YAML") == true)
        let proposal = Self.run("---\npromotion: 7\n---\n", path: "proposition.md")
        #expect(proposal.manifest == nil)
        #expect(proposal.notes.first?.message.fr.contains("il manque title, mission, phases") == true)
    }

    @Test func standardInputHasNoProductID() throws {
        let outcome = Self.run(path: "-")
        let manifest = try #require(outcome.manifest)
        #expect(Self.value(manifest, "projet.fiche_beta") == "https://beta.gouv.fr/startups/\(ProposalTemplate.placeholder).html")
        #expect(outcome.notes.contains { $0.kind == .problem && $0.message.fr.contains("identifiant du produit") })
    }

    @Test func theDefaultTypeFollowsThePhaseAndIsSaid() throws {
        let construction = Self.run()
        #expect(construction.missionType == .lancement)
        #expect(construction.notes.contains { $0.kind == .note && $0.message.fr.contains("--type internalisation") })
        let acceleration = Self.run(Self.product.replacingOccurrences(of: "name: construction", with: "name: acceleration"))
        #expect(acceleration.missionType == .internalisation)
        #expect(Self.value(try #require(acceleration.manifest), "mission.type") == "internalisation")
        #expect(!Self.run(type: .lancement).notes.contains { $0.message.fr.contains("--type") })
    }

    @Test func internalisationHasNoInvestigationSection() throws {
        let outcome = Self.run(type: .internalisation)
        let manifest = try #require(outcome.manifest)
        #expect(Self.value(manifest, "mission.type") == "internalisation")
        #expect(YAMLParser.parse(manifest).root?["investigation"] == nil)
        #expect(manifest.contains("[transparence.stats]"))
    }

    /// The import of a product file in an ineligible phase says so; `check` will too.
    @Test func anIneligiblePhaseIsNoted() throws {
        let product = Self.product.replacingOccurrences(of: "name: construction", with: "name: abandon")
        let outcome = Self.run(product)
        #expect(Self.value(try #require(outcome.manifest), "projet.phase") == "abandon")
        #expect(outcome.notes.contains { $0.kind == .note && $0.message.fr.contains("§3.1") })
    }
}
