import ConformeKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YAMLTree

@testable import ConformeWeb

/// « Remplir en ligne »: `GET /remplir`, `POST /remplir` and its buttons, the downloads, and
/// the two ways to start from a file. Each test drives the routes as a browser without
/// JavaScript would: every action is a form submission.
@Suite struct GuidedFormRouteTests {
    static let form7 = try! GuidedFormTestsSupport.form(7)

    /// The fields of a form as `Web.form` sends them, with the page's hidden inputs.
    static func submission(_ values: [(String, String)], action: String = "verifier", promotion: Int = 7, counts: [(String, Int)] = []) -> [(String, String)] {
        [("~formulaire", String(promotion))] + counts.map { ("~n:" + $0.0, String($0.1)) } + values + [("~action", action)]
    }

    @Test func aNewFormHasOnePartPerSectionAndTheControlsTheRulesCallFor() async throws {
        try await Web.test { _, client in
            let answer = try await Web.send(client, .get, "/remplir?type=lancement")
            #expect(answer.status == .ok)
            Web.expectSecurityHeaders(answer, "/remplir")
            let page = answer.text
            #expect(page.contains("<h1>Remplir en ligne</h1>"))
            for section in Self.form7.sections {
                #expect(page.contains("<section class=\"form-section\" id=\"s-\(section.id)\""), "\(section.id)")
            }
            // A few values → radio buttons, the type chosen by ?type=; many → a select.
            #expect(page.contains("<input type=\"radio\" id=\"f-mission-type\" name=\"mission.type\" value=\"lancement\" checked>"))
            #expect(page.contains("<select id=\"f-transparence-code_source-licence\" name=\"transparence.code_source.licence\""))
            #expect(page.contains("<input type=\"date\" class=\"input-short\" id=\"f-investigation-fin\" name=\"investigation.fin\""))
            // A start date is a date too (investigation.terminee types it): no free text there.
            #expect(page.contains("<input type=\"date\" class=\"input-short\" id=\"f-investigation-debut\" name=\"investigation.debut\""))
            // A commitment: a checkbox after its hidden twin, labelled by the commitment.
            #expect(page.contains("<input type=\"hidden\" name=\"engagements.pilotage_confie_aux_eig\" value=\"\"><input type=\"checkbox\" id=\"f-engagements-pilotage_confie_aux_eig\" name=\"engagements.pilotage_confie_aux_eig\" value=\"true\""))
            // A number with its bounds; a bounded text with its live count.
            #expect(page.contains("<input type=\"number\" class=\"input-short\" id=\"f-mission-nombre_eig\" name=\"mission.nombre_eig\""))
            #expect(page.contains("data-min-length=\"20\""))
            #expect(page.contains("<p class=\"counter\" id=\"f-projet-politique_publique-compteur\""))
            // A list grows with a submit button, which comes back to the new item.
            #expect(page.contains("name=\"~action\" value=\"ajouter:mission.voeux\" formaction=\"/remplir#f-mission-voeux-0-groupe\""))
            // A new form shows no finding, but says what each part still needs.
            #expect(!page.contains("field-error") && !page.contains("error-summary"))
            #expect(page.contains("points restants"))
            #expect(page.contains("<script src=\"/static/remplir.js\" defer></script>"))
            #expect(!page.contains("<script>"))
        }
    }

    @Test func eachPromotionHasItsOwnFormAndEnglishIsThere() async throws {
        try await Web.test { _, client in
            let six = try await Web.send(client, .get, "/remplir?promotion=6").text
            #expect(six.contains("6e promotion"))
            #expect(six.contains("name=\"~formulaire\" value=\"6\""))
            #expect(try await Web.send(client, .get, "/remplir?promotion=5").status == .notFound)
            let english = try await Web.send(client, .get, "/remplir?lang=en").text
            #expect(english.contains("<html lang=\"en\">") && english.contains("<h1>Fill in online</h1>"))
            #expect(english.contains("Product name") && english.contains("action=\"/remplir?lang=en\""))
            let internalisation = try await Web.send(client, .get, "/remplir?type=internalisation").text
            #expect(internalisation.contains("value=\"internalisation\" checked>"))
            // Switching language inside the form keeps what was typed.
            let switched = try await Web.form(client, "/remplir?lang=en", fields: Self.submission([("projet.nom", "Déclic")], action: "langue")).text
            #expect(switched.contains("<html lang=\"en\">") && switched.contains("value=\"Déclic\""))
            #expect(!switched.contains("field-error"))
            let home = try await Web.send(client, .get, "/").text
            #expect(home.contains("href=\"/remplir\""))
        }
    }

