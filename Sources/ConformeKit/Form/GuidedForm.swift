import YAMLTree

/// The guided form of one promotion: its sections, fields and lists, each field's control from
/// the rules (`FormFieldDerivation`) and its place and label from the form file
/// (`FormDefinition`). Built once per rule set; plain data afterwards.
public struct GuidedForm: Sendable {
    public var definition: FormDefinition
    public var ruleSet: RuleSet
    public var sections: [FormSection]

    public var promotion: Int { definition.promotion }
    public var title: LocalizedText { definition.title }

    /// Every field and list by template (`mission.voeux[*].profil`).
    public private(set) var fieldsByTemplate: [String: FormField] = [:]
    public private(set) var listsByTemplate: [String: FormList] = [:]

    /// The form of `definition` over `ruleSet`, or every problem of the form file: a path the
    /// rules do not know (with the closest one), a place the rules know that no section holds.
    public static func build(_ definition: FormDefinition, ruleSet: RuleSet) -> Result<GuidedForm, RuleSetLoadError> {
        var assembly = FormAssembly(definition: definition, ruleSet: ruleSet)
        let sections = assembly.sections()
        if !assembly.problems.isEmpty { return .failure(RuleSetLoadError(problems: assembly.problems)) }
        var form = GuidedForm(definition: definition, ruleSet: ruleSet, sections: sections)
        for section in sections {
            for entry in section.entries {
                switch entry {
                case .field(let field): form.fieldsByTemplate[field.template] = field
                case .list(let list):
                    form.listsByTemplate[list.template] = list
                    for field in list.itemFields { form.fieldsByTemplate[field.template] = field }
                }
            }
        }
        return .success(form)
    }

    /// The number of fields a user can fill in (a list's item fields counted once).
    public var fieldCount: Int { fieldsByTemplate.count }

    /// The section holding a template, if any.
    public func section(of template: String) -> FormSection? {
        sections.first { section in
            section.entries.contains { entry in
                switch entry {
                case .field(let field): field.template == template
                case .list(let list): list.template == template || list.itemFields.contains { $0.template == template }
                }
            }
        }
    }
}

public struct FormSection: Sendable {
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var entries: [FormEntry]
}

public enum FormEntry: Sendable {
    case field(FormField)
    case list(FormList)
}

/// One input of the form.
public struct FormField: Sendable {
    public enum Kind: Sendable, Equatable {
        case text(multiline: Bool)
        case email
        case url
        case date
        case number(integer: Bool)
        /// One of the values the rules allow: radio buttons for a few, a select for more.
        case choice([FormChoice])
        /// `equals: true`: a checkbox whose text is the commitment.
        case commitment
        case boolean
    }

    /// The place, with `[*]` for a list's items (`mission.voeux[*].profil`).
    public var template: String
    public var kind: Kind
    public var label: LocalizedText
    /// The form file's own help, shown before the rules' titles and rationales.
    public var help: LocalizedText?
    public var requirement: FormRequirement
    /// Characters (free text) at least / at most.
    public var minLength: Int?
    public var maxLength: Int?
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    /// The only value the rules accept, when they accept one (`duree_mois: 10`).
    public var expected: FormChoice?
    /// The rules whose checks land on this place, in rule-set order: their titles and
    /// rationales are the field's help.
    public var rules: [RuleDescriptor]

    /// The last key of the template (`profil`).
    public var key: String {
        let last = template.split(separator: ".").last.map(String.init) ?? template
        return last.hasSuffix("[*]") ? String(last.dropLast(3)) : last
    }
}

/// A list the user grows and shrinks (« Ajouter » / « Retirer »).
public struct FormList: Sendable {
    public var template: String
    public var label: LocalizedText
    /// What one item is called (« Vœu » → « Vœu 2 »).
    public var itemLabel: LocalizedText
    public var help: LocalizedText?
    /// For a list of maps, its items' fields; for a list of scalars, one field (`…[*]`).
    public var itemFields: [FormField]
    public var itemsAreMaps: Bool
    public var requirement: FormRequirement
    public var minItems: Int?
    public var maxItems: Int?
    public var rules: [RuleDescriptor]
}

extension GuidedForm {
    /// Every field's and list's template in the order the form shows them.
    public var templatesInOrder: [String] {
        sections.flatMap { section in
            section.entries.flatMap { entry -> [String] in
                switch entry {
                case .field(let field): [field.template]
                case .list(let list): [list.template] + list.itemFields.map(\.template)
                }
            }
        }
    }
}
