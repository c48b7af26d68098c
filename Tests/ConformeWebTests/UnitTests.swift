import ConformeKit
import Hummingbird
import Testing

@testable import ConformeWeb

/// The small pieces every page relies on: escaping, language choice, form reading.
@Suite struct UnitTests {
    @Test func escapingCoversMarkupAttributesAndControlCharacters() {
        #expect(HTML.text("<a href=\"x\" title='y'>&</a>").markup == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML.text("\u{1B}[31m").markup == "\u{241B}[31m", "an escape sequence is shown, not passed on")
        #expect(HTML.text("a\tb\nc").markup == "a\tb\nc")
        let name = "<b>"
        let built: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(built.markup == "<p title=\"&lt;b&gt;\">&lt;b&gt;</p>")
    }

    @Test func languageComesFromTheQueryThenTheBrowserThenFrench() {
        #expect(PageLanguage.resolve(query: "en", acceptLanguage: "fr") == .en)
        #expect(PageLanguage.resolve(query: "xx", acceptLanguage: "en-US") == .en)
        #expect(PageLanguage.resolve(query: nil, acceptLanguage: "de-DE, en;q=0.4, fr;q=0.6") == .fr)
        #expect(PageLanguage.resolve(query: nil, acceptLanguage: "en;q=0, fr;q=0.1") == .fr)
        #expect(PageLanguage.resolve(query: nil, acceptLanguage: "de") == .fr)
        #expect(PageLanguage.resolve(query: nil, acceptLanguage: nil) == .fr)
    }

    @Test func multipartFieldsAndFilesAreRead() throws {
        let body = Array((
            "--B\r\nContent-Disposition: form-data; name=\"manifeste\"\r\n\r\nligne 1\r\nligne 2\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a \\\"b\\\".md\"\r\nContent-Type: text/markdown\r\n\r\n---\r\na: 1\r\n---\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"vide\"; filename=\"\"\r\n\r\n\r\n"
            + "--B--\r\n").utf8)
        let form = try #require(FormData.parse(body, contentType: "multipart/form-data; boundary=B"))
        #expect(form.text("manifeste") == "ligne 1\r\nligne 2")
        let file = try #require(form.file("fichier"))
        #expect(String(decoding: file.value, as: UTF8.self) == "---\r\na: 1\r\n---")
        #expect(form.file("vide") == nil, "an empty file input is no file")
        #expect(FormData.parse(body, contentType: "multipart/form-data") == nil, "no boundary")
        #expect(FormData.parse(Array("--B\r\nbroken".utf8), contentType: "multipart/form-data; boundary=B") == nil)
        #expect(FormData.parse(body, contentType: "application/json") == nil)
    }

    @Test func urlEncodedFieldsAreDecoded() {
        let form = FormData.urlEncoded(Array("manifeste=a%3A+%C3%A9t%C3%A9%0A&date=&x".utf8))
        #expect(form.text("manifeste") == "a: été\n")
        #expect(form.text("date") == "")
        #expect(form.text("x") == "")
        #expect(FormData.percentDecoded(Array("%zz%4".utf8)[...]) == Array("%zz%4".utf8))
    }

    @Test func textareaLineBreaksBecomeTheUsersOwn() {
        #expect(PageRoutes<BasicRequestContext>.unixLineBreaks(Array("a\r\nb\rc\r\n".utf8)) == Array("a\nb\rc\n".utf8))
    }
}
