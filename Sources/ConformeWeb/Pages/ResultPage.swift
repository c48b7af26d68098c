import ConformeKit
import YAMLTree

/// `POST /verifier`: the verdict in a sentence, the list of findings (errors first) linking to
/// their details, the details by theme, the text with its lines marked, the form again (filled)
/// and the button that downloads the CLI's HTML report.
public enum ResultPage {
    public static func render(report: RunReport, values: CheckFormValues, failOn: Severity = .error) -> HTML {
        let language = report.language
        let s = Strings(language)
        let shell = PageShell(language: language, path: "/")
        let file = report.files.first
        let diagnostics = (file?.diagnostics ?? []).sorted(by: FindingView.precedes)
        let source = SourceText(values.text)
        let rules = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let views = diagnostics.enumerated().map { index, diagnostic in
            FindingView(diagnostic: diagnostic, number: index + 1, rule: rules[diagnostic.rule], source: source, shell: shell)
        }
        let failed = file?.status == .fail
        let verdict = HTMLReporter(options: ReportOptions(failOn: failOn)).verdict(report)

        var main: HTML = """
            <h1>\(s.resultTitle)</h1>
            <div class="verdict \(failed ? "verdict-fail" : "verdict-pass")" role="status">
            <p><strong>\(verdict)</strong></p>
            </div>
            <p class="meta">\(s.resultMeta(ruleSet: report.rulesetID, version: report.rulesetVersion, today: report.today)) \(Words.summaryLine(report.summary, language))</p>

            """
        if views.isEmpty {
            main += "<p>\(s.noFindings)</p>\n"
        } else {
            main += summary(views, strings: s)
            main += details(views, report: report, strings: s)
        }
        var markers: [Int: [(number: Int, kind: String)]] = [:]
        for view in views { markers[view.diagnostic.range.start.line, default: []].append((view.number, view.kind)) }
        main += """
            <section class="source" aria-labelledby="texte-titre">
            <h2 id="texte-titre">\(s.sourceHeading)</h2>
            <p class="hint">\(s.sourceHint)</p>
            \(SourceListing.render(source, markers: markers, strings: s))</section>
            \(CheckForm.render(values, heading: s.againHeading, shell: shell))
            \(downloadForm(values, language: language, strings: s))
            """
        return shell.render(title: s.resultTitle + " — " + verdict, main: main, withScript: true)
    }

    /// The error summary: one link per finding, in the order of severity.
    static func summary(_ views: [FindingView], strings s: Strings) -> HTML {
        var out: HTML = """
            <nav class="finding-summary" aria-labelledby="constats-titre">
            <h2 id="constats-titre">\(s.summaryHeading)</h2>
            <ol>

            """
        for view in views {
            let line = view.diagnostic.range.start.line
            out += "<li class=\"summary-\(view.kind)\"><a href=\"#\(view.anchor)\"><span class=\"summary-badge\">\(view.badge)</span> \(view.title)</a> — <a href=\"#ligne-\(line)\">\(s.line(line))</a></li>\n"
        }
        out += "</ol>\n</nav>\n"
        return out
    }

    /// The findings by theme of the règlement; the theme with the most serious finding first.
    static func details(_ views: [FindingView], report: RunReport, strings s: Strings) -> HTML {
        let byTheme = Dictionary(grouping: views) { Theme.category(of: $0.diagnostic.rule, in: report) }
        let themes = byTheme.keys.sorted { a, b in
            let first = byTheme[a]![0].number, second = byTheme[b]![0].number
            return first != second ? first < second : Theme.sortKey(a) < Theme.sortKey(b)
        }
        var out: HTML = "<section class=\"details\" aria-labelledby=\"details-titre\">\n<h2 id=\"details-titre\">\(s.detailsHeading)</h2>\n"
        for theme in themes {
            out += "<h3>\(Theme.heading(theme, s.language))</h3>\n"
            for view in byTheme[theme]! { out += view.render() }
        }
        out += "</section>\n"
        return out
    }

    /// The same HTML report as `conforme check --format html`, as a download, from the same
    /// text: the form carries it again, so nothing is kept on the server between the two.
    static func downloadForm(_ values: CheckFormValues, language: Language, strings s: Strings) -> HTML {
        """
        <section class="download" aria-labelledby="rapport-titre">
        <h2 id="rapport-titre">\(s.downloadHeading)</h2>
        <p class="hint" id="rapport-aide">\(s.downloadHint)</p>
        <form method="post" action="\(PageShell.href("/verifier/rapport", language: language))" enctype="multipart/form-data">
        <input type="hidden" name="manifeste" value="\(values.text)">
        <input type="hidden" name="date" value="\(values.date)">
        <input type="hidden" name="nature" value="\(values.isMarkdown ? "markdown" : "yaml")">
        <p><button type="submit" class="button button-secondary" aria-describedby="rapport-aide">\(s.download)</button></p>
        </form>
        </section>

        """
    }
}
