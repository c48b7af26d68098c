import Testing

@testable import ConformeKit

/// Web and e-mail addresses, ASCII or not, read on bytes.
@Suite struct AddressFormatTests {
    @Test(arguments: [
        ("https://beta.gouv.fr/startups/x.html", true, true), ("http://github.com/a/b", true, false),
        ("HTTPS://X.Y", true, true), ("HttP://x.y", true, false), ("https://x.y:8080/p?q#f", true, true),
        ("https://u@x.y/", true, true), ("https://a@b@c.d", true, true), ("https://x.y#a@b", true, true),
        ("https://-a.b", true, true),  // a hyphen may end or start a label of a host
        ("https://localhost", false, false), ("https://a..b", false, false), ("ftp://x.y", false, false),
        ("https:/x.y", false, false), ("https://x.y z", false, false), ("https://x_y.z", false, false),
        ("", false, false), ("://", false, false), ("https://.x", false, false), ("https://x.y.", false, false),
        ("https://x.y\t", false, false), ("httpx://x.y", false, false), ("htt://x.y", false, false),
        // Beyond ASCII: letters of any script, accents precomposed or not; no-break space is blank.
        ("https://café.fr", true, true), ("https://cafe\u{301}.fr", true, true), ("https://пример.рф", true, true),
        ("https://x.fr/é", true, true), ("https://x.fr/\u{A0}", false, false), ("https://x\u{2019}y.fr", false, false),
    ])
    func url(text: String, isURL: Bool, isHTTPS: Bool) {
        #expect(AddressFormat.isURL(text, httpsOnly: false) == isURL)
        #expect(AddressFormat.isURL(text, httpsOnly: true) == isHTTPS)
    }

    @Test(arguments: [
        ("camille.martin@developpement-durable.gouv.fr", true), ("a@b.cd", true), ("o'neil@x.fr", true),
        ("a+b%c@x.fr", true), ("a_b@x.fr", true), ("a@x.f-r", true),
        ("a@b.c", false), (".a@b.cd", false), ("a.@b.cd", false), ("a..b@c.de", false), ("a@@b.cd", false),
        ("a@-b.cd", false), ("a@b-.cd", false), ("a b@x.fr", false), ("@x.fr", false), ("a@", false),
        ("a@x", false), ("a@x..fr", false), ("a@x_y.fr", false), ("a@x.-fr", false), ("a@x.fr.", false),
        ("a@.x.fr", false),
        ("élodie@ministère.gouv.fr", true), ("e\u{301}lodie@x.fr", true), ("a@x.é", false),  // one letter
        ("a@x.e\u{301}", false), ("a\u{A0}b@x.fr", false), ("a@x.日本", true),
    ])
    func email(text: String, isEmail: Bool) {
        #expect(AddressFormat.isEmail(text) == isEmail)
    }
}
