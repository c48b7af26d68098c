import ConformeKit
import Hummingbird

/// Building responses: one place for bodies and media types.
enum Responses {
    static func bytes(
        _ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]
    ) -> Response {
        var headers = extra
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(page.markup.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Array(text.utf8), type: type, status: status, headers: headers)
    }
}

/// An API error as an RFC 9457 problem document, in the request's language.
struct Problem: Error {
    var status: HTTPResponse.Status
    /// A stable identifier of the kind of problem, under the API's namespace.
    var kind: String
    var title: String
    var detail: String
    var retryAfter: Int?

    init(_ status: HTTPResponse.Status, kind: String, title: String, detail: String, retryAfter: Int? = nil) {
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.retryAfter = retryAfter
    }

    var response: Response {
        var headers = HTTPFields()
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        let body = "{\n"
            + "  \"type\": \(JSONText.quoted("urn:conforme:problem:\(kind)")),\n"
            + "  \"title\": \(JSONText.quoted(title)),\n"
            + "  \"status\": \(status.code),\n"
            + "  \"detail\": \(JSONText.quoted(detail))\n"
            + "}\n"
        return Responses.text(body, type: "application/problem+json", status: status, headers: headers)
    }
}
