import ConformeKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ConformeWeb

/// Every route: its status, media type and headers, and what the page must say.
@Suite struct RouteTests {
    @Test func everyRouteAnswersWithItsTypeAndTheSecurityHeaders() async throws {
        let oldest = try #require(RuleSetCatalog.embedded.promotions.first)
        let oldestRule = try #require(RuleSetCatalog.embedded.ruleSet(forPromotion: oldest).rules.first?.id)
        let routes: [(String, HTTPResponse.Status, String)] = [
            ("/", .ok, "text/html"),
            ("/?lang=en", .ok, "text/html"),
            ("/regles", .ok, "text/html"),
            ("/regles/transparence.licence", .ok, "text/html"),
            ("/regles/\(oldestRule)?promotion=\(oldest)&lang=en", .ok, "text/html"),
            ("/regles/transparence.licence?promotion=99", .notFound, "text/html"),
            ("/regles/yaml.syntaxe", .ok, "text/html"),
            ("/regles/inconnue", .notFound, "text/html"),
            ("/modele?type=lancement", .ok, "application/yaml"),
            ("/modele?type=internalisation", .ok, "application/yaml"),
            ("/modele?type=autre", .notFound, "text/html"),
            ("/static/conforme.css", .ok, "text/css"),
            ("/static/conforme.js", .ok, "text/javascript"),
            ("/static/icon.svg", .ok, "image/svg+xml"),
            ("/healthz", .ok, "application/json"),
            ("/metrics", .ok, "text/plain"),
            ("/api/v1/openapi.yaml", .ok, "application/yaml"),
            ("/api/v1/rules", .ok, "application/json"),
            ("/api/v1/rules?promotion=6&lang=en", .ok, "application/json"),
            ("/api/v1/rules?promotion=99", .badRequest, "application/problem+json"),
            ("/api/v1/rules/transparence.licence", .ok, "application/json"),
            ("/api/v1/rules/inconnue", .notFound, "application/problem+json"),
            ("/api/v1/schema/7", .ok, "application/schema+json"),
            ("/api/v1/schema/6", .ok, "application/schema+json"),
            ("/api/v1/schema/99", .notFound, "application/problem+json"),
            ("/api/v1/nothing", .notFound, "application/problem+json"),
            ("/nulle-part", .notFound, "text/html"),
        ]
        try await Web.test { _, client in
            for (uri, status, type) in routes {
                let answer = try await Web.send(client, .get, uri)
                #expect(answer.status == status, "\(uri)")
                #expect(answer.headers[.contentType]?.hasPrefix(type) == true, "\(uri): \(answer.headers[.contentType] ?? "none")")
                Web.expectSecurityHeaders(answer, uri)
                #expect(!answer.bytes.isEmpty, "\(uri) has a body")
            }
        }
    }

