/// The manifest `conforme init` prints: every field of the format, each with a French comment
/// saying what is expected and which rule checks it. Values to fill in read `À COMPLÉTER`, which
/// the rule `dossier.a-completer` refuses, so an unfinished file never passes.
public enum ProposalTemplate {
    public enum MissionType: String, CaseIterable, Sendable {
        case lancement, internalisation
    }

    public static let placeholder = "À COMPLÉTER"

    /// Where editors (VS Code YAML, IntelliJ) find the schema for completion.
    public static func schemaURL(promotion: Int) -> String {
        "https://raw.githubusercontent.com/conforme-eig/conforme/main/schema/proposition-eig-\(promotion).schema.json"
    }

    public static func render(type: MissionType, promotion: Int = 7) -> String {
        render(type: type, promotion: promotion, facts: Facts())
    }

    /// The template with the values already known filled in (`conforme import`): each filled
    /// line keeps its rule and says where its value came from; the rest reads `À COMPLÉTER`.
    public static func render(type: MissionType, promotion: Int = 7, facts: Facts, header: [String] = []) -> String {
        alignComments(body(type: type, promotion: promotion, facts: facts, header: header))
    }

    /// Values known before the form is filled in, by manifest path (`projet.nom`).
    public struct Facts: Sendable {
        public struct Fact: Sendable {
            /// The value as YAML (quoted if need be), ready to follow `key: `.
            public var yaml: String
            /// Where it came from, for the line's comment: "fiche produit, title".
            public var origin: String

            public init(yaml: String, origin: String) {
                self.yaml = yaml
                self.origin = origin
            }
        }

        /// One phase of `projet.phases`, its dates as YAML dates.
        public struct Phase: Sendable {
            public var name: String
            public var start: String
            public var end: String?

            public init(name: String, start: String, end: String?) {
                self.name = name
                self.start = start
                self.end = end
            }
        }

        public var values: [String: Fact] = [:]
        /// nil: the template's one investigation phase to fill in.
        public var phases: [Phase]?
        /// Where the phases came from.
        public var phasesOrigin = ""

        public init() {}
    }

