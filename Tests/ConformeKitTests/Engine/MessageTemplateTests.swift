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
}
