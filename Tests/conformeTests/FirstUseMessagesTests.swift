import Foundation
import Testing

/// What a first-time user meets between `conforme init` and « conforme » (issue 17): each
/// message asserted as the text report prints it.
@Suite struct FirstUseMessagesTests {
    static let day = ["--today", "2026-12-07"]

    /// Writes `text` to a file of its own and checks it; the report's path is `p.yml`.
    static func check(_ text: String, _ options: [String] = []) throws -> CLI.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-first-use-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("p.yml"))
        return try CLI.run(["check", "p.yml"] + day + options, in: folder)
    }

    /// The lines that open a finding: `p.yml:L:C: gravité [règle] message`.
    static func findings(_ result: CLI.Result) -> [String] {
        result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("p.yml:") }
    }

    // Item 1
    @Test func aDateWrittenTheFrenchWayIsSaidOnceWithItsRewriting() throws {
        let result = try Self.check("""
            promotion: 7
            transparence:
              pilotage_impact:
                indicateurs:
                  - {nom: Usagers, valeur_initiale: 0, cible: 5000, echeance: 31/12/2027}

            """)
        let atTheDate = Self.findings(result).filter { $0.hasPrefix("p.yml:5:67:") }
        #expect(atTheDate == [
            "p.yml:5:67: avertissement [transparence.indicateurs] Donnez au moins un indicateur d'impact, chacun avec un nom, une valeur initiale et une cible chiffrées (des nombres, sans unité) et une échéance AAAA-MM-JJ (attendu : une date AAAA-MM-JJ ; « 31/12/2027 » trouvé).",
        ])
        #expect(result.stdout.contains("^^^^^^^^^^ vouliez-vous dire « 2027-12-31 » ?"))
        #expect(!result.stdout.contains("déjà passée"))
    }

    // Item 2
    @Test func anApostropheInsideSingleQuotesIsNamedWithItsFix() throws {
        let result = try Self.check("promotion: 7\nadministration:\n  nom: 'Direction générale de l'alimentation'\n")
        #expect(Self.findings(result) == [
            "p.yml:3:32: erreur [yaml.syntaxe] Syntaxe YAML : apostrophe dans une valeur entre apostrophes. Cette apostrophe ferme la valeur, et la suite de la ligne n'est plus lue. Doublez l'apostrophe ('Direction générale de l''alimentation'), ou mettez la valeur entre guillemets doubles, ou enlevez les apostrophes qui l'entourent.",
        ])
    }

    // Item 3
    @Test func aValueCutByAGluedCommentIsAWarning() throws {
        let result = try Self.check("promotion: 7\nadministration:\n  lieu_de_travail: Bâtiment B #3, Paris 15e\n")
        #expect(Self.findings(result).contains(
            "p.yml:3:31: avertissement [yaml.valeur-coupee] La valeur lue s'arrête à « Bâtiment B » : en YAML, « # » après une espace commence un commentaire, et « #3, Paris 15e » n'est pas lu. Si « # » fait partie de la valeur, mettez toute la valeur entre guillemets : \"Bâtiment B #3, Paris 15e\"."))
    }

    // Item 4
    @Test func theBlankTemplateGivesOneFindingPerField() throws {
        let template = try CLI.run(["init"]).stdout
        let result = try Self.check(template)
        let lines = Self.findings(result)
        let placeholderPlaces = Set(lines.filter { $0.contains("[dossier.a-completer]") }.map { $0.split(separator: " ")[0] })
        let others = lines.filter { !$0.contains("[dossier.a-completer]") && placeholderPlaces.contains($0.split(separator: " ")[0]) }
        #expect(others.isEmpty, "a placeholder reported twice:\n\(others.joined(separator: "\n"))")
        // Every placeholder is reported by dossier.a-completer alone.
        let placeholders = template.split(separator: "\n").filter { $0.contains("À COMPLÉTER") && !$0.hasPrefix("#") }.count
        #expect(lines.filter { $0.contains("[dossier.a-completer]") }.count == placeholders)
        // 45 placeholders, and 14 findings on what the template leaves to the administration:
        // engagements written false or 0 (never taken for it), no interview counted yet.
        #expect(lines.count == 59)
        #expect(lines.contains(
            "p.yml:35:16: erreur [dossier.a-completer] Le champ facultatif « contacts.sponsor.telephone » est encore à compléter (« À COMPLÉTER ») : remplacez « À COMPLÉTER » par la valeur attendue, ou supprimez la ligne."))
        #expect(lines.contains(
            "p.yml:10:8: erreur [dossier.a-completer] Le champ « projet.nom » est encore à compléter (« À COMPLÉTER »). Remplacez « À COMPLÉTER » par la valeur attendue (voir le commentaire du modèle ou « conforme rules explain » pour la règle du champ)."))
        #expect(!result.stdout.contains("déjà passée"))
    }

    // Item 7
    @Test func aPatternIsDescribedNotShownAsARegularExpression() throws {
        let result = try Self.check("promotion: 7\nprojet:\n  fiche_beta: https://beta.gouv.fr/fast/\n")
        #expect(Self.findings(result).contains(
            "p.yml:3:15: erreur [eligibilite.fiche-beta] Le lien vers la fiche produit doit être l'adresse d'une page produit publiée sur beta.gouv.fr, de la forme https://beta.gouv.fr/startups/mon-produit.html (attendu : une adresse de la forme https://beta.gouv.fr/startups/IDENTIFIANT.html ; « https://beta.gouv.fr/fast/ » trouvé). Publiez d'abord la fiche produit sur beta.gouv.fr, puis recopiez son adresse."))
        #expect(!result.stdout.contains("\\."), "a regular expression in a message")
        let explain = try CLI.run(["rules", "explain", "eligibilite.fiche-beta"])
        #expect(explain.stdout.contains("  - doit être une adresse de la forme https://beta.gouv.fr/startups/IDENTIFIANT.html"))
        #expect(explain.stdout.contains("    - pour les auteurs de règles, expression régulière (texte entier) : ^https://beta\\.gouv\\.fr/startups/[^/?# ]+\\.html$"))
    }

    @Test func aPatternWithoutDescriptionIsRefusedByRulesValidate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-pattern-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("ruleset: t\nrules:\n  - id: a\n    given: x\n    then: {pattern: '[a-z]+'}\n".utf8)
            .write(to: folder.appendingPathComponent("r.yml"))
        let run = try CLI.run(["rules", "validate", "r.yml"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("r.yml:5:21: « pattern » : écrivez {regex: …, description: {fr: …, en: …}}"), "\(run.stderr)")
    }

    // Item 11
    @Test func theReadmeFirstCommandPrintsConformeWithNoFinding() throws {
        // As the README writes it: no --today, the real date.
        let result = try CLI.run(["check", "examples/proposition-conforme.yml"])
        #expect(result.status == 0)
        #expect(result.stdout == "examples/proposition-conforme.yml : conforme\n\n1 fichier : 1 conforme, 0 non conforme — 0 erreur, 0 avertissement\n")
    }

    @Test func examplesGiveTheSameFindingsWhateverTheDay() throws {
        func findings(_ today: [String]) throws -> [String] {
            let run = try CLI.run(["check", "examples", "--format", "json", "--fail-on", "info"] + today)
            let files = try #require(try CLI.json(run.stdout)["files"] as? [[String: Any]])
            return files.flatMap { file in
                (file["diagnostics"] as? [[String: Any]] ?? []).map { d in
                    "\(file["path"] ?? "") \(d["rule"] ?? "") \(((d["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] ?? "")"
                }
            }
        }
        let reference = try findings(["--today", "2024-06-01"])
        #expect(try findings([]) == reference)
        #expect(try findings(["--today", "2040-01-01"]) == reference)
    }

    // Item 8
    @Test func aSuggestionIsAskedOnceInOneLineReports() throws {
        let markdown = try CLI.run(["check", "examples/echec-derogations.yml", "--format", "markdown", "--today", "2024-06-01"]).stdout
        #expect(markdown.contains("| La dérogation vise la règle « transparence.license », qui n'existe pas ; vouliez-vous dire « transparence.licence » ? |"))
        for format in ["markdown", "github", "sarif", "gitlab"] {
            let out = try CLI.run(["check", "examples/echec-derogations.yml", "examples/echec-transparence.yml", "--format", format, "--today", "2024-06-01"]).stdout
            #expect(!out.contains("? — vouliez-vous dire"), "\(format)")
            #expect(out.contains("vouliez-vous dire « EUPL-1.2 » ?"), "\(format)")
        }
    }

    @Test func parenthesesStayOneLevelDeep() throws {
        let result = try Self.check("promotion: 7\nadministration:\n  adresse: x\ncontacts:\n  sponsor:\n    email: pas-un-mail\n")
        let lines = Self.findings(result)
        #expect(lines.contains("p.yml:6:12: erreur [dossier.emails] L'adresse e-mail « pas-un-mail » n'est pas valide (attendu : une adresse électronique, nom@domaine.fr ; « pas-un-mail » trouvé). Écrivez une adresse complète, de la forme prenom.nom@administration.gouv.fr."))
        #expect(lines.contains { $0.hasPrefix("p.yml:3:3: avertissement [dossier.cle-inconnue] Cette clé ne fait pas partie du format du manifeste (clé inconnue « adresse » ; clés permises : nom, sigle,") })
        for line in lines {
            var depth = 0
            var deepest = 0
            var quoted = 0
            for character in line {
                if character == "«" { quoted += 1 } else if character == "»" { quoted -= 1 }
                guard quoted == 0 else { continue }
                if character == "(" { depth += 1; deepest = max(deepest, depth) } else if character == ")" { depth -= 1 }
            }
            #expect(deepest <= 1, "\(line)")
        }
    }
}