    /// The `phases:` lines, at the indentation of `projet`'s fields.
    static func phasesBlock(_ facts: Facts) -> String {
        guard let phases = facts.phases, !phases.isEmpty else {
            return """
                  phases:                            # [dossier.phases] historique des phases beta.gouv.fr
                    - nom: investigation
                      debut: \(placeholder)                # date AAAA-MM-JJ
                      fin: \(placeholder)                  # date AAAA-MM-JJ, après le début
                """
        }
        var lines = ["  phases:                            # [dossier.phases] historique des phases beta.gouv.fr — d'après \(facts.phasesOrigin)"]
        for phase in phases {
            lines.append("    - nom: \(phase.name)")
            lines.append("      debut: \(phase.start)")
            if let end = phase.end { lines.append("      fin: \(end)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Comments start in one column, so the template reads as a form.
    static func alignComments(_ text: String, column: Int = 40) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard !line.trimmingPrefix(while: { $0 == " " }).hasPrefix("#"),
                let marker = line.firstRange(of: "  # ")
            else {
                lines.append(String(line))
                continue
            }
            var content = String(line[..<marker.lowerBound])
            while content.hasSuffix(" ") { content.removeLast() }
            let padding = max(column - content.count, 2)
            lines.append(content + String(repeating: " ", count: padding) + "# " + line[marker.upperBound...])
        }
        return lines.joined(separator: "\n")
    }

    private static func body(type: MissionType, promotion: Int, facts: Facts, header: [String]) -> String {
        let p = placeholder
        /// A field's value and comment: the known value and its origin, or `empty` to fill in.
        func v(_ path: String, _ empty: String, _ comment: String = "") -> String {
            guard let fact = facts.values[path] else { return comment.isEmpty ? empty : "\(empty)  # \(comment)" }
            let origin = "d'après \(fact.origin)"
            return "\(fact.yaml)  # \(comment.isEmpty ? origin : "\(comment) — \(origin)")"
        }
        let statsComment = "[\(type == .lancement ? "transparence.stats-lancement" : "transparence.stats")] page de statistiques publique"
        var out = """
            # yaml-language-server: $schema=\(schemaURL(promotion: promotion))
            #\(header.map { "\n# \($0)" }.joined() + (header.isEmpty ? "" : "\n#"))
            # Proposition de mission EIG — \(promotion)e promotion, \(type == .lancement ? "lancement d'un produit numérique" : "internalisation du pilotage stratégique").
            # Remplacez chaque « \(p) » puis vérifiez : conforme check ce-fichier.yml
            # Entre crochets, la règle qui vérifie le champ : conforme rules explain ID.

            promotion: \(promotion)                        # [dossier.promotion] 7 pour le règlement 2024

            projet:
              nom: \(v("projet.nom", p, "[dossier.projet] nom du produit"))
              fiche_beta: \(v("projet.fiche_beta", "https://beta.gouv.fr/startups/\(p).html", "[eligibilite.fiche-beta] fiche produit déjà publiée"))
              phase: \(v("projet.phase", p, "[eligibilite.phase] investigation | construction | acceleration, la dernière de « phases » [dossier.phase-historique]"))
              incubateur: \(v("projet.incubateur", p, "[dossier.incubateur] identifiant de l'incubateur beta.gouv.fr (ex. dinum)"))
              politique_publique: \(v("projet.politique_publique", p, "[eligibilite.politique-publique] politique publique prioritaire servie (20 caractères au moins)"))
              probleme: \(v("projet.probleme", p, "[dossier.projet] le problème, sans présupposer la solution"))
            \(phasesBlock(facts))

            administration:
              nom: \(v("administration.nom", p, "[dossier.administration]"))
              sigle: \(v("administration.sigle", p))
              type: \(v("administration.type", p, "[eligibilite.type-administration] administration-centrale | operateur"))
              ministere: \(v("administration.ministere", p))
              entite_operationnelle: \(v("administration.entite_operationnelle", p, "[dossier.administration]"))
              departement_affectation: \(v("administration.departement_affectation", p, "[dossier.administration]"))
              lieu_de_travail: \(v("administration.lieu_de_travail", p, "[dossier.administration]"))

            contacts:
              sponsor:                           # [engagements.sponsor] sponsor de haut niveau
                nom: \(p)
                fonction: \(p)
                email: \(p)                  # [dossier.emails] adresse électronique valide
                telephone: \(p)              # facultatif
              point_de_contact:                  # [dossier.contacts]
                nom: \(p)
                fonction: \(p)
                email: \(p)                  # [dossier.emails]

            mission:
              type: \(type.rawValue)                 # [mission.type] lancement | internalisation
              nombre_eig: 1                      # [mission.nombre-eig] 1 ou 2 ; autant de vœux que d'EIG [mission.voeux-nombre]
              voeux:
                - profil: \(p)               # [mission.profils] direction-produit | direction-technique
                  mission_pressentie: \(p)   # [mission.mission-pressentie] 40 caractères au moins


            """
        if type == .lancement {
            out += """
                investigation:                     # [investigation.requise] obligatoire pour un lancement
                  methode: beta.gouv.fr
                  debut: \(v("investigation.debut", p, "date AAAA-MM-JJ"))
                  fin: \(v("investigation.fin", p, "[investigation.terminee] date passée, après le début ; au plus tard au début de la phase actuelle [dossier.phase-investigation]"))
                  probleme_qualifie: \(p)    # [investigation.probleme-qualifie] 50 caractères au moins
                  besoin_valide: \(p)        # [investigation.besoin-valide] 50 caractères au moins
                  nombre_entretiens: 0           # [investigation.entretiens] 7 au moins (7 à 8 par cible)
                  strategie: \(p)            # [investigation.strategie] 50 caractères au moins
                  resultats_url: https://\(p)   # facultatif : résultats publiés (demarches-simplifiees.fr, sans faute [dossier.url-demarches-simplifiees])


                """
        }
        out += """
            dispositif:
              pilotage_actuel: \(p)          # [dossier.dispositif]
              copilotage_envisage: \(p)      # [dossier.dispositif]

            motivations:
              objectifs_12_mois:                 # [dossier.motivations] un objectif au moins
                - \(p)
              benefices: \(p)                # [dossier.motivations]
              perspectives: \(p)             # [dossier.motivations]

            ambition:                            # ambition entrepreneuriale, 30 caractères au moins chacun
              experimentation: \(p)          # [ambition.experimentation]
              adoption: \(p)                 # [ambition.adoption]
              croissance_valeur: \(p)        # [ambition.croissance-valeur]

            transparence:
              code_source:
                depot: \(v("transparence.code_source.depot", "https://\(p)", "[transparence.code-ouvert] dépôt public en https"))
                licence: \(v("transparence.code_source.licence", p, "[transparence.licence] ex. EUPL-1.2, MIT, Apache-2.0 (CRPA art. D. 323-2-1) ; GPL-3.0-only ou -or-later, pas GPL-3.0 [transparence.licence-spdx] ; un lancement sans code indique la licence prévue [transparence.code-ouvert-engagement]"))
              pilotage_impact:
                stats_url: \(v("transparence.pilotage_impact.stats_url", "https://\(p)", statsComment))
                indicateurs:                     # [transparence.indicateurs] un indicateur au moins
                  - nom: \(p)
                    valeur_initiale: 0
                    cible: 0
                    echeance: \(p)           # [transparence.indicateur-echeance] date AAAA-MM-JJ à venir
              budget_url: \(v("transparence.budget_url", "https://\(p)", "[transparence.budget-public] budget publié"))
              accessibilite: \(v("transparence.accessibilite", p, "[transparence.accessibilite] totalement conforme | partiellement conforme | non conforme"))

            engagements:                         # règlement EIG 7, §3.4
              budget_12_mois: 0                  # [engagements.budget] euros, budget du service pour 12 mois
              pilotage_confie_aux_eig: false     # [engagements.pilotage-confie] true : le pilotage est confié aux EIG
              sponsor_rendez_vous_regulier: false   # [engagements.sponsor] true : rendez-vous bilatéral régulier
              eig_rattaches_au_sponsor: false    # [engagements.rattachement] true : N-1 fonctionnels du sponsor
              acces_ressources_premiere_semaine: false   # [engagements.acces] true
              acces_locaux: false                # [engagements.acces] true
              teletravail_jours_par_semaine: 0   # [engagements.teletravail] 2 au moins
              comites_investissement_par_an: 0   # [engagements.comites] 1 au moins, 2 conseillés [engagements.comites-semestriels]
              bureaux_fixes: false               # [engagements.bureaux-fixes] true : bureaux fixes dans le département d'accueil
              restauration_tarif_agents: false   # [engagements.restauration] true : restauration collective au tarif des agents
              travail_ponctuel_incubateur_dinum: false   # [engagements.incubateur-dinum] true : travail ponctuel à l'incubateur de la DINUM, contribution à ses événements
              periode_probation_acceptee: false    # [engagements.probation] true : probation de 2 mois

            derogations: []                      # [{regle: ID, justification: texte de 20 caractères au moins}]

            """
        return out
    }
}
