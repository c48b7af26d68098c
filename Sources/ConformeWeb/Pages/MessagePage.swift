import ConformeKit

/// A page that only says something: not found, busy, or another error of the page routes.
public enum MessagePage {
    public static func render(title: String, text: String, language: Language, path: String) -> HTML {
        let s = Strings(language)
        let shell = PageShell(language: language, path: path)
        let main: HTML = """
            <h1>\(title)</h1>
            <p>\(text)</p>
            <p><a href="\(shell.link("/"))">\(s.home)</a></p>

            """
        return shell.render(title: title, main: main)
    }
}