    @Test func findingsGoNextToTheirFieldsAndTheSummaryLinksToThem() async throws {
        try await Web.test { _, client in
            let fields = Self.submission([("promotion", "7"), ("projet.nom", "Dé\"clic <script>alert(1)</script>"),
                ("projet.politique_publique", "trop court"), ("mission.type", "lancement")])
            let page = try await Web.form(client, "/remplir", fields: fields).text
            // The typed text is escaped wherever it is echoed.
            #expect(!page.contains("<script>alert(1)"))
            #expect(page.contains("value=\"Dé&quot;clic &lt;script&gt;alert(1)&lt;/script&gt;\""))
            // The too-short text: its error under its label, tied to the control.
            #expect(page.contains("<div class=\"field-error\" id=\"f-projet-politique_publique-erreur\">"))
            #expect(page.contains("aria-describedby=\"f-projet-politique_publique-erreur f-projet-politique_publique-aide f-projet-politique_publique-compteur\" aria-invalid=\"true\""))
            #expect(page.contains("<a href=\"#f-projet-politique_publique\">Politique publique concernée</a> <span class=\"summary-message\">"))
            #expect(page.contains("<div class=\"error-summary\" role=\"alert\""))
            // A group of radio buttons is invalid as a whole; markup is never escaped twice.
            #expect(page.contains("name=\"projet.phase\" value=\"investigation\" aria-invalid=\"true\">"))
            #expect(!page.contains("&quot;true&quot;"))
            #expect(page.contains("10 caractères (20 au moins)"))
            // A whole part missing (no investigation for a launch) has no field: its link goes to the part.
            #expect(page.contains("<a href=\"#s-investigation\">Investigation</a> <span class=\"summary-message\">"))
            // After a check, the page says so: « Ajouter » then keeps the findings shown.
            #expect(page.contains("name=\"~verifie\" value=\"1\""))
            #expect(!page.contains("Votre proposition est conforme"))
        }
    }

    @Test func aCommitmentLeftUntickedSaysToTickItNotWhatToWriteInYAML() async throws {
        try await Web.test { _, client in
            let fields = Self.submission([("promotion", "7"), ("mission.type", "lancement"), ("engagements.bureaux_fixes", "")])
            let page = try await Web.form(client, "/remplir", fields: fields).text
            let tick = HTML.text("Cochez la case : le règlement demande cet engagement à l'administration.").markup
            // Beside the box, and in the summary at the top, which links to it.
            #expect(page.contains("<div class=\"field-error\" id=\"f-engagements-bureaux_fixes-erreur\"><p><span class=\"badge badge-error\">Erreur</span> \(tick)</p></div>"))
            #expect(page.contains("<a href=\"#f-engagements-bureaux_fixes\">"))
            #expect(page.contains("<span class=\"summary-message\">\(tick)</span>"))
            // The rule's message for a manifest's author is not shown on the form.
            #expect(!page.contains("Écrivez « bureaux_fixes: true »"))
            // Other fields keep their rule's message.
            #expect(page.contains("Décrivez en une phrase la politique publique prioritaire"))

            let english = try await Web.form(client, "/remplir?lang=en", fields: fields).text
            #expect(english.contains(HTML.text("Tick the box: the règlement asks the administration for this commitment.").markup))
            #expect(!english.contains("Write 'bureaux_fixes: true'"))
        }
    }

    @Test func addAndRemoveWorkAsPlainSubmissions() async throws {
        try await Web.test { _, client in
            var fields = Self.submission([("mission.voeux[0].profil", "direction-produit")], action: "ajouter:mission.voeux", counts: [("mission.voeux", 1)])
            var page = try await Web.form(client, "/remplir", fields: fields).text
            #expect(page.contains("name=\"~n:mission.voeux\" value=\"2\""))
            #expect(page.contains("id=\"f-mission-voeux-1-groupe\""))
            #expect(page.contains("<legend>Vœu 2</legend>"))
            #expect(page.contains("name=\"mission.voeux[0].profil\" value=\"direction-produit\" checked"))
            // Not checked yet: adding shows no finding.
            #expect(!page.contains("field-error"))
            fields = Self.submission([("mission.voeux[0].profil", "direction-produit"), ("mission.voeux[1].profil", "direction-technique")],
                action: "retirer:mission.voeux[0]", counts: [("mission.voeux", 2)])
            page = try await Web.form(client, "/remplir", fields: fields).text
            #expect(page.contains("name=\"~n:mission.voeux\" value=\"1\""))
            #expect(page.contains("name=\"mission.voeux[0].profil\" value=\"direction-technique\" checked"))
            #expect(!page.contains("mission.voeux[1]"))
        }
    }

