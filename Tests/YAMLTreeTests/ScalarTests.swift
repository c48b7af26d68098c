import Testing
@testable import YAMLTree

@Suite struct ScalarTests {
    private func value(_ yaml: String) -> ScalarValue? {
        YAMLParser.parse("v: " + yaml + "\n").root?["v"]?.scalar?.value
    }

    @Test(arguments: [
        ("~", ScalarValue.null), ("null", .null), ("Null", .null), ("", .null),
        ("true", .bool(true)), ("False", .bool(false)), ("TRUE", .bool(true)),
        ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("0.38", .float(0.38)), ("1e3", .float(1000)), (".5", .float(0.5)), ("-.inf", .float(-.infinity)),
        ("1.", .float(1)),
        ("2024-06-01", .string("2024-06-01")), ("EUPL-1.2", .string("EUPL-1.2")),
        ("0o8", .string("0o8")), ("1_000", .string("1_000")), ("12:30", .string("12:30")),
        ("'42'", .string("42")), ("\"true\"", .string("true")), ("!!str 7", .string("7")),
        ("!!int \"7\"", .int(7)), ("!!float 1", .float(1)),
        ("NULL", .null), ("nul", .string("nul")), ("nulls", .string("nulls")), ("falsy", .string("falsy")),
        ("+.Inf", .float(.infinity)), (".INF", .float(.infinity)), ("99999999999999999999", .float(1e20)),
        ("0x", .string("0x")), ("-0", .int(0)), ("1e", .string("1e")), ("!!bool True", .bool(true)),
    ])
    func coreSchema(yaml: String, expected: ScalarValue) {
        #expect(value(yaml) == expected)
    }

    @Test func nanIsAFloat() {
        guard case .float(let d) = value(".nan") else {
            Issue.record("not a float")
            return
        }
        #expect(d.isNaN)
    }

    @Test(arguments: ["yes", "No", "ON", "off", "y", "N"])
    func ambiguousBooleansStayStringsAndAreRecorded(word: String) {
        let doc = YAMLParser.parse("acces_locaux: \(word)\n")
        #expect(doc.root?["acces_locaux"]?.scalar?.value == .string(word))
        #expect(doc.problems.count == 1)
        let problem = doc.problems[0]
        #expect(problem.code == .ambiguousBoolean)
        #expect(problem.severity == .warning)
        #expect(span(problem.range) == "1:15-1:\(15 + word.count)")
        #expect(problem.message.fr.contains("« \(word) »"))
    }

    @Test func onlyTheWholeWordIsAmbiguous() {
        for word in ["noo", "yess", "o", "nö", "ye", "of", "", "Y", "oFf"] {
            #expect(ScalarResolver.isAmbiguousBoolean(word) == ["Y", "oFf"].contains(word), "\(word)")
        }
    }

    @Test func keyHashIsTheSameForEveryKindOfString() {
        let long = "une clé assez longue pour ne pas tenir en ligne"
        #expect(Node.hash(long) == Node.hash(String(long.utf8.dropFirst(0))!))
        #expect(Node.hash("nom") == (3 << 24 | Int(UInt8(ascii: "n")) << 16 | Int(UInt8(ascii: "o")) << 8
            | Int(UInt8(ascii: "m")) | 1 << 62))
        #expect(Node.hash("") == 1)
    }

    @Test func quotedWordsAreNotAmbiguous() {
        #expect(YAMLParser.parse("a: 'yes'\nb: non\n").problems.isEmpty)
    }
}
