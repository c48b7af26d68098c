import ConformeKit
import Foundation
import YAMLTree

/// What every part of « Remplir en ligne » needs: the form, what the user entered, and the
/// findings to show next to their fields.
struct FormContext {
    var form: GuidedForm
    var state: FormState
    var review: FormReview?
    /// After « Vérifier » (or a file loaded), findings go next to their fields; a new form
    /// shows none, though each section says what remains.
    var showFindings: Bool
    var shell: PageShell

    var language: Language { shell.language }
    var strings: Strings { Strings(shell.language) }

    /// `mission.voeux[1].profil` → `f-mission-voeux-1-profil`: an id that CSS selectors and
    /// fragments read as it is.
    static func id(_ name: String) -> String {
        "f-" + String(name.map { $0 == "." || $0 == "[" ? "-" : $0 }.filter { $0 != "]" })
    }

    /// The findings shown next to `name` (a field or a list).
    func findings(_ name: String) -> [Diagnostic] {
        guard showFindings, let review else { return [] }
        return (review.byName[name] ?? []).filter { !$0.isWaived }.sorted { $0.severity > $1.severity }
    }

    /// What the page says of `finding`, at the field or list `name`. A commitment is a checkbox
    /// here, and its rule's message tells the author of a manifest what to write there
    /// (« Écrivez « bureaux_fixes: true » »), which means nothing beside a box: the page says to
    /// tick it, and whether the règlement asks for it (an error) or it is recommended.
    func message(of finding: Diagnostic, at name: String?) -> String {
        guard let name, let template = FormSubmission.template(of: name),
            case .commitment? = form.fieldsByTemplate[template]?.kind
        else { return finding.message.text(language) }
        return strings.tickCommitment(required: finding.severity == .error)
    }

    /// `/remplir` with the page's language: every form of the page posts there.
    var action: String { shell.link("/remplir") }
}

/// One field of the form: its label, what it expects (from the rules), its findings, then the
/// control the rules call for.
enum FormFieldView {
    static func render(_ field: FormField, name: String, label: String, context c: FormContext) -> HTML {
        let s = c.strings
        let id = FormContext.id(name)
        let value = c.state.value(name)
        let findings = c.findings(name)
        var hints = [c.form.requirementText(field.requirement, language: c.language)]
        if let help = field.help?.text(c.language) { hints.append(help) }
        hints += c.form.constraintTexts(field, language: c.language)
        let counted = countsCharacters(field)
        var describedBy = findings.isEmpty ? [] : [id + "-erreur"]
        describedBy.append(id + "-aide")
        if counted { describedBy.append(id + "-compteur") }
        let aria: HTML = "aria-describedby=\"\(describedBy.joined(separator: " "))\"" + (isInvalid(findings) ? " aria-invalid=\"true\"" : "")
        let hint: HTML = "<p class=\"hint\" id=\"\(id)-aide\">\(hints.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " "))</p>\n"
        let errors = errorLines(findings, id: id, name: name, context: c)
        let why = rulesHelp(field.rules, context: c)
        let classes = "field" + (findings.isEmpty ? "" : " field-invalid")
        switch field.kind {
        case .choice(let choices) where choices.count <= 4 && !choices.isEmpty && choices.contains(where: { $0.text == value }) == !value.isEmpty:
            let invalid: HTML = isInvalid(findings) ? " aria-invalid=\"true\"" : ""
            var radios: [HTML] = []
            for (index, choice) in choices.enumerated() {
                let radioID = index == 0 ? id : id + "-\(index + 1)"
                let checked: HTML = choice.text == value ? " checked" : ""
                radios.append("<div class=\"radio\"><input type=\"radio\" id=\"\(radioID)\" name=\"\(name)\" value=\"\(choice.text)\"\(checked)\(invalid)> <label for=\"\(radioID)\">\(choice.text)</label></div>")
            }
            return """
                <fieldset class="\(classes)" id="bloc-\(id)" aria-describedby="\(describedBy.joined(separator: " "))">
                <legend>\(label)</legend>
                \(hint)\(why)\(errors)<div class="radios">\(HTML.joined(radios, separator: "\n"))</div>
                </fieldset>

                """
        case .commitment:
            let checked: HTML = value == "true" ? " checked" : ""
            return """
                <div class="\(classes) field-commitment" id="bloc-\(id)">
                \(errors)<div class="checkbox"><input type="hidden" name="\(name)" value=""><input type="checkbox" id="\(id)" name="\(name)" value="true"\(checked) \(aria)> <label for="\(id)">\(label)</label></div>
                \(hint)\(why)</div>

                """
        default:
            return """
                <div class="\(classes)" id="bloc-\(id)">
                <label for="\(id)">\(label)</label>
                \(hint)\(why)\(errors)\(control(field, id: id, name: name, value: value, aria: aria, strings: s))
                </div>

                """
        }
    }

    /// Errors make a field invalid; a warning is shown but the value is acceptable.
    static func isInvalid(_ findings: [Diagnostic]) -> Bool { findings.contains { $0.severity == .error } }

    /// Free text with a bound on its length gets a live count (by the optional script).
    static func countsCharacters(_ field: FormField) -> Bool {
        switch field.kind {
        case .text, .email, .url: field.minLength != nil || field.maxLength != nil
        default: false
        }
    }

