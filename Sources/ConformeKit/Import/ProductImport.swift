import YAMLTree

/// `conforme import`: a proposal started from a beta.gouv.fr product file (and its sponsor's
/// organisation file), as `conforme init` would print it with every fact those files hold
/// already filled in. Each filled line says where its value came from; what the files do not
/// say, or say in a shape conforme cannot use, stays « À COMPLÉTER » with a note.
///
/// Pure: bytes in, text out. The caller reads the files (the CLI from disk, the web page from
/// an upload), and hands organisation files over by id through `organisation`.
public enum ProductImport {
    /// An organisation file found for a sponsor id, and how notes should name it.
    public struct OrganisationSource: Sendable {
        public var bytes: [UInt8]
        public var path: String

        public init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
        }
    }

    public struct Outcome: Sendable {
        /// The manifest; nil when the input is not a product file (the notes say why).
        public var manifest: String?
        /// In the order found: the product file's, then the organisation file's.
        public var notes: [ImportNote]
        public var missionType: ProposalTemplate.MissionType
        /// The manifest paths filled from the files (`projet.nom`, `projet.phases`…): a form
        /// can show them as taken from the product file, and a finding on any other path is
        /// about a field left to fill in.
        public var filledPaths: Set<String> = []
    }

    /// The phases in which a product may host EIG (règlement EIG 7, §3.1).
    static let eligiblePhases: Set<String> = ["investigation", "construction", "acceleration"]
    static let rgaaStatuses: Set<String> = ["totalement conforme", "partiellement conforme", "non conforme"]

    public static func run(
        product bytes: [UInt8], path: String, type: ProposalTemplate.MissionType? = nil,
        organisation: (String) -> OrganisationSource?
    ) -> Outcome {
        var notes: [ImportNote] = []
        let product: ProductFile
        switch ProductFile.read(bytes, path: path, notes: &notes) {
        case .success(let read): product = read
        case .failure(let refusal):
            notes.insert(ImportNote(.problem, refusal.message, file: path, range: refusal.range), at: 0)
            return Outcome(manifest: nil, notes: notes, missionType: type ?? .lancement)
        }
        let missionType = type ?? defaultType(product, path: path, notes: &notes)
        var facts = ProposalTemplate.Facts()
        func fill(_ manifestPath: String, _ value: ProductFile.Located?, from key: String) {
            guard let value else { return }
            facts.values[manifestPath] = .init(yaml: YAMLScalarWriting.inline(value.text), origin: "la fiche produit (\(key))")
        }
        fill("projet.nom", product.title, from: "title")
        fill("projet.incubateur", product.incubator, from: "incubator")
        fill("transparence.code_source.depot", product.repository, from: "repository")
        fill("transparence.pilotage_impact.stats_url", product.statsURL, from: "stats_url")
        fill("transparence.budget_url", product.budgetURL, from: "budget_url")
        fill("transparence.accessibilite", product.accessibility, from: "accessibility_status")
        if let status = product.accessibility, !rgaaStatuses.contains(status.text) {
            notes.append(ImportNote(.note, LocalizedText(
                fr: "statut d'accessibilité « \(status.text) » repris tel quel : ce n'est pas l'un des trois statuts du RGAA",
                en: "accessibility status '\(status.text)' copied as is: it is not one of the three RGAA statuses"),
                file: path, range: status.range))
        }
        if let id = product.id {
            facts.values["projet.fiche_beta"] = .init(
                yaml: YAMLScalarWriting.inline("https://beta.gouv.fr/startups/\(id).html"), origin: "le nom du fichier de la fiche")
        } else {
            notes.append(ImportNote(.problem, LocalizedText(
                fr: "le nom du fichier ne donne pas l'identifiant du produit (ID.md) : l'adresse de la fiche reste à compléter",
                en: "the file name does not give the product id (ID.md): the product page address is left to fill in"),
                file: path, range: nil))
        }
        if let last = product.phases.last {
            facts.phases = product.phases.map { .init(name: YAMLScalarWriting.inline($0.name), start: $0.start, end: $0.end) }
            facts.phasesOrigin = "la fiche produit (phases)"
            facts.values["projet.phase"] = .init(
                yaml: YAMLScalarWriting.inline(last.name), origin: "la fiche produit (dernière des phases)")
            if !eligiblePhases.contains(last.name) {
                notes.append(ImportNote(.note, LocalizedText(
                    fr: "la fiche place le produit en phase « \(last.name) » : seul un produit en investigation, construction ou accélération peut accueillir des EIG (règlement EIG 7, §3.1)",
                    en: "the product file puts the product in phase '\(last.name)': only a product in investigation, construction or acceleration may host EIG (EIG 7 rules, §3.1)"),
                    file: path, range: last.range))
            }
        } else {
            notes.append(ImportNote(.problem, LocalizedText(
                fr: "aucune phase dans la fiche : la phase et l'historique restent à compléter",
                en: "no phase in the product file: the phase and its history are left to fill in"),
                file: path, range: product.phasesRange))
        }
        // The investigation's dates are those of its phase; an end the file does not give stays
        // to fill in (the next phase's start is not the investigation's end).
        if let investigation = product.phases.last(where: { $0.name == "investigation" }) {
            facts.values["investigation.debut"] = .init(yaml: investigation.start, origin: "la fiche produit (phase investigation, start)")
            if let end = investigation.end {
                facts.values["investigation.fin"] = .init(yaml: end, origin: "la fiche produit (phase investigation, end)")
            }
        }
        fillAdministration(&facts, product: product, path: path, notes: &notes, organisation: organisation)
        let header = [
            "Commencée par « conforme import » depuis la fiche produit beta.gouv.fr \(product.id.map { "« \($0) »" } ?? "").",
            "Chaque valeur reprise dit d'où elle vient (« d'après … ») : vérifiez-la.",
        ]
        let manifest = ProposalTemplate.render(type: missionType, facts: facts, header: header)
        var filled = Set(facts.values.keys)
        if facts.phases != nil { filled.insert("projet.phases") }
        return Outcome(manifest: manifest, notes: notes, missionType: missionType, filledPaths: filled)
    }

    /// Without `--type`: a product in acceleration already runs, so EIG would take over its
    /// steering (§3.2 b, internalisation); otherwise it is being launched (§3.2 a). Said in a note,
    /// since the choice is the administration's.
    private static func defaultType(_ product: ProductFile, path: String, notes: inout [ImportNote]) -> ProposalTemplate.MissionType {
        guard let last = product.phases.last else { return .lancement }
        let type: ProposalTemplate.MissionType = last.name == "acceleration" ? .internalisation : .lancement
        notes.append(ImportNote(.note, LocalizedText(
            fr: "mission de type « \(type.rawValue) » d'après la phase « \(last.name) » ; --type \(type == .lancement ? "internalisation" : "lancement") pour l'autre type",
            en: "mission type '\(type.rawValue)' from phase '\(last.name)'; --type \(type == .lancement ? "internalisation" : "lancement") for the other type"),
            file: path, range: last.range))
        return type
    }

    /// `administration.nom`, `.sigle`, `.type` from the first sponsor's organisation file.
    private static func fillAdministration(
        _ facts: inout ProposalTemplate.Facts, product: ProductFile, path: String, notes: inout [ImportNote],
        organisation: (String) -> OrganisationSource?
    ) {
        guard let sponsor = product.sponsors.first else {
            notes.append(ImportNote(.problem, LocalizedText(
                fr: "la fiche ne nomme aucun sponsor (/organisations/ID) : l'administration reste à compléter",
                en: "the product file names no sponsor (/organisations/ID): the administration is left to fill in"),
                file: path, range: nil))
            return
        }
        for other in product.sponsors.dropFirst() {
            notes.append(ImportNote(.note, LocalizedText(
                fr: "autre sponsor « \(other.text) » : seule la première organisation (« \(sponsor.text) ») est reprise comme administration",
                en: "other sponsor '\(other.text)': only the first organisation ('\(sponsor.text)') is used as the administration"),
                file: path, range: other.range))
        }
        guard let source = organisation(sponsor.text) else {
            notes.append(ImportNote(.problem, LocalizedText(
                fr: "fichier d'organisation « \(sponsor.text).md » introuvable (--organisations DOSSIER) : l'administration reste à compléter",
                en: "organisation file '\(sponsor.text).md' not found (--organisations FOLDER): the administration is left to fill in"),
                file: path, range: sponsor.range))
            return
        }
        guard let file = OrganisationFile.read(source.bytes, path: source.path, notes: &notes) else { return }
        let origin = "l'organisation \(sponsor.text)"
        if let name = file.name {
            facts.values["administration.nom"] = .init(yaml: YAMLScalarWriting.inline(name.text), origin: "\(origin) (name)")
        }
        if let acronym = file.acronym {
            facts.values["administration.sigle"] = .init(yaml: YAMLScalarWriting.inline(acronym.text), origin: "\(origin) (acronym)")
        }
        if let type = file.type {
            facts.values["administration.type"] = .init(yaml: type, origin: "\(origin) (type)")
            if type != "administration-centrale", type != "operateur" {
                notes.append(ImportNote(.note, LocalizedText(
                    fr: "l'organisation est de type « \(type) » : le programme EIG 7 est réservé aux administrations centrales et aux opérateurs de l'État (§3.1)",
                    en: "the organisation's type is '\(type)': the EIG 7 programme is open only to central administrations and State operators (§3.1)"),
                    file: source.path, range: file.typeRange))
            }
        }
    }
}
