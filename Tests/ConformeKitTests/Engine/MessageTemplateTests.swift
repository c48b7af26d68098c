import Testing

@testable import ConformeKit

/// Unknown `{names}` of a message are found whether the byte scan settles it or the Character
/// scan has to.
@Suite struct MessageTemplateTests {
    @Test(arguments: [
        ("« {value} » à {path} ({detail})", [String]()),
        ("{valeur} manque", ["valeur"]),
        ("{value} puis {chemin}", ["chemin"]),
        ("é{valeur}é", ["valeur"]),  // non-ASCII around the braces: the Character scan answers
        ("un { seul", []),
        ("{x y} et {}", []),  // not placeholder-shaped: left as written
    ])
    func unknownPlaceholders(template: String, expected: [String]) {
        #expect(MessageTemplate.unknownPlaceholders(in: template) == expected)
    }

    static let values = ["value": "Déclic", "path": "projet.nom", "detail": "trop court", "rule": "r"]

    /// Known placeholders are filled wherever they stand; anything else is left as written.
    @Test(arguments: [
        ("« {value} » à {path} ({detail})", "« Déclic » à projet.nom (trop court)"),
        ("{value}", "Déclic"),
        ("{rule}{rule} fin", "rr fin"),
        ("é{value}é", "éDéclicé"),  // non-ASCII touching a brace
        ("un { seul et {value}", "un { seul et Déclic"),  // a lone brace
        ("{{value}}", "{Déclic}"),
        ("{inconnu} et {value}", "{inconnu} et Déclic"),  // an unknown name is left as written
        ("{suggestion}", "{suggestion}"),  // known, but no value given: left as written
        ("sans accolade", "sans accolade"),
    ])
    func fill(template: String, expected: String) {
        #expect(MessageTemplate.fill(template, Self.values) == expected)
    }
}