    @Test func pagesAreFrenchByDefaultAndEnglishOnRequest() async throws {
        try await Web.test { _, client in
            let french = try await Web.send(client, .get, "/")
            #expect(french.text.contains("<html lang=\"fr\">"))
            #expect(french.text.contains("Vérifier une proposition"))
            #expect(french.text.contains("href=\"/?lang=en\""), "the switch to English")
            let english = try await Web.send(client, .get, "/?lang=en")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("Check an EIG mission proposal"))
            #expect(english.text.contains("href=\"/\" hreflang=\"fr\""), "the switch back to French")
            var headers = HTTPFields()
            headers[.acceptLanguage] = "en-GB,en;q=0.9,fr;q=0.5"
            let negotiated = try await Web.send(client, .get, "/regles", headers: headers)
            #expect(negotiated.text.contains("<html lang=\"en\">"))
            headers[.acceptLanguage] = "de, fr;q=0.8, en;q=0.7"
            #expect(try await Web.send(client, .get, "/regles", headers: headers).text.contains("<html lang=\"fr\">"))
        }
    }

    @Test func everyPageHasOneH1ASkipLinkTheFooterAndNoInlineScriptOrStyle() async throws {
        try await Web.test { _, client in
            for uri in ["/", "/?lang=en", "/regles", "/regles/transparence.licence", "/nulle-part"] {
                let page = try await Web.send(client, .get, uri).text
                #expect(page.components(separatedBy: "<h1").count == 2, "\(uri): one h1")
                #expect(page.contains("<a class=\"skip-link\" href=\"#contenu\">"), "\(uri)")
                #expect(page.contains("<main id=\"contenu\""), "\(uri)")
                #expect(page.contains("journalisé") || page.contains("logged"), "\(uri): privacy footer")
                #expect(!page.contains("style="), "\(uri): no style attribute")
                #expect(!page.contains("<style"), "\(uri): no style element")
                #expect(!page.contains("<script>"), "\(uri): no inline script")
                #expect(!page.contains("http://") || uri.hasPrefix("/regles"), "\(uri): nothing from elsewhere")
            }
        }
    }

    @Test func homeOffersTheFormTheTemplateAndTheRules() async throws {
        try await Web.test { _, client in
            let page = try await Web.send(client, .get, "/").text
            #expect(page.contains("<form method=\"post\" action=\"/verifier\" enctype=\"multipart/form-data\""))
            #expect(page.contains("<label for=\"manifeste\">"))
            #expect(page.contains("<textarea id=\"manifeste\" name=\"manifeste\""))
            #expect(page.contains("<label for=\"fichier\">"))
            #expect(page.contains("accept=\".yml,.yaml,.md"))
            #expect(page.contains("<label for=\"date\">"))
            #expect(page.contains("href=\"/modele?type=lancement\""))
            #expect(page.contains("href=\"/modele?type=internalisation\""))
            #expect(page.contains("href=\"/regles\""))
            #expect(page.contains("<script src=\"/static/conforme.js\" defer>"))
        }
    }

    @Test func theTemplateIsTheInitTemplateAsADownload() async throws {
        try await Web.test { _, client in
            for type in ProposalTemplate.MissionType.allCases {
                let answer = try await Web.send(client, .get, "/modele?type=\(type.rawValue)")
                #expect(answer.text == ProposalTemplate.render(type: type))
                #expect(answer.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            }
        }
    }

    @Test func theRulePageSaysWhatExplainSays() async throws {
        try await Web.test { _, client in
            let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)
            let explanation = try #require(ruleSet.explanation(of: "transparence.licence"))
            let page = try await Web.send(client, .get, "/regles/transparence.licence").text
            #expect(page.contains(HTML.text(explanation.title.text(.fr)).markup))
            if let rationale = explanation.rationale { #expect(page.contains(HTML.text(rationale.text(.fr)).markup)) }
            if let source = explanation.source { #expect(page.contains(HTML.text(source).markup)) }
            for example in explanation.examples.fail { #expect(page.contains(HTML.text(example).markup)) }
            let api = try await Web.send(client, .get, "/api/v1/rules/transparence.licence?lang=en").text
            #expect(api == RuleListing.json(explanation, language: .en))
        }
    }

    @Test func theRuleListNamesEveryRuleOfEveryPromotion() async throws {
        try await Web.test { _, client in
            let page = try await Web.send(client, .get, "/regles").text
            for promotion in RuleSetCatalog.embedded.promotions {
                #expect(page.contains("id=\"promotion-\(promotion)\""))
                for rule in RuleSetCatalog.embedded.ruleSet(forPromotion: promotion).rules {
                    #expect(page.contains("href=\"/regles/\(rule.id)?promotion=\(promotion)\""), "\(rule.id)")
                }
            }
            let api = try await Web.send(client, .get, "/api/v1/rules?lang=en").text
            #expect(api == RuleListing.json(RuleSetCatalog.embedded.ruleSet(forPromotion: RuleSetCatalog.embedded.promotions.last), language: .en))
        }
    }

    @Test func theSchemaIsTheSchemaCommandsOutput() async throws {
        try await Web.test { _, client in
            for promotion in RuleSetCatalog.embedded.promotions {
                let answer = try await Web.send(client, .get, "/api/v1/schema/\(promotion)")
                #expect(answer.text == ManifestSchema(ruleSet: RuleSetCatalog.embedded.ruleSet(forPromotion: promotion)).text)
            }
        }
    }

    @Test func staticFilesAreCachedByTheirContent() async throws {
        try await Web.test { _, client in
            let first = try await Web.send(client, .get, "/static/conforme.css")
            let tag = try #require(first.headers[.eTag])
            var headers = HTTPFields()
            headers[.ifNoneMatch] = tag
            let again = try await Web.send(client, .get, "/static/conforme.css", headers: headers)
            #expect(again.status == .notModified)
            Web.expectSecurityHeaders(again, "304")
        }
    }

    @Test func metricsCountRequestsByRouteAndStatusAndChecksBySeverity() async throws {
        try await Web.test { _, client in
            _ = try await Web.send(client, .get, "/healthz")
            _ = try await Web.send(client, .get, "/regles/inconnue")
            _ = try await Web.check(client, try Web.example("echec-transparence.yml"), query: "today=2024-06-01")
            let metrics = try await Web.send(client, .get, "/metrics").text
            #expect(metrics.contains("conforme_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1"), "\(metrics)")
            #expect(metrics.contains("route=\"/regles/{id}\",method=\"GET\",status=\"404\"} 1"), "\(metrics)")
            #expect(metrics.contains("route=\"/api/v1/check\",method=\"POST\",status=\"200\"} 1"), "\(metrics)")
            #expect(metrics.contains("conforme_check_duration_seconds_count 1"))
            #expect(metrics.contains("conforme_findings_total{severity=\"error\"} 2"), "\(metrics)")
            #expect(!metrics.contains("dgs-fictif"), "no submitted text in the metrics")
        }
    }
}
