@testable import ConformeKit
import YAMLTree

/// A realistic run written by hand: two proposals, one compliant, one with an error that has a
/// suggestion, a warning about a missing node, infos, a waived finding, a line with accents and
/// an emoji, a tab, a YAML syntax error and a duplicate key with a note.
enum ReportFixture {
    static let passingPath = "propositions/ok.yml"
    static let failingPath = "propositions/déclic santé.yml"

    static let passingSource = """
        promotion: 7
        projet:
          nom: Ok
          fiche_beta: https://beta.gouv.fr/startups/ok.html
        mission:
          type: internalisation
        transparence:
          code_source:
            licence: MIT
          budget_url: https://ok.gouv.fr/budget
        engagements:
          comites_investissement_par_an: 2

        """

    static let failingLines = [
        "# Proposition EIG 7 — Déclic",  // 1
        "promotion: 7",  // 2
        "projet:",  // 3
        "  nom: Société é😀",  // 4
        "  fiche_beta: https://beta.gouv.fr/startups/declic.html",  // 5
        "mission:",  // 6
        "  type: lancement",  // 7
        "  nombre_eig: 2",  // 8
        "investigation:",  // 9
        "  nombre_entretiens: 12",  // 10
        "transparence:",  // 11
        "  code_source:",  // 12
        "    depot: https://github.com/declic/declic",  // 13
        "    licence: EUPL-2.0",  // 14
        "engagements:",  // 15
        "  comites_investissement_par_an: 1",  // 16
        "\tteletravail_jours_par_semaine: 2",  // 17
        "promotion: 7",  // 18
        "derogations:",  // 19
        "  - regle: investigation.entretiens",  // 20
        "    justification: \"Public rare : 12 agents instructeurs au total, tous interrogés.\"",  // 21
    ]

