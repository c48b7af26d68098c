import ConformeKit
import YAMLTree

/// One part of the dossier (Projet, Vœux…): its title with its state, its fields, its lists.
enum FormSectionView {
    static func render(_ section: FormSection, status: FormReview.SectionStatus?, context c: FormContext) -> HTML {
        let id = "s-" + section.id
        var out: HTML = """
            <section class="form-section" id="\(id)" aria-labelledby="\(id)-titre">
            <h2 id="\(id)-titre">\(section.title.text(c.language)) \(state(status, partial: c.review?.isPartial ?? false, strings: c.strings))</h2>

            """
        if let intro = section.intro?.text(c.language) { out += "<p class=\"hint\">\(intro)</p>\n" }
        for entry in section.entries {
            switch entry {
            case .field(let field):
                out += FormFieldView.render(field, name: field.template, label: field.label.text(c.language), context: c)
            case .list(let list):
                out += listView(list, context: c)
            }
        }
        return out + "</section>\n"
    }

    /// « complète », « 3 points restants », « sans objet pour ce choix »: in words, the colour
    /// only repeats them.
    static func state(_ status: FormReview.SectionStatus?, partial: Bool, strings s: Strings) -> HTML {
        guard let status else { return "" }
        if status.remaining > 0 {
            return "<span class=\"section-state state-todo\">\(s.sectionRemaining(status.remaining))</span>"
        }
        if partial { return "<span class=\"section-state state-optional\">\(s.sectionUnchecked)</span>" }
        if status.isOptional { return "<span class=\"section-state state-optional\">\(s.sectionOptional)</span>" }
        return "<span class=\"section-state state-done\">✓ \(s.sectionComplete)</span>"
    }

    /// A list the user grows and shrinks: each item with « Retirer », then « Ajouter ». Both are
    /// submit buttons (the page works without JavaScript); `formaction` carries the fragment of
    /// the place to come back to, so the new page opens there.
    static func listView(_ list: FormList, context c: FormContext) -> HTML {
        let s = c.strings
        let name = list.template
        let id = FormContext.id(name)
        let count = c.state.items(name)
        let findings = c.findings(name)
        let itemLabel = list.itemLabel.text(c.language)
        var hints = [c.form.requirementText(list.requirement, language: c.language)]
        if let help = list.help?.text(c.language) { hints.append(help) }
        hints += c.form.constraintTexts(list, language: c.language)
        var describedBy = findings.isEmpty ? [] : [id + "-erreur"]
        describedBy.append(id + "-aide")
        var out: HTML = """
            <fieldset class="list\(findings.isEmpty ? "" : " field-invalid")" id="\(id)" aria-describedby="\(describedBy.joined(separator: " "))">
            <legend>\(list.label.text(c.language))</legend>
            <p class="hint" id="\(id)-aide">\(hints.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " "))</p>
            \(FormFieldView.rulesHelp(list.rules, context: c))\(FormFieldView.errorLines(findings, id: id, name: name, context: c))
            """
        if count == 0 { out += "<p class=\"list-empty\">\(s.noItem)</p>\n" }
        for index in 0..<count {
            let itemName = name + "[\(index)]"
            let numbered = "\(itemLabel) \(index + 1)"
            let remove: HTML = "<button type=\"submit\" class=\"button button-secondary button-small\" name=\"\(FormSubmission.actionName)\" value=\"retirer:\(itemName)\" formaction=\"\(c.action)#\(id)\">\(s.remove(numbered))</button>\n"
            if list.itemsAreMaps {
                out += "<fieldset class=\"list-item\" id=\"\(FormContext.id(itemName))-groupe\">\n<legend>\(numbered)</legend>\n"
                for field in list.itemFields {
                    let fieldName = itemName + field.template.dropFirst(name.count + 3)
                    out += FormFieldView.render(field, name: fieldName, label: field.label.text(c.language), context: c)
                }
                out += remove + "</fieldset>\n"
            } else if let field = list.itemFields.first {
                out += "<div class=\"list-item list-item-scalar\" id=\"\(FormContext.id(itemName))-groupe\">\n"
                out += FormFieldView.render(field, name: itemName, label: numbered, context: c)
                out += remove + "</div>\n"
            }
        }
        if count < FormSubmission.maxItems, list.maxItems.map({ count < $0 }) ?? true {
            let next = FormContext.id(name + "[\(count)]") + "-groupe"
            out += "<p><button type=\"submit\" class=\"button button-secondary\" name=\"\(FormSubmission.actionName)\" value=\"ajouter:\(name)\" formaction=\"\(c.action)#\(next)\">\(s.add(itemLabel))</button></p>\n"
        }
        return out + "</fieldset>\n"
    }
}
