import ConformeKit
import YAMLTree

/// One finding of the result page: badge and title, where (a link to the line in the listed
/// text), what is wrong, the excerpt, how to fix it, why, and the article.
struct FindingView {
    var diagnostic: Diagnostic
    /// Its place in the error summary, 1-based: the anchor `constat-N`.
    var number: Int
    var rule: RuleDescriptor?
    var source: SourceText
    var shell: PageShell

    var anchor: String { "constat-\(number)" }

    var kind: String { diagnostic.isWaived ? "waived" : diagnostic.severity.rawValue }

    var badge: String {
        let s = Strings(shell.language)
        let word = Words.severityTitle(diagnostic.severity, shell.language)
        return diagnostic.isWaived ? word + " — " + s.waived : word
    }

    var title: String { rule?.title.text(shell.language) ?? diagnostic.rule }

    func render() -> HTML {
        let s = Strings(shell.language)
        let language = shell.language
        let position = diagnostic.range.start
        var out: HTML = """
            <article class="finding finding-\(kind)" id="\(anchor)" aria-labelledby="\(anchor)-titre">
            <h4 id="\(anchor)-titre"><span class="badge badge-\(kind)">\(badge)</span> \(title)</h4>
            <p class="where"><a href="#ligne-\(position.line)">\(s.lineColumn(position.line, position.column))</a>
            """
        if let path = diagnostic.path { out += " · <code>\(path)</code>" }
        out += "</p>\n<p class=\"message\">\(diagnostic.message.text(language))</p>\n"
        if let excerpt = SourceExcerpt(range: diagnostic.range, source: source) {
            out += "<pre class=\"excerpt\" aria-label=\"\(s.excerptLabel(excerpt.lineNumber))\"><span class=\"line-number\">\(excerpt.lineNumber)</span> \(excerpt.before)<mark>\(excerpt.highlighted)</mark>\(excerpt.after)</pre>\n"
        }
        if let suggestion = diagnostic.suggestion {
            out += "<p class=\"fix\"><strong>\(s.suggested)</strong> \(Words.suggestion(suggestion, language))</p>\n"
        }
        if let rationale = rule?.rationale?.text(language) {
            out += "<p><strong>\(s.why)</strong> \(rationale)</p>\n"
        }
        if let waiver = diagnostic.waiver {
            out += "<p class=\"waiver\"><strong>\(s.waiverRequested)</strong> (\(s.line(waiver.range.start.line))) \(waiver.justification)</p>\n"
        }
        for note in diagnostic.notes {
            out += "<p class=\"note\"><strong>Note</strong> (<a href=\"#ligne-\(note.range.start.line)\">\(s.line(note.range.start.line))</a>) \(note.message.text(language))</p>\n"
        }
        var reference: [HTML] = []
        switch (rule?.source, rule?.url.flatMap(HTMLReporter.safeLink)) {
        case let (source?, url?): reference.append("<a href=\"\(url)\">\(source)</a>")
        case let (source?, nil): reference.append(HTML.text(source))
        case let (nil, url?): reference.append("<a href=\"\(url)\">\(url)</a>")
        case (nil, nil): break
        }
        reference.append("\(s.ruleLink) <a href=\"\(shell.link("/regles/" + diagnostic.rule))\"><code>\(diagnostic.rule)</code></a>")
        out += "<p class=\"reference\"><strong>\(s.reference)</strong> \(HTML.joined(reference, separator: " · "))</p>\n</article>\n"
        return out
    }

    /// Errors first, then warnings, then infos; waived findings last; then by place.
    static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.isWaived != b.isWaived { return !a.isWaived }
        if a.severity != b.severity { return a.severity > b.severity }
        return a.range.start < b.range.start
    }
}