    static let rules: [RuleDescriptor] = [
        RuleDescriptor(
            id: "eligibilite.fiche-beta",
            title: LocalizedText(
                fr: "Le produit a une fiche publiée sur beta.gouv.fr",
                en: "The product has a published page on beta.gouv.fr"),
            severity: .error, category: "eligibilite", source: "Règlement EIG 7, §2.1",
            url: "https://www.numerique.gouv.fr/eig/reglement-7"),
        RuleDescriptor(
            id: "investigation.entretiens",
            title: LocalizedText(
                fr: "L'investigation s'appuie sur au moins 20 entretiens",
                en: "The investigation rests on at least 20 interviews"),
            severity: .warning, category: "investigation", waivable: true,
            rationale: LocalizedText(
                fr: "La méthode beta.gouv.fr recommande une trentaine d'entretiens avec les usagers.",
                en: "The beta.gouv.fr method recommends about thirty user interviews."),
            source: "Méthode beta.gouv.fr, investigation", url: "https://beta.gouv.fr/approche/"),
        RuleDescriptor(
            id: "transparence.licence",
            title: LocalizedText(
                fr: "La licence du code source est autorisée pour les administrations",
                en: "The source code licence is allowed for administrations"),
            severity: .error, category: "transparence",
            rationale: LocalizedText(
                fr: "Le code source d'une administration est publié sous une licence de la liste du CRPA.",
                en: "An administration publishes its source code under a licence of the CRPA list."),
            source: "Règlement EIG 7, §3.3 ; CRPA art. D. 323-2-1",
            url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033219143"),
        RuleDescriptor(
            id: "transparence.budget-public",
            title: LocalizedText(fr: "Le budget du produit est public", en: "The product's budget is public"),
            severity: .warning, category: "transparence", waivable: true,
            source: "Règlement EIG 7, §3.5b"),
        RuleDescriptor(
            id: "engagements.comites-semestriels",
            title: LocalizedText(
                fr: "Un comité d'investissement au moins tous les six mois",
                en: "An investment committee at least every six months"),
            severity: .info, category: "engagements", waivable: true,
            source: "Standards beta.gouv.fr", url: "https://beta.gouv.fr/manifeste"),
        RuleDescriptor(
            id: "yaml.syntaxe",
            title: LocalizedText(fr: "Le fichier est du YAML valide", en: "The file is valid YAML"),
            severity: .error, category: "yaml"),
        RuleDescriptor(
            id: "yaml.cle-dupliquee",
            title: LocalizedText(fr: "Chaque clé n'apparaît qu'une fois", en: "Each key appears once"),
            severity: .error, category: "yaml"),
        RuleDescriptor(
            id: "derogations.justification",
            title: LocalizedText(
                fr: "Une dérogation nomme une règle et se justifie",
                en: "A waiver names a rule and gives its reason"),
            severity: .error, category: "derogations"),
    ]

    /// The run. `blankLineBefore` inserts an empty line before that (1-based) line of the
    /// failing file and moves every later finding down, as an unrelated edit would.
    static func report(language: Language = .fr, blankLineBefore: Int? = nil) -> RunReport {
        RunReport(
            tool: RunReport.Tool(
                name: "conforme", version: "0.1.0",
                informationURI: "https://github.com/conforme-eig/conforme"),
            rulesetID: "eig-7", rulesetVersion: "2024.1", rules: rules, today: "2024-06-01",
            files: [passingFile(), failingFile(blankLineBefore: blankLineBefore)],
            language: language)
    }

    static func passingFile() -> FileReport {
        FileReport(
            path: passingPath, status: .pass, diagnostics: [],
            evaluatedRules: [
                "eligibilite.fiche-beta", "transparence.licence", "transparence.budget-public",
                "engagements.comites-semestriels",
            ],
            source: SourceText(passingSource))
    }

    static func failingFile(blankLineBefore: Int? = nil) -> FileReport {
        var lines = failingLines
        if let blankLineBefore { lines.insert("", at: blankLineBefore - 1) }
        let source = SourceText(lines.joined(separator: "\n") + "\n")
        func shifted(_ line: Int) -> Int {
            guard let blankLineBefore, line >= blankLineBefore else { return line }
            return line + 1
        }
        func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
            SourceRange(
                start: source.position(line: shifted(line) - 1, column: column - 1),
                end: source.position(line: shifted(endLine) - 1, column: endColumn - 1))
        }
        let waiver = Waiver(
            justification: "Public rare : 12 agents instructeurs au total, tous interrogés.",
            range: range(20, 5, 21, 85))
        let diagnostics = [
            Diagnostic(
                rule: "projet.nom-lisible", severity: .info,
                message: LocalizedText(
                    fr: "Le nom « Société é😀 » contient un émoji : il sera repris tel quel sur la fiche du produit.",
                    en: "The name 'Société é😀' contains an emoji: it will appear as is on the product page."),
                path: "projet.nom", range: range(4, 8, 4, 18)),
            Diagnostic(
                rule: "investigation.entretiens", severity: .warning,
                message: LocalizedText(
                    fr: "12 entretiens : il en faut au moins 20 (la méthode beta.gouv.fr en recommande une trentaine).",
                    en: "12 interviews: at least 20 are needed (the beta.gouv.fr method recommends about thirty)."),
                path: "investigation.nombre_entretiens", range: range(10, 22, 10, 24), waiver: waiver),
            Diagnostic(
                rule: "transparence.budget-public", severity: .warning,
                message: LocalizedText(
                    fr: "Il manque « budget_url » dans « transparence » : ajoutez l'adresse (https) du budget publié.",
                    en: "'budget_url' is missing from 'transparence': add the (https) address of the published budget."),
                path: "transparence.budget_url", range: range(11, 1, 11, 13)),
            Diagnostic(
                rule: "transparence.licence", severity: .error,
                message: LocalizedText(
                    fr: "La licence « EUPL-2.0 » n'est pas dans la liste de l'article D. 323-2-1 du CRPA.",
                    en: "Licence 'EUPL-2.0' is not on the list of article D. 323-2-1 of the CRPA."),
                path: "transparence.code_source.licence", range: range(14, 14, 14, 22),
                suggestion: "EUPL-1.2"),
            Diagnostic(
                rule: "engagements.comites-semestriels", severity: .info,
                message: LocalizedText(
                    fr: "1 comité d'investissement par an : les standards beta.gouv.fr en prévoient au moins 2.",
                    en: "1 investment committee a year: the beta.gouv.fr standards expect at least 2."),
                path: "engagements.comites_investissement_par_an", range: range(16, 34, 16, 35)),
            Diagnostic(
                rule: "yaml.syntaxe", severity: .error,
                message: LocalizedText(
                    fr: "Une tabulation indente cette ligne : YAML n'accepte que des espaces pour indenter.",
                    en: "A tab indents this line: YAML only accepts spaces for indentation."),
                range: range(17, 2, 17, 31)),
            Diagnostic(
                rule: "yaml.cle-dupliquee", severity: .error,
                message: LocalizedText(
                    fr: "La clé « promotion » est déjà définie plus haut ; gardez-en une seule.",
                    en: "Key 'promotion' is already defined above; keep only one."),
                path: "promotion", range: range(18, 1, 18, 10),
                notes: [
                    Problem.Note(
                        range: range(2, 1, 2, 10),
                        message: LocalizedText(fr: "première définition de « promotion »", en: "first definition of 'promotion'"))
                ]),
        ]
        return FileReport(
            path: failingPath, status: .fail, diagnostics: diagnostics,
            evaluatedRules: [
                "eligibilite.fiche-beta", "investigation.entretiens", "transparence.licence",
                "transparence.budget-public", "engagements.comites-semestriels",
            ],
            source: source)
    }
}