    /// The downloaded manifest gives `conforme check` exactly the findings the page showed,
    /// and what was typed comes back intact, however awkward.
    @Test func theDownloadedManifestHasThePageFindingsAndTheTypedText() async throws {
        let awkward = ["L'État d'abord: oui # pas un commentaire", "007", "non", "deux\nlignes", "😀 مرحبا שלום", "- [x] {y}"]
        try await Web.test { _, client in
            let values = [("promotion", "7"), ("mission.type", "lancement"), ("projet.nom", awkward[0]), ("administration.sigle", awkward[1]),
                ("administration.ministere", awkward[2]), ("projet.probleme", awkward[3]), ("contacts.sponsor.nom", awkward[4]),
                ("administration.lieu_de_travail", awkward[5])]
            let page = try await Web.form(client, "/remplir", fields: Self.submission(values)).text
            let download = try await Web.form(client, "/remplir", fields: Self.submission(values, action: "telecharger-manifeste"))
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"proposition-eig-7.yml\"")
            #expect(download.headers[.contentType]?.hasPrefix("application/yaml") == true)
            let manifest = download.text
            #expect(manifest.hasPrefix("# yaml-language-server: $schema="))
            let document = YAMLParser.parse(manifest)
            #expect(!document.hasErrors)
            #expect(document.root?["projet"]?["nom"]?.scalar?.value == .string(awkward[0]))
            #expect(document.root?["administration"]?["sigle"]?.scalar?.value == .string(awkward[1]))
            #expect(document.root?["administration"]?["ministere"]?.scalar?.value == .string(awkward[2]))
            #expect(document.root?["projet"]?["probleme"]?.scalar?.value == .string(awkward[3]))
            #expect(document.root?["contacts"]?["sponsor"]?["nom"]?.scalar?.value == .string(awkward[4]))
            #expect(document.root?["administration"]?["lieu_de_travail"]?.scalar?.value == .string(awkward[5]))
            let input = ManifestInput(path: "proposition.yml", bytes: Array(manifest.utf8), kind: .yaml)
            let findings = ManifestCheck.run(input, settings: RunSettings(ruleSet: nil, evaluation: EvaluationOptions(today: LocalDate.currentLocal())))
                .report.diagnostics.filter { !$0.isWaived && $0.severity >= .warning }
            #expect(findings.count > 10)
            #expect(page.contains("<h2 id=\"probleme-titre\">\(findings.count) points à régler</h2>"), "\(findings.count)")
            for finding in findings {
                // A commitment is a checkbox on the page, which says to tick it (see the test above).
                let template = finding.path.flatMap { FormSubmission.template(of: $0) }
                let atBox: Bool
                if case .commitment? = template.flatMap({ Self.form7.fieldsByTemplate[$0]?.kind }) { atBox = true } else { atBox = false }
                let shown = atBox ? Strings(.fr).tickCommitment(required: finding.severity == .error) : finding.message.text(.fr)
                #expect(page.contains(HTML.text(shown).markup), "\(finding.rule)")
            }
            let report = try await Web.form(client, "/remplir", fields: Self.submission(values, action: "telecharger-rapport"))
            #expect(report.headers[.contentDisposition] == "attachment; filename=\"rapport-conforme.html\"")
            #expect(report.text.hasPrefix("<!DOCTYPE html>") && report.text.contains("manifeste.yml"))
        }
    }

    @Test func aLoadedCompliantManifestGivesTheSuccessState() async throws {
        let bytes = try Web.example("proposition-conforme.yml")
        try await Web.test { _, client in
            let page = try await Web.form(client, "/remplir/charger", fields: [], file: ("manifeste", "proposition-conforme.yml", bytes)).text
            #expect(page.contains("« proposition-conforme.yml » chargé : "))
            #expect(page.contains("<div class=\"verdict verdict-pass form-success\""))
            #expect(page.contains("Votre proposition est conforme"))
            #expect(!page.contains("state-todo") && !page.contains("field-error"))
            // The EIG 6 example opens the EIG 6 form.
            let six = try await Web.form(client, "/remplir/charger", fields: [], file: ("manifeste", "eig6.yml", try Web.example("proposition-eig6.yml"))).text
            #expect(six.contains("name=\"~formulaire\" value=\"6\""))
            #expect(six.contains("Votre proposition est conforme"), "\(six.prefix(4000))")
        }
    }

    @Test func whatALoadedFileHoldsBeyondTheFormIsSaidAndKept() async throws {
        let yaml = "promotion: 7\nprojet:\n  nom: Déclic\n  fiche_beat: https://x\n"
        try await Web.test { _, client in
            let page = try await Web.form(client, "/remplir/charger", fields: [], file: ("manifeste", "p.yml", Array(yaml.utf8))).text
            #expect(page.contains("« p.yml » chargé : 2 champs remplis."))
            #expect(page.contains("Non placé dans le formulaire (gardé tel quel dans le manifeste téléchargé) : projet.fiche_beat."))
            #expect(page.contains("name=\"~kept\""))
            let unreadable = try await Web.form(client, "/remplir/charger", fields: [], file: ("manifeste", "x.yml", Array("a: [\n".utf8)))
            #expect(unreadable.status == .badRequest)
            #expect(unreadable.text.contains("« x.yml » n&#39;est pas un YAML lisible"))
            let none = try await Web.form(client, "/remplir/charger", fields: [])
            #expect(none.status == .badRequest && none.text.contains("Choisissez un fichier."))
        }
    }

    @Test func aBodyTooLargeOrNotAFormGetsItsStatus() async throws {
        try await Web.test(WebConfiguration(maxBody: 1024)) { _, client in
            let large = try await Web.form(client, "/remplir", fields: Self.submission([("projet.nom", String(repeating: "x", count: 70 * 1024))]))
            #expect(large.status == .contentTooLarge)
            Web.expectSecurityHeaders(large, "413")
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            let json = try await Web.send(client, .post, "/remplir", headers: headers, body: Array("{}".utf8))
            #expect(json.status == .unsupportedMediaType)
            // A hostile list size is bounded: no page of 99 999 vœux.
            let hostile = try await Web.form(client, "/remplir", fields: [("~n:mission.voeux", "99999"), ("mission.voeux[99998].profil", "x"), ("~action", "verifier")])
            #expect(hostile.status == .ok && !hostile.text.contains("Vœu 2<"))
        }
    }

    /// A real beta.gouv.fr product file and its sponsor's organisation file, through the
    /// import of `conforme import`.
    @Test(.enabled(if: sharedData != nil, "SKIP: CONFORME_SHARED_DATA not set, no real product file to start from"))
    func aProductFileStartsTheForm() async throws {
        let folder = try #require(Self.sharedData).appendingPathComponent("beta-gouv")
        let product = Array(try Data(contentsOf: folder.appendingPathComponent("startups/data-foncier.md")))
        let organisation = Array(try Data(contentsOf: folder.appendingPathComponent("organisations/dgaln.md")))
        try await Web.test { _, client in
            let page = try await Web.form(client, "/remplir/fiche", fields: [], files: [
                ("fiche", "data-foncier.md", product), ("organisation", "dgaln.md", organisation),
            ]).text
            #expect(page.contains("Fiche « data-foncier.md » reprise : "))
            #expect(page.contains("name=\"projet.nom\" aria-describedby=\"f-projet-nom-aide\" value=\"Datafoncier actionnabilité\""))
            #expect(page.contains("value=\"https://beta.gouv.fr/startups/data-foncier.html\""))
            #expect(page.contains("value=\"Direction générale de l&#39;Aménagement, du Logement et de la Nature\""))
            // The import's notes, located; its « À COMPLÉTER » are empty fields to fill in.
            #expect(page.contains("data-foncier.md:28:5: note : autre sponsor « mtes »"))
            #expect(!page.contains("COMPLÉTER\"") && !page.contains("COMPLÉTER</textarea>"))
            #expect(page.contains("<div class=\"error-summary\""))
            let refused = try await Web.form(client, "/remplir/fiche", fields: [], file: ("fiche", "x.md", Array("pas une fiche".utf8)))
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("« x.md » n&#39;a pas pu être repris comme fiche produit"))
        }
    }

    static var sharedData: URL? {
        guard let root = ProcessInfo.processInfo.environment["CONFORME_SHARED_DATA"], !root.isEmpty else { return nil }
        return URL(fileURLWithPath: root)
    }
}

/// The form of a promotion, as the web page builds it.
enum GuidedFormTestsSupport {
    static func form(_ promotion: Int) throws -> GuidedForm {
        guard case .success(let form)? = RuleSetCatalog.embedded.form(forPromotion: promotion) else {
            throw CancellationError()
        }
        return form
    }
}
