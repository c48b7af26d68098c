/// What a field expects, in words, from the rules' constraints: shown under its label so the
/// user knows the bounds before the check says them.
extension GuidedForm {
    /// « Obligatoire », « Obligatoire quand Type de mission vaut lancement », « Facultatif ».
    public func requirementText(_ requirement: FormRequirement, language: Language) -> String {
        let fr = language == .fr
        switch requirement {
        case .optional: return fr ? "Facultatif" : "Optional"
        case .always: return fr ? "Obligatoire" : "Required"
        case .when(let alternatives):
            if alternatives.contains([]) {
                return fr ? "Obligatoire dans certains cas (voir « Pourquoi ? »)" : "Required in some cases (see “Why?”)"
            }
            let conditions = alternatives.map { clauses in
                clauses.map { clause in
                    let label = fieldsByTemplate[clause.path]?.label.text(language) ?? clause.path
                    let values = clause.values.map(\.text).joined(separator: fr ? " ou " : " or ")
                    return fr ? "« \(label) » vaut « \(values) »" : "'\(label)' is '\(values)'"
                }.joined(separator: fr ? " et " : " and ")
            }
            return (fr ? "Obligatoire quand " : "Required when ") + conditions.joined(separator: fr ? ", ou quand " : ", or when ")
        }
    }

    /// The field's bounds and format: « 20 caractères au moins », « Nombre entier, de 1 à 2 ».
    public func constraintTexts(_ field: FormField, language: Language) -> [String] {
        let fr = language == .fr
        var texts: [String] = []
        switch field.kind {
        case .text, .email, .url:
            switch (field.minLength, field.maxLength) {
            case (let min?, let max?):
                texts.append(fr ? "De \(min) à \(max) caractères" : "\(min) to \(max) characters")
            case (let min?, nil):
                texts.append(fr ? "\(Words.count(min, "caractère", "caractères", .fr)) au moins" : "At least \(Words.count(min, "character", "characters", .en))")
            case (nil, let max?):
                texts.append(fr ? "\(Words.count(max, "caractère", "caractères", .fr)) au plus" : "At most \(Words.count(max, "character", "characters", .en))")
            case (nil, nil):
                break
            }
            if field.kind == .email { texts.append(fr ? "Adresse électronique (nom@domaine.fr)" : "Email address (name@domain.fr)") }
            if field.kind == .url { texts.append(fr ? "Adresse web complète (https://…)" : "Full web address (https://…)") }
        case .number(let integer):
            var text = integer ? (fr ? "Nombre entier" : "Whole number") : (fr ? "Nombre" : "Number")
            let low = field.minimum.map { (Value.format($0), false) } ?? field.exclusiveMinimum.map { (Value.format($0), true) }
            let high = field.maximum.map { (Value.format($0), false) } ?? field.exclusiveMaximum.map { (Value.format($0), true) }
            switch (low, high) {
            case (let low?, let high?) where !low.1 && !high.1:
                text += fr ? ", de \(low.0) à \(high.0)" : ", from \(low.0) to \(high.0)"
            default:
                if let low { text += low.1 ? (fr ? ", plus de \(low.0)" : ", more than \(low.0)") : (fr ? ", \(low.0) au moins" : ", at least \(low.0)") }
                if let high { text += high.1 ? (fr ? ", moins de \(high.0)" : ", less than \(high.0)") : (fr ? ", \(high.0) au plus" : ", at most \(high.0)") }
            }
            texts.append(text)
        case .date:
            texts.append(fr ? "Date (AAAA-MM-JJ)" : "Date (YYYY-MM-DD)")
        case .choice, .commitment, .boolean:
            break
        }
        if let expected = field.expected {
            texts.append(fr ? "Valeur attendue : \(expected.text)" : "Expected value: \(expected.text)")
        }
        return texts
    }

    /// « 1 élément au moins » for a list.
    public func constraintTexts(_ list: FormList, language: Language) -> [String] {
        let fr = language == .fr
        let item = list.itemLabel.text(language).lowercased()
        switch (list.minItems, list.maxItems) {
        case (let min?, let max?): return [fr ? "De \(min) à \(max) (\(item))" : "\(min) to \(max) (\(item))"]
        case (let min?, nil): return [fr ? "\(min) au moins (\(item))" : "At least \(min) (\(item))"]
        case (nil, let max?): return [fr ? "\(max) au plus (\(item))" : "At most \(max) (\(item))"]
        case (nil, nil): return []
        }
    }
}
