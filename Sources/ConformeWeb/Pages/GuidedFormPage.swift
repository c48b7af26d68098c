import ConformeKit
import YAMLTree

/// What the page says about a file just loaded or a product file taken up.
public struct FormNotice: Sendable {
    public enum Kind: String, Sendable { case info, problem }
    public var kind: Kind
    public var lines: [String]
    /// The import's notes, one per line of a list.
    public var items: [String] = []
}

/// `GET` and `POST /remplir`: « Remplir en ligne », the guided form of one promotion. At the
/// top, what a loaded file gave, the success state or the points to settle (each linking to its
/// field), the parts of the dossier with their state; then the parts, then the buttons that
/// check and download, then the two ways to start from a file.
enum GuidedFormPage {
    /// The hidden input naming the form's promotion: the page's state travels in the page.
    static let promotionName = "~formulaire"
    /// The hidden input saying the user has checked once: « Ajouter » and « Retirer » then keep
    /// the findings next to the fields, and a new form shows none.
    static let checkedName = "~verifie"

    static func render(_ c: FormContext, notice: FormNotice? = nil, summary showSummary: Bool, promotions: [Int]) -> HTML {
        let s = c.strings
        let placed = placedFindings(c)
        let compliant = c.showFindings && (c.review?.isCompliant ?? false)
        var main: HTML = """
            <h1>\(s.navFill)</h1>
            <p class="lead">\(c.form.title.text(c.language))</p>
            <div class="intro"><p>\(s.fillIntro)</p>
            <p><a href="#partir">\(s.startLink)</a></p>
            \(otherPromotions(c, promotions: promotions))</div>

            """
        if let notice { main += render(notice) }
        if compliant {
            main += """
                <div class="verdict verdict-pass form-success" id="resultat" role="status" tabindex="-1">
                <p><strong>✓ \(s.successTitle)</strong></p>
                <p>\(s.successText)</p>
                <p class="inline-list"><button type="submit" form="formulaire" class="button" name="\(FormSubmission.actionName)" value="telecharger-manifeste">\(s.downloadManifest)</button>
                <button type="submit" form="formulaire" class="button button-secondary" name="\(FormSubmission.actionName)" value="telecharger-rapport">\(s.downloadReport)</button></p>
                </div>

                """
        } else if showSummary, !placed.isEmpty {
            main += errorSummary(placed, context: c)
        }
        main += sectionsNav(c)
        main += form(c)
        main += startFromFile(c)
        var title = s.navFill + " — " + c.form.title.text(c.language)
        if compliant { title = s.successTitle + " — " + title }
        if showSummary, !compliant, !placed.isEmpty { title = s.summaryHeading(placed.count) + " — " + title }
        return c.shell.render(title: title, main: main, withScript: true, extraScripts: ["/static/remplir.js"])
    }

