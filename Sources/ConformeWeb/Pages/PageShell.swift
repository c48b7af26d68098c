import ConformeKit

/// The frame of every page: head, skip link, header with the language switch, main, footer.
/// A page gives its title, its path (for the switch) and its main content; nothing else.
public struct PageShell: Sendable {
    public var language: Language
    /// The page's path without query, so the switch keeps the user on the same page.
    public var path: String
    /// Extra query items to keep when switching language (never the submitted text).
    public var query: [(String, String)] = []

    public init(language: Language, path: String, query: [(String, String)] = []) {
        self.language = language
        self.path = path
        self.query = query
    }

    /// A link to `path` in `language`: French is the default and needs no parameter.
    public static func href(_ path: String, language: Language, query: [(String, String)] = []) -> String {
        var items = query
        if language != .fr { items.append(("lang", language.rawValue)) }
        guard !items.isEmpty else { return path }
        return path + "?" + items.map { "\($0.0)=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    /// `href` in this page's language.
    public func link(_ path: String, query: [(String, String)] = []) -> String {
        Self.href(path, language: language, query: query)
    }

    public func render(title: String, main: HTML, withScript: Bool = false) -> HTML {
        let s = Strings(language)
        let other = s.other
        let switchHref = Self.href(path, language: other, query: query)
        let script: HTML = withScript ? "<script src=\"/static/conforme.js\" defer></script>\n" : ""
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — conforme</title>
            <link rel="stylesheet" href="/static/conforme.css">
            <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
            \(script)</head>
            <body>
            <a class="skip-link" href="#contenu">\(s.skipLink)</a>
            <header class="site-header">
            <div class="header-inner">
            <p class="brand"><a href="\(link("/"))"><span class="brand-name">conforme</span> <span class="brand-tagline">\(s.pick("Programme EIG · DINUM", "EIG programme · DINUM"))</span></a></p>
            <nav aria-label="\(s.mainNavigation)">
            <ul class="nav">
            <li><a href="\(link("/"))">\(s.navCheck)</a></li>
            <li><a href="\(link("/regles"))">\(s.navRules)</a></li>
            <li><a href="\(link("/modele", query: [("type", "lancement")]))">\(s.navTemplate)</a></li>
            <li><a class="language-switch" href="\(switchHref)" hreflang="\(other.rawValue)" lang="\(other.rawValue)" aria-label="\(s.switchLanguageLabel)">\(s.switchLanguage)</a></li>
            </ul>
            </nav>
            </div>
            </header>
            <main id="contenu" tabindex="-1">
            \(main)</main>
            <footer class="site-footer">
            <div class="footer-inner">
            <p><strong>\(s.footerPrivacy)</strong></p>
            <p>\(s.footerScope)</p>
            <p><a href="/api/v1/openapi.yaml">\(s.footerAPI)</a> · conforme \(ConformeVersion.current)</p>
            </div>
            </footer>
            </body>
            </html>

            """
    }

    /// Query values in links: letters, digits and `-._~` as they are, the rest percent-encoded.
    static func percentEncoded(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
