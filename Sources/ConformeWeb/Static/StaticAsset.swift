import Hummingbird

/// The stylesheet and the script, served by the app itself (the CSP allows nothing from
/// elsewhere). Compiled in, so the binary alone is the whole site.
struct StaticAsset: Sendable {
    var body: [UInt8]
    var type: String
    var eTag: String

    init(_ text: String, type: String) {
        body = Array(text.utf8)
        self.type = type
        // FNV-1a of the content: changes with it, so a new release is fetched at once.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        eTag = "\"" + String(hash, radix: 16) + "\""
    }

    static let styleSheet = StaticAsset(StyleSheet.text, type: "text/css; charset=utf-8")
    static let script = StaticAsset(Script.text, type: "text/javascript; charset=utf-8")
    static let icon = StaticAsset(Icon.svg, type: "image/svg+xml")

    func response(for request: Request) -> Response {
        var headers = HTTPFields()
        headers[.eTag] = eTag
        headers[.cacheControl] = "public, max-age=3600"
        if request.headers[.ifNoneMatch] == eTag {
            return Response(status: .notModified, headers: headers)
        }
        return Responses.bytes(body, type: type, headers: headers)
    }
}
