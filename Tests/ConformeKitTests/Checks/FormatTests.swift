import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct FormatTests {
    @Test(arguments: [
        ("url", "https://beta.gouv.fr/startups/x.html", true), ("url", "http://exemple.fr", true),
        ("url", "ftp://exemple.fr", false), ("url", "exemple.fr", false), ("url", "https://exemple .fr", false),
        ("https-url", "https://github.com/MTES-MCT/declic", true), ("https-url", "http://github.com/x", false),
        ("https-url", "https://localhost/x", false),
        ("email", "camille.martin@developpement-durable.gouv.fr", true), ("email", "camille@", false),
        ("email", "camille.martin.gouv.fr", false), ("email", "a@b@c.fr", false), ("email", "a@exemple.f", false),
        ("date", "2024-02-29", true), ("date", "2024-02-30", false), ("date", "24-02-01", false),
        ("spdx", "EUPL-1.2", true), ("spdx", "MIT OR Apache-2.0", true), ("spdx", "(MIT AND BSD-3-Clause)", true),
        ("spdx", "GPL-2.0-or-later WITH Classpath-exception-2.0", true), ("spdx", "MIT OR", false),
        ("spdx", "EUPL 1.2", false),
        ("phone-fr", "+33 1 40 81 00 00", true), ("phone-fr", "01 40 81 00 00", true), ("phone-fr", "01.40.81.00.00", true),
        ("phone-fr", "0033140810000", true), ("phone-fr", "01 40 81 00", false), ("phone-fr", "00 40 81 00 00", false),
        ("siret", "13002526500013", true), ("siret", "130 025 265 00013", true), ("siret", "13002526500014", false),
        ("siret", "1300252650001", false), ("siret", "35600000000048", true), ("siret", "35600000000001", true), ("siret", "35600000000002", false),
    ])
    func format(_ kind: String, _ text: String, _ valid: Bool) throws {
        let found = try Fixture.findings(then: "{format: \(kind)}", given: "v", "v: \"\(text)\"\n")
        #expect(found.isEmpty == valid, "\(kind) \(text)")
    }

    @Test func formatReadsTheTextOfNumbersAndHoldsWhenAbsent() throws {
        #expect(try Fixture.findings(then: "{format: siret}", given: "v", "v: 13002526500013\n").isEmpty)
        #expect(try Fixture.findings(then: "{format: email}", given: "v", "w: 1\n").isEmpty)
    }
}
