import Testing
@testable import YAMLTree

@Suite struct ProblemTests {
    @Test func syntaxErrorIsLocatedAndFrench() {
        let doc = YAMLParser.parse("projet:\n  nom: Déclic\n  phase: construction: oui\n")
        #expect(codes(doc) == [.syntax])
        let problem = doc.problems[0]
        #expect(problem.range.start.line == 3)
        #expect(problem.range.start.column == 22)
        #expect(problem.message.fr.hasPrefix("Syntaxe YAML : « : » inattendu"))
        #expect(problem.message.en.hasPrefix("YAML syntax: Unexpected ':'"))
        // What was read before the error is kept.
        #expect(node(doc, "projet.nom")?.scalar?.text == "Déclic")
    }

    @Test func unclosedQuoteNamesWhereItOpened() {
        let doc = YAMLParser.parse("a: 1\nb: \"ouvert\nc: 2\n")
        #expect(codes(doc) == [.syntax])
        #expect(doc.problems[0].notes.first?.range.start.line == 2)
        #expect(doc.problems[0].notes.first?.message.fr == "dans le texte entre guillemets ouvert ici")
    }

    @Test func tabsInIndentationHaveTheirOwnMessage() {
        let doc = YAMLParser.parse("projet:\n\tnom: x\n")
        #expect(codes(doc) == [.syntax])
        #expect(doc.problems[0].message.fr.contains("Tabulation dans l'indentation"))
        #expect(doc.problems[0].range.start.line == 2)
    }

    @Test func duplicateKeyIsReportedAtTheSecondWithANoteAtTheFirst() {
        let doc = YAMLParser.parse("projet:\n  nom: A\n  phase: x\n  nom: B\n")
        #expect(codes(doc) == [.duplicateKey])
        let problem = doc.problems[0]
        #expect(span(problem.range) == "4:3-4:6")
        #expect(problem.notes.count == 1)
        #expect(span(problem.notes[0].range) == "2:3-2:6")
        #expect(problem.message.fr.contains("« nom »"))
        #expect(node(doc, "projet.nom")?.scalar?.text == "A")
    }

    /// Large mappings switch from scanning to an index: both find duplicates.
    @Test(arguments: [5, 32, 33, 200])
    func duplicateKeyInMappingsOfEverySize(size: Int) {
        var text = ""
        for i in 0..<size { text += "cle\(i): \(i)\n" }
        text += "cle\(size / 2): encore\n"
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.duplicateKey])
        #expect(doc.problems.first?.range.start.line == size + 1)
        #expect(doc.problems.first?.notes.first?.range.start.line == size / 2 + 1)
        #expect(doc.root?.pairs?.count == size)
    }

    @Test func unknownAnchor() {
        let doc = YAMLParser.parse("a: *absente\n")
        #expect(codes(doc) == [.unknownAnchor])
        #expect(span(doc.problems[0].range) == "1:4-1:12")
    }

    @Test func severalDocuments() {
        let doc = YAMLParser.parse("a: 1\n---\nb: 2\n")
        #expect(codes(doc) == [.multipleDocuments])
        #expect(doc.problems[0].range.start.line == 2)
        #expect(doc.root?["a"] != nil)
    }

    @Test func topLevelThatIsNotAMapping() {
        let doc = YAMLParser.parse("- a\n- b\n")
        #expect(codes(doc) == [.rootNotMapping])
        #expect(doc.problems[0].message.fr.contains("une liste"))
        #expect(YAMLParser.parse("- a\n", requireMapping: false).problems.isEmpty)
    }

    @Test(arguments: ["", "\n\n", "# seulement un commentaire\n"])
    func emptyInput(text: String) {
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.empty])
        #expect(doc.root == nil)
    }

    @Test func markdownWithoutFrontMatter() {
        #expect(codes(YAMLParser.parse("# Titre\n", kind: .markdownFrontMatter)) == [.empty])
        let unterminated = YAMLParser.parse("---\na: 1\n", kind: .markdownFrontMatter)
        #expect(codes(unterminated) == [.syntax])
        #expect(unterminated.problems[0].notes.first?.range.start.line == 1)
    }
}
