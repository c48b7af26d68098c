import Testing
@testable import YAMLTree

/// What libyaml 0.2.5 accepts but YAML forbids: each refused with its own message, at the place.
@Suite struct StrictSyntaxTests {
    @Test func directivesBeforeTheDocumentAreValidYAML() {
        let doc = YAMLParser.parse("%YAML 1.2\n---\na: 1\n")
        #expect(doc.problems.isEmpty)
        #expect(doc.root?["a"] != nil)
        let tag = YAMLParser.parse("# en-tête\n%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n")
        #expect(tag.problems.isEmpty)
        #expect(tag.root?["a"] != nil)
    }

    @Test func aDirectiveThatChangesTheReadingIsAWarningOfItsOwn() {
        let doc = YAMLParser.parse("%YAML 1.1\n---\na: yes\n")
        let directive = doc.problems.first { $0.code == .directive }
        #expect(directive?.severity == .warning)
        #expect(directive.map { span($0.range) } == "1:1-1:6")
        #expect(directive?.message.fr == "Directive « %YAML 1.1 » : conforme lit le fichier en YAML 1.2, où par exemple yes et no sont des textes et non des booléens. Écrivez « %YAML 1.2 » ou supprimez la ligne.")
    }

    @Test func invalidDirectivesStayErrors() {
        // Repeated %YAML, extra words, a comment glued to the version, an unknown name.
        for (text, message) in [
            ("%YAML 1.2\n%YAML 1.2\n---\na: 1\n", "Syntaxe YAML : directive « %YAML » répétée : un document n'en a qu'une. Supprimez cette ligne."),
            ("%YAML 1.2 foo\n---\na: 1\n", "Syntaxe YAML : texte inattendu en fin de ligne : une directive s'écrit « %YAML 1.2 » ou « %TAG !nom! préfixe », suivie au plus d'un commentaire."),
            ("%YAML 1.1#...\n---\na: 1\n", "Syntaxe YAML : directive mal formée « %YAML 1.1#... » : écrivez « %YAML 1.2 » ou « %TAG !nom! préfixe », ou supprimez la ligne (une proposition n'en a pas besoin)."),
            ("%FOO bar\n---\na: 1\n", "Syntaxe YAML : directive inconnue : YAML ne connaît que « %YAML » et « %TAG », et une proposition n'en a pas besoin. Supprimez cette ligne."),
            ("%YAML 1.2\na: 1\n", "Syntaxe YAML : Ligne « --- » attendue : après des directives (« %YAML », « %TAG ») ou une fin de document (« ... »), le contenu commence par une ligne « --- »."),
        ] {
            let doc = YAMLParser.parse(text)
            #expect(doc.problems.contains { $0.code == .syntax && $0.severity == .error && $0.message.fr == message }, "\(text): \(doc.problems.map(\.message.fr))")
        }
        // After content: a second document, refused.
        #expect(YAMLParser.parse("a: 1\n%YAML 1.2\n---\nb: 2\n").problems.contains { $0.severity == .error })
    }

    @Test func anApostropheThatClosesASingleQuotedValueIsNamed() {
        let doc = YAMLParser.parse("administration:\n  nom: 'Direction générale de l'alimentation'\n  sigle: DGAL\n")
        #expect(codes(doc) == [.syntax])
        #expect(span(doc.problems[0].range) == "2:32-2:33")
        #expect(doc.problems[0].message.fr == "Syntaxe YAML : apostrophe dans une valeur entre apostrophes. Cette apostrophe ferme la valeur, et la suite de la ligne n'est plus lue. Doublez l'apostrophe ('Direction générale de l''alimentation'), ou mettez la valeur entre guillemets doubles, ou enlevez les apostrophes qui l'entourent.")
        let flow = YAMLParser.parse("a: [x, 'l'alimentation', y]\n")
        #expect(flow.problems.first?.message.fr.contains("('l''alimentation')") == true)
        let double = YAMLParser.parse("a: \"il dit \"oui\" ici\"\n")
        #expect(double.problems.first?.message.en == "YAML syntax: double quote inside a double-quoted value. This quote closes the value, and the rest of the line is not read. Write \\\" for a quote inside the value (\"il dit \\\"oui\\\" ici\"), or put the value in single quotes.")
    }

