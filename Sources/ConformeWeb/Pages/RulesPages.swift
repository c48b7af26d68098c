import ConformeKit

/// `GET /regles` (every rule, by theme, for each promotion) and `GET /regles/{id}` (what
/// `conforme rules explain` says).
public enum RulesPages {
    /// Rule sets newest promotion first: the one a new proposal is checked against.
    public static func list(catalog: RuleSetCatalog, language: Language) -> HTML {
        let s = Strings(language)
        let shell = PageShell(language: language, path: "/regles")
        var main: HTML = "<h1>\(s.rulesTitle)</h1>\n<p class=\"lead\">\(s.rulesIntro)</p>\n"
        let promotions = Array(catalog.promotions.reversed())
        if promotions.count > 1 {
            main += "<ul class=\"inline-list\">\n"
            for promotion in promotions {
                main += "<li><a href=\"#promotion-\(promotion)\">\(s.promotionHeading(promotion))</a></li>\n"
            }
            main += "</ul>\n"
        }
        for promotion in promotions {
            let ruleSet = catalog.ruleSet(forPromotion: promotion)
            main += """
                <section class="promotion" aria-labelledby="promotion-\(promotion)">
                <h2 id="promotion-\(promotion)">\(s.promotionHeading(promotion))</h2>
                <p class="meta">\(s.ruleSetVersion(ruleSet.id, ruleSet.version))</p>

                """
            let groups = ruleSet.explanationsByCategory.sorted { Theme.sortKey($0.category) < Theme.sortKey($1.category) }
            for group in groups {
                main += "<h3>\(Theme.heading(group.category, language))</h3>\n<ul class=\"rule-list\">\n"
                for rule in group.rules {
                    let href = shell.link("/regles/" + rule.id, query: [("promotion", String(promotion))])
                    main += "<li><a href=\"\(href)\"><code>\(rule.id)</code></a> — \(rule.title.text(language)) <span class=\"badge badge-\(rule.severity.rawValue)\">\(Words.severityTitle(rule.severity, language))</span></li>\n"
                }
                main += "</ul>\n"
            }
            main += "</section>\n"
        }
        return shell.render(title: s.rulesTitle, main: main)
    }

    public static func rule(_ rule: RuleExplanation, promotion: Int, language: Language) -> HTML {
        let s = Strings(language)
        let shell = PageShell(language: language, path: "/regles/" + rule.id, query: [("promotion", String(promotion))])
        var main: HTML = """
            <p class="breadcrumb"><a href="\(shell.link("/regles"))">\(s.allRules)</a> › \(s.promotionHeading(promotion))</p>
            <h1>\(rule.title.text(language))</h1>
            <dl class="facts">
            <dt>\(s.pick("Identifiant", "Id"))</dt><dd><code>\(rule.id)</code></dd>
            <dt>\(s.severityLabel)</dt><dd><span class="badge badge-\(rule.severity.rawValue)">\(Words.severityTitle(rule.severity, language))</span></dd>
            <dt>\(s.waivableLabel)</dt><dd>\(rule.waivable ? s.yes : s.no)</dd>
            <dt>\(s.pick("Thème", "Theme"))</dt><dd>\(Theme.heading(rule.category, language))</dd>

            """
        if rule.isBuiltin {
            main += "</dl>\n<p>\(s.builtinNote)</p>\n"
        } else {
            main += "<dt>\(s.appliesLabel)</dt><dd>"
            main += rule.conditions.isEmpty ? HTML.text(s.always) : explanationList(rule.conditions, language: language)
            main += "</dd>\n</dl>\n<h2>\(s.checksLabel)</h2>\n\(explanationList(rule.checks, language: language))"
        }
        if let rationale = rule.rationale {
            main += "<h2>\(s.pick("Pourquoi", "Why"))</h2>\n<p>\(rationale.text(language))</p>\n"
        }
        if rule.source != nil || rule.url != nil {
            main += "<h2>\(s.sourceLabel)</h2>\n<p>"
            switch (rule.source, rule.url.flatMap(HTMLReporter.safeLink)) {
            case let (source?, url?): main += "<a href=\"\(url)\">\(source)</a>"
            case let (source?, nil): main += HTML.text(source)
            case let (nil, url?): main += "<a href=\"\(url)\">\(url)</a>"
            case (nil, nil): break
            }
            main += "</p>\n"
        }
        for (title, examples) in [(s.passingExamples, rule.examples.pass), (s.failingExamples, rule.examples.fail)] where !examples.isEmpty {
            main += "<h2>\(title)</h2>\n"
            for (index, example) in examples.enumerated() {
                main += "<pre class=\"example\" aria-label=\"\(title) — \(s.exampleLabel(index + 1))\"><code>\(example)</code></pre>\n"
            }
        }
        return shell.render(title: rule.title.text(language), main: main)
    }

    /// An explanation's nested lines as nested lists, code spans marked.
    static func explanationList(_ lines: [ExplanationLine], language: Language) -> HTML {
        guard !lines.isEmpty else { return "" }
        var out: HTML = "<ul class=\"explanation\">\n"
        for line in lines {
            out += "<li>"
            for span in line.phrase.text(language).spans {
                switch span {
                case .text(let text): out += HTML.text(text)
                case .code(let code): out += "<code>\(code)</code>"
                }
            }
            out += explanationList(line.children, language: language)
            out += "</li>\n"
        }
        out += "</ul>\n"
        return out
    }
}
