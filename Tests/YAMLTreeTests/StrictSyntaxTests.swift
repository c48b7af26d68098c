import Testing
@testable import YAMLTree

/// What libyaml 0.2.5 accepts but YAML forbids: each refused with its own message, at the place.
@Suite struct StrictSyntaxTests {
    @Test func directivesAreRefusedAtTheirLine() {
        let doc = YAMLParser.parse("%YAML 1.2\n---\na: 1\n")
        #expect(codes(doc) == [.syntax])
        #expect(span(doc.problems[0].range) == "1:1-1:6")
        #expect(doc.problems[0].message.fr.contains("directive « %YAML » : inutile dans une proposition, supprimez cette ligne"))
        let tag = YAMLParser.parse("# en-tête\n%TAG !e! tag:example.com,2000:\n---\na: 1\n")
        #expect(span(tag.problems[0].range) == "2:1-2:5")
        #expect(tag.problems[0].message.en.contains("'%TAG'"))
        // The tree is still built: the directive is the only problem.
        #expect(tag.root?["a"] != nil)
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
