import ConformeKit

/// `GET /`: what conforme checks and for whom, then the form.
public enum HomePage {
    public static func render(language: Language, values: CheckFormValues = CheckFormValues(), problems: [FormProblem] = []) -> HTML {
        let s = Strings(language)
        let shell = PageShell(language: language, path: "/")
        let main: HTML = """
            <h1>\(s.homeTitle)</h1>
            \(CheckForm.problemSummary(problems, language: language))<div class="intro">
            <p class="lead">\(s.homeIntro)</p>
            <p>\(s.homeHow)</p>
            <p>\(s.homeNoFile) <a href="\(shell.link("/modele", query: [("type", "lancement")]))">\(s.templateLancement)</a> · <a href="\(shell.link("/modele", query: [("type", "internalisation")]))">\(s.templateInternalisation)</a>. <a href="\(shell.link("/regles"))">\(s.homeRulesLink)</a>.</p>
            </div>
            \(CheckForm.render(values, problems: problems, heading: s.formHeading, shell: shell))
            """
        return shell.render(title: problems.isEmpty ? s.homeTitle : s.pick("Erreur : ", "Error: ") + s.homeTitle, main: main, withScript: true)
    }
}
