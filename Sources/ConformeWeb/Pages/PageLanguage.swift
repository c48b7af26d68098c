import ConformeKit

/// The language of a page or an API answer: `?lang=` first, then the browser's
/// `Accept-Language`, then French, the language of the programme.
public enum PageLanguage {
    public static func resolve(query: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(rawValue: query.lowercased()) { return language }
        return fromAcceptLanguage(acceptLanguage) ?? .fr
    }

    /// The first of `fr` or `en` by the header's quality values (`en-GB;q=0.8, fr;q=0.9` → fr).
    static func fromAcceptLanguage(_ header: String?) -> Language? {
        guard let header else { return nil }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingSpaces }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, quality > (best?.quality ?? -1) { best = (language, quality) }
        }
        return best?.language
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