    static func control(_ field: FormField, id: String, name: String, value: String, aria: HTML, strings s: Strings) -> HTML {
        let common: HTML = "id=\"\(id)\" name=\"\(name)\" \(aria)"
        switch field.kind {
        case .text(let multiline):
            let bounds = lengthData(field)
            let counter = countsCharacters(field) ? counterLine(id: id, value: value, field: field, strings: s) : ""
            if multiline || value.contains("\n") {
                return "<textarea \(common) rows=\"4\"\(bounds)>\(value)</textarea>\n\(counter)"
            }
            return "<input type=\"text\" \(common) value=\"\(value)\" autocomplete=\"off\"\(bounds)>\n\(counter)"
        case .email:
            return "<input type=\"email\" \(common) value=\"\(value)\" autocomplete=\"email\" spellcheck=\"false\"\(lengthData(field))>\n"
        case .url:
            return "<input type=\"url\" \(common) value=\"\(value)\" autocomplete=\"url\" spellcheck=\"false\"\(lengthData(field))>\n"
        case .date:
            // A date input drops what is not YYYY-MM-DD: a loaded « 01/06/2024 » stays text.
            let iso = value.isEmpty || LocalDate(value) != nil
            return "<input type=\"\(iso ? "date" : "text")\" class=\"input-short\" \(common) value=\"\(value)\">\n"
        case .number(let integer):
            // A number input drops what is not a number: a loaded « 0,5 » stays text.
            guard value.isEmpty || Double(value) != nil else {
                return "<input type=\"text\" class=\"input-short\" inputmode=\"decimal\" \(common) value=\"\(value)\">\n"
            }
            var bounds: HTML = integer ? " step=\"1\"" : " step=\"any\""
            if let low = field.minimum ?? field.exclusiveMinimum { bounds += " min=\"\(number(low))\"" }
            if let high = field.maximum ?? field.exclusiveMaximum { bounds += " max=\"\(number(high))\"" }
            return "<input type=\"number\" class=\"input-short\" \(common) value=\"\(value)\"\(bounds)>\n"
        case .choice(let choices):
            var options: [HTML] = ["<option value=\"\"\(value.isEmpty ? " selected" : "")>\(s.chooseOption)</option>"]
            // A loaded value the rules do not allow stays shown (and reported), never lost.
            if !value.isEmpty, !choices.contains(where: { $0.text == value }) {
                options.append("<option value=\"\(value)\" selected>\(value)</option>")
            }
            for choice in choices {
                options.append("<option value=\"\(choice.text)\"\(choice.text == value ? " selected" : "")>\(choice.text)</option>")
            }
            return "<select \(common)>\n\(HTML.joined(options, separator: "\n"))\n</select>\n"
        case .boolean, .commitment:
            var options: [(String, String)] = [("", s.chooseOption), ("true", s.yesValue), ("false", s.noValue)]
            if !["", "true", "false"].contains(value) { options.append((value, value)) }
            let items = options.map { option -> HTML in
                "<option value=\"\(option.0)\"\(option.0 == value ? " selected" : "")>\(option.1)</option>"
            }
            return "<select \(common)>\n\(HTML.joined(items, separator: "\n"))\n</select>\n"
        }
    }

    /// `2`, not `2.0`, in an input's bounds.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The bounds the counter script reads.
    static func lengthData(_ field: FormField) -> HTML {
        var data: HTML = ""
        if let min = field.minLength { data += " data-min-length=\"\(min)\"" }
        if let max = field.maxLength { data += " data-max-length=\"\(max)\"" }
        return data
    }

    /// « 12 / 500 caractères »: written by the server too, so it is right before any script runs.
    static func counterLine(id: String, value: String, field: FormField, strings s: Strings) -> HTML {
        // Counted as the engine counts: characters a person sees, without the spaces around.
        let text = s.counter(value.trimmingCharacters(in: .whitespacesAndNewlines).count, min: field.minLength, max: field.maxLength)
        return "<p class=\"counter\" id=\"\(id)-compteur\" data-counter-for=\"\(id)\" aria-live=\"polite\">\(text)</p>\n"
    }

    /// The findings of a field, under its label: what is wrong and, when it has one, the fix.
    static func errorLines(_ findings: [Diagnostic], id: String, name: String, context c: FormContext) -> HTML {
        guard !findings.isEmpty else { return "" }
        let language = c.language
        var lines: [HTML] = []
        for finding in findings {
            var line: HTML = "<span class=\"badge badge-\(finding.severity.rawValue)\">\(Words.severityTitle(finding.severity, language))</span> \(c.message(of: finding, at: name))"
            if let suggestion = finding.suggestion { line += " " + HTML.text(Words.suggestion(suggestion, language)) }
            lines.append("<p>\(line)</p>")
        }
        return "<div class=\"field-error\" id=\"\(id)-erreur\">\(HTML.joined(lines, separator: ""))</div>\n"
    }

    /// « Pourquoi ? »: the rules that check the field, their rationale and their article.
    static func rulesHelp(_ rules: [RuleDescriptor], context c: FormContext) -> HTML {
        guard !rules.isEmpty else { return "" }
        let s = c.strings
        var items: [HTML] = []
        for rule in rules {
            var item: HTML = "<strong>\(rule.title.text(c.language))</strong>"
            if let rationale = rule.rationale?.text(c.language) { item += " " + HTML.text(rationale) }
            if let source = rule.source { item += " (\(source))" }
            item += " — <a href=\"\(c.shell.link("/regles/" + rule.id, query: [("promotion", String(c.form.promotion))]))\">\(s.ruleLinkText(rule.id))</a>"
            items.append("<li>\(item)</li>")
        }
        return "<details class=\"why\"><summary>\(s.whyToggle)</summary><ul>\(HTML.joined(items, separator: ""))</ul></details>\n"
    }
}
