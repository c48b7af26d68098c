import Testing

@testable import ConformeKit

/// The byte shortcut and the Character rule must never disagree on ASCII text.
@Suite struct ASCIIFormatTests {
    static let urls = [
        "https://beta.gouv.fr/startups/x.html", "http://github.com/a/b", "https://localhost",
        "https://a..b", "https://-a.b", "ftp://x.y", "https://x.y:8080/p?q#f", "https://u@x.y/",
        "HTTPS://X.Y", "https:/x.y", "https://x.y z", "https://x_y.z", "", "://", "https://.x",
        "https://x.y.", "https://x.y\t", "https://a@b@c.d", "http://x.y", "HttP://x.y", "httpx://x.y",
        "https://x.y-", "https://a@b.c:80/", "https://x.y#a@b", "htt://x.y",
    ]
    static let emails = [
        "camille.martin@developpement-durable.gouv.fr", "a@b.c", "a@b.cd", ".a@b.cd", "a.@b.cd",
        "a..b@c.de", "a@@b.cd", "a@-b.cd", "a@b-.cd", "o'neil@x.fr", "a+b%c@x.fr", "a b@x.fr",
        "@x.fr", "a@", "a@x", "a@x..fr", "a_b@x.fr", "a@x_y.fr", "a@x.f-r", "a@x.-fr", "a@x.fr.", "a@.x.fr",
    ]

    @Test func urlsAgree() {
        for url in Self.urls {
            for https in [false, true] {
                #expect(ASCIIFormat.isURL(url, httpsOnly: https) == FormatRules.isURLUnicode(url, httpsOnly: https), "\(url) https:\(https)")
            }
        }
        #expect(ASCIIFormat.isURL("https://é.fr", httpsOnly: true) == nil)
    }

    @Test func emailsAgree() {
        for email in Self.emails {
            #expect(ASCIIFormat.isEmail(email) == FormatRules.isEmailUnicode(email), "\(email)")
        }
        #expect(ASCIIFormat.isEmail("é@x.fr") == nil)
    }
}
