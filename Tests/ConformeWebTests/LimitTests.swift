import ConformeKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ConformeWeb

/// 400, 413, 415 and 503: each a problem document in the request's language, with the headers.
@Suite struct LimitTests {
    static func problem(_ answer: Web.Answer) throws -> [String: Any] {
        #expect(answer.headers[.contentType] == "application/problem+json")
        return try #require(try JSONSerialization.jsonObject(with: Data(answer.bytes)) as? [String: Any])
    }

    @Test func badParametersAre400InTheRequestedLanguage() async throws {
        try await Web.test { _, client in
            for query in ["format=pdf", "lang=de", "today=2024-13-01", "today=hier", "fail_on=fatal", "format=json&fail_on="] {
                let answer = try await Web.check(client, Array("promotion: 7\n".utf8), query: query + "&lang=en".replacingOccurrences(of: query.hasPrefix("lang") ? "&lang=en" : "", with: ""))
                #expect(answer.status == .badRequest, "\(query)")
                Web.expectSecurityHeaders(answer, query)
                let body = try Self.problem(answer)
                #expect(body["status"] as? Int == 400)
                #expect((body["detail"] as? String)?.isEmpty == false)
            }
            let french = try Self.problem(try await Web.check(client, [], query: "format=pdf"))
            #expect(french["title"] as? String == "Paramètre invalide")
            #expect((french["detail"] as? String)?.contains("« pdf »") == true)
            let english = try Self.problem(try await Web.check(client, [], query: "format=pdf&lang=en"))
            #expect(english["title"] as? String == "Invalid parameter")
        }
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        try await Web.test(WebConfiguration(maxBody: 1000)) { _, client in
            let over = try await Web.check(client, Array(repeating: UInt8(ascii: "a"), count: 1001), query: "lang=en")
            #expect(over.status == .contentTooLarge)
            Web.expectSecurityHeaders(over, "413")
            #expect(try Self.problem(over)["status"] as? Int == 413)
            let at = try await Web.check(client, Array(repeating: UInt8(ascii: "a"), count: 1000), query: "")
            #expect(at.status == .ok, "the limit itself is accepted")
            let page = try await Web.form(client, "/verifier", fields: [("manifeste", String(repeating: "a", count: 1500))])
            #expect(page.status == .badRequest)
            #expect(page.text.contains("dépasse la taille maximale de 1000 octets"))
        }
    }

    @Test func theDefaultLimitIsTheCLIsFileLimit() {
        #expect(WebConfiguration().maxBody == 1 << 20)
        #expect(WebConfiguration().host == "127.0.0.1")
    }

    @Test func anotherMediaTypeIs415() async throws {
        try await Web.test { _, client in
            for type in ["application/json", "multipart/form-data; boundary=x", "image/png"] {
                let answer = try await Web.check(client, Array("{}".utf8), query: "", type: type)
                #expect(answer.status == .unsupportedMediaType, "\(type)")
                Web.expectSecurityHeaders(answer, type)
                #expect(try Self.problem(answer)["status"] as? Int == 415)
            }
            let none = try await Web.send(client, .post, "/api/v1/check", body: Array("a: 1\n".utf8))
            #expect(none.status == .unsupportedMediaType)
            for type in ["application/yaml", "text/yaml", "text/plain; charset=utf-8", "text/markdown"] {
                #expect(try await Web.check(client, Array("a: 1\n".utf8), query: "", type: type).status == .ok, "\(type)")
            }
        }
    }

    @Test func aFullServerAnswers503WithRetryAfter() async throws {
        let configuration = WebConfiguration(maxConcurrentChecks: 1, queueWait: .milliseconds(50))
        try await Web.test(configuration) { web, client in
            // Every slot taken, as by a check that runs long.
            #expect(await web.gate.acquire(waitingAtMost: .zero))
            let api = try await Web.check(client, Array("a: 1\n".utf8), query: "lang=en")
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers[.retryAfter] != nil)
            Web.expectSecurityHeaders(api, "503")
            #expect(try Self.problem(api)["status"] as? Int == 503)
            let page = try await Web.form(client, "/verifier", fields: [("manifeste", "a: 1\n")])
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.retryAfter] != nil)
            #expect(page.text.contains("Service momentanément occupé"))
            // Once the slot is free, checks run again.
            web.gate.release()
            #expect(try await Web.check(client, Array("a: 1\n".utf8), query: "").status == .ok)
        }
    }

    @Test func theGateHandsSlotsToWaitersInTurn() async throws {
        let gate = CheckGate(capacity: 1)
        #expect(await gate.acquire(waitingAtMost: .zero))
        #expect(await gate.acquire(waitingAtMost: .milliseconds(10)) == false, "full: the waiter gives up")
        async let waiter = gate.acquire(waitingAtMost: .seconds(30))
        try await Task.sleep(for: .milliseconds(50))
        gate.release()
        #expect(await waiter, "the slot went to the waiter")
        gate.release()
        #expect(await gate.acquire(waitingAtMost: .zero), "and came back free")
    }

    @Test func aWrongMethodIs405WithAllowAndTheHeaders() async throws {
        let cases: [(HTTPRequest.Method, String, String)] = [
            (.get, "/api/v1/check", "POST"), (.post, "/regles", "GET"), (.delete, "/", "GET"),
            (.put, "/regles/transparence.licence", "GET"), (.get, "/verifier", "POST"),
            (.patch, "/metrics", "GET"), (.options, "/api/v1/schema/7", "GET"),
        ]
        try await Web.test { _, client in
            for (method, uri, allow) in cases {
                let answer = try await Web.send(client, method, uri)
                #expect(answer.status == .methodNotAllowed, "\(method) \(uri): \(answer.status)")
                #expect(answer.headers[.allow] == allow, "\(method) \(uri)")
                Web.expectSecurityHeaders(answer, "\(method) \(uri)")
            }
            #expect(try await Web.send(client, .delete, "/nulle-part").status == .notFound)
        }
    }
}