extension ReportFixture {
    /// A run made to break reporters: a path with `:`, `,`, `%`, a space and markup; messages
    /// with control characters, quotes, `|`, markup and line breaks; an empty range, a range over
    /// several lines, and a source line holding an escape character.
    static func hostileReport() -> RunReport {
        let path = "propositions/a,b:c%d <&> \"x\".yml"
        let source = SourceText("nom: \"\u{1B}[31mrouge\"\nbloc: |\n  texte\n  suite\nvide:\n")
        func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
            SourceRange(
                start: source.position(line: line - 1, column: column - 1),
                end: source.position(line: endLine - 1, column: endColumn - 1))
        }
        let hostile = "« \u{1}\u{7F}\u{85}<script>alert('x')</script> & \"q\" | a|b %0A 50% »\r\nligne 2\u{2028}"
        let diagnostics = [
            Diagnostic(
                rule: "dossier.cle-inconnue", severity: .warning,
                message: LocalizedText(fr: "Valeur " + hostile, en: "Value " + hostile),
                path: "nom", range: range(1, 6, 1, 19), suggestion: "a|b <i>`x`</i>"),
            Diagnostic(
                rule: "dossier.bloc", severity: .error,
                message: LocalizedText(fr: "Bloc sur plusieurs lignes", en: "Multi-line block"),
                path: "bloc", range: range(2, 7, 4, 8),
                waiver: Waiver(justification: "Raison :\nsur deux lignes, 100 % <b>", range: range(1, 1, 1, 4))),
            Diagnostic(
                rule: "dossier.vide", severity: .error,
                message: LocalizedText(fr: "Valeur vide", en: "Empty value"),
                path: "vide", range: range(5, 6, 5, 6)),
        ]
        return RunReport(
            tool: RunReport.Tool(
                name: "conforme", version: "0.1.0",
                informationURI: "https://github.com/conforme-eig/conforme"),
            rulesetID: "eig-7", rulesetVersion: "2024.1",
            rules: [
                RuleDescriptor(
                    id: "dossier.vide", title: LocalizedText(fr: "Titre <&> \u{1}", en: ""),
                    severity: .error, category: "dossier", source: "Source | \"x\"",
                    url: "javascript:alert(1)")
            ],
            today: "2024-06-01",
            files: [FileReport(path: path, status: .fail, diagnostics: diagnostics, evaluatedRules: ["dossier.vide"], source: source)])
    }
}