    /// Errors and warnings to settle, each with the name of the field it belongs to (nil: no
    /// field of its own), errors first, then in the form's order.
    static func placedFindings(_ c: FormContext) -> [(name: String?, finding: Diagnostic)] {
        guard c.showFindings, let review = c.review else { return [] }
        var all: [(name: String?, finding: Diagnostic)] = []
        for (name, findings) in review.byName { all += findings.map { (name, $0) } }
        all += review.unplaced.map { (nil, $0) }
        // In the form's order, so the summary reads as the page does; findings with no
        // field of their own (the file as a whole) first.
        let order = Dictionary(c.form.templatesInOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func rank(_ name: String?) -> (Int, String) {
            guard let name else { return (-1, "") }
            return (FormSubmission.template(of: name).flatMap { order[$0] } ?? Int.max, name)
        }
        return all.filter { !$0.finding.isWaived && $0.finding.severity >= .warning }.sorted { a, b in
            if a.finding.severity != b.finding.severity { return a.finding.severity > b.finding.severity }
            let (first, second) = (rank(a.name), rank(b.name))
            if first != second { return first < second }
            return a.finding.range.start < b.finding.range.start
        }
    }

    static func errorSummary(_ placed: [(name: String?, finding: Diagnostic)], context c: FormContext) -> HTML {
        let s = c.strings
        var items: [HTML] = []
        for (name, finding) in placed {
            let badge: HTML = "<span class=\"summary-badge\">\(Words.severityTitle(finding.severity, c.language))</span>"
            let text = c.message(of: finding, at: name)
            if let name {
                items.append("<li class=\"summary-\(finding.severity.rawValue)\">\(badge) <a href=\"#\(FormContext.id(name))\">\(label(of: name, context: c))</a> <span class=\"summary-message\">\(text)</span></li>")
            } else if let id = finding.path.flatMap(c.form.sectionID(of:)), let section = c.form.sections.first(where: { $0.id == id }) {
                // A whole part missing (`investigation` for a launch): the link goes to the part.
                items.append("<li class=\"summary-\(finding.severity.rawValue)\">\(badge) <a href=\"#s-\(id)\">\(section.title.text(c.language))</a> <span class=\"summary-message\">\(text)</span></li>")
            } else {
                items.append("<li class=\"summary-\(finding.severity.rawValue)\">\(badge) <span class=\"summary-message\">\(text)</span></li>")
            }
        }
        return """
            <div class="error-summary" role="alert" aria-labelledby="probleme-titre" tabindex="-1">
            <h2 id="probleme-titre">\(s.summaryHeading(placed.count))</h2>
            <p class="hint">\(s.summaryHint)</p>
            <ul>
            \(HTML.joined(items, separator: "\n"))
            </ul>
            </div>

            """
    }

    /// « Vœux › Vœu 2 › Profil »: what the user reads beside the field.
    static func label(of name: String, context c: FormContext) -> String {
        guard let template = FormSubmission.template(of: name) else { return name }
        if let list = c.form.listsByTemplate[template] { return list.label.text(c.language) }
        guard let field = c.form.fieldsByTemplate[template] else { return name }
        for list in c.form.listsByTemplate.values where template.hasPrefix(list.template + "[*]") {
            let rest = name.dropFirst(list.template.count + 1)
            let index = Int(rest.prefix { $0.isNumber }) ?? 0
            let item = "\(list.itemLabel.text(c.language)) \(index + 1)"
            return list.itemsAreMaps ? item + " › " + field.label.text(c.language) : item
        }
        return field.label.text(c.language)
    }

    static func sectionsNav(_ c: FormContext) -> HTML {
        let s = c.strings
        let items = c.form.sections.map { section -> HTML in
            let status = c.review?.sections.first { $0.id == section.id }
            return "<li><a href=\"#s-\(section.id)\">\(section.title.text(c.language))</a> \(FormSectionView.state(status, partial: c.review?.isPartial ?? false, strings: s))</li>"
        }
        return """
            <nav class="form-nav" aria-labelledby="parties-titre">
            <h2 id="parties-titre">\(s.sectionsNav)</h2>
            <ol>
            \(HTML.joined(items, separator: "\n"))
            </ol>
            </nav>

            """
    }

    static func form(_ c: FormContext) -> HTML {
        let s = c.strings
        let action = FormSubmission.actionName
        var hidden: HTML = "<input type=\"hidden\" name=\"\(promotionName)\" value=\"\(c.form.promotion)\">\n"
        if c.showFindings { hidden += "<input type=\"hidden\" name=\"\(checkedName)\" value=\"1\">\n" }
        for (name, value) in FormSubmission.hiddenFields(c.state) {
            hidden += "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">\n"
        }
        var out: HTML = """
            <form method="post" action="\(c.action)" enctype="multipart/form-data" class="form guided-form" id="formulaire" novalidate data-live-form>
            \(hidden)<button type="submit" class="visually-hidden" tabindex="-1" name="\(action)" value="verifier">\(s.check)</button>
            <p class="keep-language"><button type="submit" class="button button-secondary button-small" id="changer-langue" name="\(action)" value="langue" formaction="\(PageShell.href("/remplir", language: s.other))" lang="\(s.other.rawValue)">\(s.keepLanguage)</button></p>

            """
        for section in c.form.sections {
            out += FormSectionView.render(section, status: c.review?.sections.first { $0.id == section.id }, context: c)
        }
        out += """
            <div class="form-actions">
            <p><button type="submit" class="button" name="\(action)" value="verifier">\(s.check)</button></p>
            <p class="hint" id="telechargements-aide">\(s.downloadsHint)</p>
            <p class="inline-list"><button type="submit" class="button button-secondary" name="\(action)" value="telecharger-manifeste" aria-describedby="telechargements-aide">\(s.downloadManifest)</button>
            <button type="submit" class="button button-secondary" name="\(action)" value="telecharger-rapport" aria-describedby="telechargements-aide">\(s.downloadReport)</button></p>
            </div>
            </form>

            """
        return out
    }

    /// « Partir de ma fiche beta.gouv.fr » and « Charger un manifeste »: each its own form,
    /// since a file replaces what the page holds.
    static func startFromFile(_ c: FormContext) -> HTML {
        let s = c.strings
        return """
            <section class="start-from-file" id="partir" aria-labelledby="fichier-titre">
            <h2 id="fichier-titre">\(s.startHeading)</h2>
            <div class="start-grid">
            <form method="post" action="\(c.shell.link("/remplir/fiche"))" enctype="multipart/form-data" class="form">
            <h3>\(s.productHeading)</h3>
            <p class="hint" id="fiche-aide">\(s.productHint)</p>
            <div class="field"><label for="fiche">\(s.productLabel)</label>
            <input type="file" id="fiche" name="fiche" accept=".md,text/markdown" aria-describedby="fiche-aide"></div>
            <div class="field"><label for="organisation">\(s.organisationLabel)</label>
            <input type="file" id="organisation" name="organisation" accept=".md,text/markdown"></div>
            <p><button type="submit" class="button button-secondary">\(s.productSubmit)</button></p>
            </form>
            <form method="post" action="\(c.shell.link("/remplir/charger"))" enctype="multipart/form-data" class="form">
            <h3>\(s.manifestFileHeading)</h3>
            <p class="hint" id="manifeste-fichier-aide">\(s.manifestFileHint)</p>
            <div class="field"><label for="manifeste-fichier">\(s.manifestFileLabel)</label>
            <input type="file" id="manifeste-fichier" name="manifeste" accept=".yml,.yaml,.md,text/yaml,application/yaml" aria-describedby="manifeste-fichier-aide"></div>
            <p><button type="submit" class="button button-secondary">\(s.manifestFileSubmit)</button></p>
            </form>
            </div>
            </section>

            """
    }

    static func render(_ notice: FormNotice) -> HTML {
        let lines = HTML.joined(notice.lines.map { "<p>\($0)</p>" }, separator: "\n")
        let items: HTML = notice.items.isEmpty ? "" : "<ul>\n" + HTML.joined(notice.items.map { "<li>\($0)</li>" }, separator: "\n") + "\n</ul>\n"
        return "<div class=\"notice notice-\(notice.kind.rawValue)\" id=\"chargement\" role=\"status\">\n\(lines)\n\(items)</div>\n"
    }

    static func otherPromotions(_ c: FormContext, promotions: [Int]) -> HTML {
        let others = promotions.filter { $0 != c.form.promotion }
        guard !others.isEmpty else { return "" }
        let links = others.map { n -> HTML in
            "<a href=\"\(c.shell.link("/remplir", query: [("promotion", String(n))]))\">\(c.strings.fillOtherPromotion(n))</a>"
        }
        return "<p>" + HTML.joined(links, separator: " · ") + "</p>\n"
    }
}
