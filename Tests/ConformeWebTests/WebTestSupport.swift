import ConformeKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ConformeWeb

/// The application under test, its client, and helpers to send what the page and the API get.
enum Web {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repository.appendingPathComponent("examples/" + name)))
    }

    static var exampleNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("examples").path)) ?? []
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".md") }.sorted()
    }

    /// Runs `body` against a fresh application (its own gate and metrics).
    static func test(
        _ configuration: WebConfiguration = WebConfiguration(),
        _ body: @Sendable (WebApplication, any TestClientProtocol) async throws -> Void
    ) async throws {
        let web = WebApplication(configuration: configuration)
        let app = web.application()
        try await app.test(.router) { client in try await body(web, client) }
    }

    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func send(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String,
        headers: HTTPFields = [:], body: [UInt8]? = nil
    ) async throws -> Answer {
        try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }
        ) { response in
            Answer(status: response.status, headers: response.headers, bytes: Array(buffer: response.body))
        }
    }

    /// `POST /api/v1/check` with a body of the given media type.
    static func check(
        _ client: any TestClientProtocol, _ bytes: [UInt8], query: String, type: String = "application/yaml"
    ) async throws -> Answer {
        var headers = HTTPFields()
        headers[.contentType] = type
        return try await send(client, .post, "/api/v1/check?" + query, headers: headers, body: bytes)
    }

    /// A multipart form as a browser sends it: text fields, and optionally one file.
    static func form(
        _ client: any TestClientProtocol, _ uri: String, fields: [(String, String)],
        file: (field: String, name: String, bytes: [UInt8])? = nil
    ) async throws -> Answer {
        let boundary = "----conformeTestBoundary7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8)
            body += Array(value.utf8) + Array("\r\n".utf8)
        }
        if let file {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await send(client, .post, uri, headers: headers, body: body)
    }

    /// The headers every response must carry, whatever its route or status.
    static func expectSecurityHeaders(_ answer: Answer, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let csp = answer.headers[.contentSecurityPolicy] ?? ""
        for directive in ["default-src 'none'", "style-src 'self'", "script-src 'self'", "img-src 'self'",
                          "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'"] {
            #expect(csp.contains(directive), "\(what): CSP lacks \(directive): \(csp)", sourceLocation: sourceLocation)
        }
        #expect(!csp.contains("unsafe-inline") && !csp.contains("*"), "\(what): \(csp)", sourceLocation: sourceLocation)
        #expect(answer.headers[.xContentTypeOptions] == "nosniff", "\(what)", sourceLocation: sourceLocation)
        #expect(answer.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer", "\(what)", sourceLocation: sourceLocation)
        #expect(answer.headers[HTTPFields.Element.Name("Set-Cookie")!] == nil, "\(what)", sourceLocation: sourceLocation)
    }
}