    @Test func aCommentGluedToItsHashAfterAPlainValueIsAWarning() {
        let doc = YAMLParser.parse("administration:\n  lieu_de_travail: Bâtiment B #3, Paris 15e\n  nom: DGAL  # un commentaire\n")
        #expect(codes(doc) == [.cutValue])
        #expect(doc.problems[0].severity == .warning)
        #expect(span(doc.problems[0].range) == "2:31-2:44")
        #expect(doc.problems[0].message.fr == "La valeur lue s'arrête à « Bâtiment B » : en YAML, « # » après une espace commence un commentaire, et « #3, Paris 15e » n'est pas lu. Si « # » fait partie de la valeur, mettez toute la valeur entre guillemets : \"Bâtiment B #3, Paris 15e\".")
        // The value is still read as YAML reads it.
        #expect(doc.root?["administration"]?["lieu_de_travail"]?.scalar?.text == "Bâtiment B")
        // A comment with a space after its `#`, or a key, is no doubt.
        #expect(YAMLParser.parse("a: b # c\nd: e ## f\n").problems.isEmpty)
    }

    @Test func aPercentSignInAValueIsNoDirective() {
        #expect(YAMLParser.parse("---\na: \"x\n  %y\"\nb: 50%\n").problems.isEmpty)
    }

    @Test func commentsGluedToAValueOrABracket() {
        for (text, at) in [("key: \"value\"# invalid\n", "1:13-1:14"), ("a: [ b, c, ]#x\n", "1:13-1:14"),
                           ("a: [ b, c,#x\n  ]\n", "1:11-1:12"), ("block: ># comment\n  scalar\n", "1:9-1:10"),
                           ("a: {b: 'c'}#x\n", "1:12-1:13")] {
            let doc = YAMLParser.parse(text)
            #expect(codes(doc) == [.syntax], "\(text)")
            #expect(doc.problems.first.map { span($0.range) } == at, "\(text)")
            #expect(doc.problems.first?.message.fr.contains("doit être précédé d'une espace") == true)
        }
        // With a blank, these are comments; in a plain value, '#' is text.
        #expect(YAMLParser.parse("a: \"v\" # ok\nb: [x, z] # ok\nc: >- # ok\n  t\nd: C#\n").problems.isEmpty)
    }

    @Test func continuationLinesMustBeIndentedMoreThanTheirKey() {
        let flow = YAMLParser.parse("flow: [a,\nb,\nc]\n")
        #expect(codes(flow) == [.syntax])
        #expect(span(flow.problems[0].range) == "2:1-2:2")
        #expect(flow.problems[0].message.fr.contains("ligne pas assez indentée"))
        let quoted = YAMLParser.parse("a:\n  quoted: \"a\n  b\"\n")
        #expect(span(quoted.problems[0].range) == "3:3-3:4")
        #expect(quoted.problems[0].message.fr.contains("au moins 3 espaces"))
        let tab = YAMLParser.parse("foo: \"bar\n\tbaz\"\n")
        #expect(tab.problems[0].message.fr.contains("tabulation en début de ligne"))
        // Indented enough, or only closing the brackets, or a comment line: accepted.
        #expect(YAMLParser.parse("a: [b,\n  c,\n# note\n]\nq: \"x\n \ty\"\n").problems.isEmpty)
        // At the top level there is no key to indent from.
        #expect(YAMLParser.parse("[a,\nb]\n", requireMapping: false).problems.isEmpty)
    }

    @Test func aLoneDashInBrackets() {
        let doc = YAMLParser.parse("a: [-, b]\n")
        #expect(codes(doc) == [.syntax])
        #expect(span(doc.problems[0].range) == "1:5-1:6")
        #expect(YAMLParser.parse("a: [-1, -b, \"-\"]\n").problems.isEmpty)
    }

    @Test func crlfLinesKeepTheirColumns() {
        let doc = YAMLParser.parse("a: 1\r\nb: [x,\r\nz]\r\n")
        #expect(codes(doc) == [.syntax])
        #expect(span(doc.problems[0].range) == "3:1-3:2")
    }
}
