import ConformeKit

/// What the check form holds: the text (typed or read from the file), the evaluation date, and
/// whether the text is a Markdown file's front matter. Shown again, filled, on the result page.
public struct CheckFormValues: Sendable {
    public var text: String
    public var date: String
    public var isMarkdown: Bool

    public init(text: String = "", date: String = "", isMarkdown: Bool = false) {
        self.text = text
        self.date = date
        self.isMarkdown = isMarkdown
    }
}

/// A form problem, tied to the field it describes.
public struct FormProblem: Sendable {
    public enum Field: String, Sendable { case manifest = "manifeste", date }
    public var field: Field
    public var message: String

    public init(field: Field, message: String) {
        self.field = field
        self.message = message
    }
}

/// The form to paste or upload a manifest. Posts to `/verifier` as multipart (so a file goes
/// with it), works without JavaScript; the optional script reads its `data-` attributes.
public enum CheckForm {
    public static func render(
        _ values: CheckFormValues, problems: [FormProblem] = [], heading: String,
        shell: PageShell
    ) -> HTML {
        let s = Strings(shell.language)
        func problem(_ field: FormProblem.Field) -> FormProblem? { problems.first { $0.field == field } }
        func describedBy(_ field: FormProblem.Field, hint: String) -> String {
            problem(field) == nil ? hint : "\(field.rawValue)-erreur \(hint)"
        }
        func errorLine(_ field: FormProblem.Field) -> HTML {
            guard let p = problem(field) else { return "" }
            return "<p class=\"field-error\" id=\"\(field.rawValue)-erreur\"><span class=\"visually-hidden\">\(s.pick("Erreur :", "Error:"))</span> \(p.message)</p>\n"
        }
        let invalidManifest: HTML = problem(.manifest) == nil ? "" : " aria-invalid=\"true\""
        let invalidDate: HTML = problem(.date) == nil ? "" : " aria-invalid=\"true\""
        let today = shell.language == .fr ? "aujourd'hui" : "today"
        return """
            <section class="check-form" aria-labelledby="formulaire-titre">
            <h2 id="formulaire-titre">\(heading)</h2>
            <form method="post" action="\(shell.link("/verifier"))" enctype="multipart/form-data" class="form" data-live-check="\(PageShell.href("/api/v1/check", language: .fr, query: [("format", "json"), ("lang", shell.language.rawValue)]))">
            <div class="field\(problem(.manifest) == nil ? "" : " field-invalid")">
            <label for="manifeste">\(s.manifestLabel)</label>
            <p class="hint" id="manifeste-aide">\(s.manifestHint)</p>
            \(errorLine(.manifest))<textarea id="manifeste" name="manifeste" rows="18" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="\(describedBy(.manifest, hint: "manifeste-aide"))"\(invalidManifest)>\(values.text)</textarea>
            </div>
            <div class="field">
            <label for="fichier">\(s.fileLabel)</label>
            <p class="hint" id="fichier-aide">\(s.fileHint)</p>
            <input type="file" id="fichier" name="fichier" accept=".yml,.yaml,.md,text/yaml,application/yaml,text/markdown" aria-describedby="fichier-aide">
            </div>
            <div class="field\(problem(.date) == nil ? "" : " field-invalid")">
            <label for="date">\(s.dateLabel)</label>
            <p class="hint" id="date-aide">\(s.dateHint)</p>
            \(errorLine(.date))<input type="text" id="date" name="date" inputmode="numeric" placeholder="\(today)" size="12" autocomplete="off" value="\(values.date)" aria-describedby="\(describedBy(.date, hint: "date-aide"))"\(invalidDate)>
            </div>
            <input type="hidden" name="nature" value="\(values.isMarkdown ? "markdown" : "yaml")">
            <p><button type="submit" class="button">\(s.submit)</button></p>
            </form>
            <div class="live" id="apercu" hidden>
            <h3>\(s.liveHeading)</h3>
            <p class="hint">\(s.liveHint)</p>
            <div id="apercu-resultat" role="status" aria-live="polite"></div>
            </div>
            </section>

            """
    }

    /// The list of problems above the form, each linking to its field (as the DSFR and GOV.UK
    /// error summaries do), focused first by the optional script.
    public static func problemSummary(_ problems: [FormProblem], language: Language) -> HTML {
        guard !problems.isEmpty else { return "" }
        let s = Strings(language)
        let items = HTML.joined(problems.map { "<li><a href=\"#\($0.field.rawValue)\">\($0.message)</a></li>" }, separator: "\n")
        return """
            <div class="error-summary" role="alert" aria-labelledby="probleme-titre" tabindex="-1">
            <h2 id="probleme-titre">\(s.problemHeading)</h2>
            <ul>
            \(items)
            </ul>
            </div>

            """
    }
}
