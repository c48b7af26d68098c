import Foundation
import YAMLTree

/// The guided forms of a catalogue: `eig-<N>.form.yml` beside `eig-<N>.yml`.
extension RuleSetCatalog {
    public static func formFileName(forPromotion promotion: Int) -> String { "eig-\(promotion).form.yml" }

    /// The promotions that have both a rule set and a form, oldest first.
    public var formPromotions: [Int] {
        promotions.filter { files[Self.formFileName(forPromotion: $0)] != nil }
    }

    /// The form of a promotion with its rule set, or every problem of its form file.
    public func form(forPromotion promotion: Int) -> Result<GuidedForm, RuleSetLoadError>? {
        let name = Self.formFileName(forPromotion: promotion)
        guard let text = files[name], promotions.contains(promotion) else { return nil }
        if isEmbedded, let cached = EmbeddedForms.cache.form(promotion, make: { build(name, text: text, promotion: promotion) }) {
            return cached
        }
        return build(name, text: text, promotion: promotion)
    }

    private func build(_ name: String, text: String, promotion: Int) -> Result<GuidedForm, RuleSetLoadError> {
        switch FormDefinition.decode(Array(text.utf8), file: name) {
        case .failure(let error): return .failure(error)
        case .success(let definition):
            return GuidedForm.build(definition, ruleSet: ruleSet(forPromotion: promotion))
        }
    }
}

/// Built once per process: the web page asks for its form on every request.
private enum EmbeddedForms {
    static let cache = Cache()

    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var forms: [Int: Result<GuidedForm, RuleSetLoadError>] = [:]

        func form(_ promotion: Int, make: () -> Result<GuidedForm, RuleSetLoadError>) -> Result<GuidedForm, RuleSetLoadError>? {
            lock.lock()
            defer { lock.unlock() }
            if let form = forms[promotion] { return form }
            let made = make()
            forms[promotion] = made
            return made
        }
    }
}

/// `conforme rules validate eig-7.form.yml`: the form file reads, and every path it names is a
/// place its rules know, every place they check has a section.
public struct FormValidation: Sendable {
    public var path: String
    public var problems: [RuleSetProblem]
    public var fieldCount: Int
    public var sectionCount: Int

    public var isValid: Bool { problems.isEmpty }

    public static func isFormFile(_ path: String) -> Bool { path.hasSuffix(".form.yml") || path.hasSuffix(".form.yaml") }

    /// Validates the form file at `path` against the rule file it names (`form.rules`),
    /// relative to the form file's folder.
    public static func validate(path: String, read: (String) -> [UInt8]?) -> FormValidation {
        guard let bytes = read(path) else {
            return FormValidation(path: path, problems: [RuleSetProblem(file: path, range: SourceRange(at: .start),
                message: LocalizedText("fichier illisible", "unreadable file"))], fieldCount: 0, sectionCount: 0)
        }
        let definition: FormDefinition
        switch FormDefinition.decode(bytes, file: path) {
        case .failure(let error): return FormValidation(path: path, problems: error.problems, fieldCount: 0, sectionCount: 0)
        case .success(let decoded): definition = decoded
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : ""
        let rulesPath = folder + definition.rules
        switch RuleSetLoader.load(path: rulesPath, read: read) {
        case .failure(let error):
            return FormValidation(path: path, problems: [RuleSetProblem(file: path, range: SourceRange(at: .start),
                message: LocalizedText("les règles « \(rulesPath) » ne se chargent pas (\(error.problems.count) problème(s)) : validez-les d'abord",
                    "rules '\(rulesPath)' do not load (\(error.problems.count) problem(s)): validate them first"))],
                fieldCount: 0, sectionCount: 0)
        case .success(let ruleSet):
            switch GuidedForm.build(definition, ruleSet: ruleSet) {
            case .failure(let error):
                return FormValidation(path: path, problems: error.problems, fieldCount: 0, sectionCount: definition.sections.count)
            case .success(let form):
                return FormValidation(path: path, problems: [], fieldCount: form.fieldCount, sectionCount: form.sections.count)
            }
        }
    }

    /// "rules/eig-7.form.yml : formulaire valide, 9 sections, 60 champs".
    public func confirmation(_ language: Language) -> String {
        switch language {
        case .fr: "\(path) : formulaire valide, \(Words.count(sectionCount, "section", "sections", .fr)), \(Words.count(fieldCount, "champ", "champs", .fr))"
        case .en: "\(path): valid form, \(Words.count(sectionCount, "section", "sections", .en)), \(Words.count(fieldCount, "field", "fields", .en))"
        }
    }

    public func failureSummary(_ language: Language) -> String {
        switch language {
        case .fr: "\(path) : \(Words.count(problems.count, "problème", "problèmes", .fr)) ; formulaire refusé"
        case .en: "\(path): \(Words.count(problems.count, "problem", "problems", .en)); form refused"
        }
    }
}
