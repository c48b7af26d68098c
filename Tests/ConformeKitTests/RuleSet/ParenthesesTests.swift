import Testing

@testable import ConformeKit

@Suite struct ParenthesesTests {
    @Test func nestedParenthesesBecomeCommas() {
        #expect(Parentheses.oneLevel("attendu (une adresse (nom@domaine.fr)) ici")
            == "attendu (une adresse, nom@domaine.fr) ici")
        #expect(Parentheses.oneLevel("(aujourd'hui (2024-06-01) ou avant)") == "(aujourd'hui, 2024-06-01, ou avant)")
    }

    @Test func oneLevelAndQuotedValuesAreLeftAsWritten() {
        for text in ["sans parenthèse", "(un) et (deux)", "« a (b (c)) » (d)", "é (à) ç", ""] {
            #expect(Parentheses.oneLevel(text) == text, "\(text)")
        }
    }

    /// The byte scan must see what the Character scan sees: a combining mark after « makes
    /// another Character, so the parentheses after it are not quoted.
    @Test func textBeyondLatinIsReadByCharacters() {
        #expect(Parentheses.oneLevel("«\u{301} (a (b)) »") == "«\u{301} (a, b) »")
        #expect(Parentheses.oneLevel("« (a (b)) » 😀") == "« (a (b)) » 😀")
        #expect(Parentheses.oneLevel("(\u{301}(a) (b))") == "(\u{301}(a) (b))")
    }
}
