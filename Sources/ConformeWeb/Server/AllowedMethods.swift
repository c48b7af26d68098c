/// The methods each path answers, so that another method gets 405 with `Allow` (RFC 9110)
/// rather than the router's 404. Kept beside the routes: a new route adds its line here,
/// and `RouteTests` sends every other method to each of them.
enum AllowedMethods {
    static let table: [(pattern: [Substring], methods: String)] = [
        ("/", "GET"),
        ("/verifier", "POST"),
        ("/verifier/rapport", "POST"),
        ("/regles", "GET"),
        ("/regles/{id}", "GET"),
        ("/modele", "GET"),
        ("/static/conforme.css", "GET"),
        ("/static/conforme.js", "GET"),
        ("/static/icon.svg", "GET"),
        ("/healthz", "GET"),
        ("/metrics", "GET"),
        ("/api/v1/check", "POST"),
        ("/api/v1/rules", "GET"),
        ("/api/v1/rules/{id}", "GET"),
        ("/api/v1/schema/{promotion}", "GET"),
        ("/api/v1/openapi.yaml", "GET"),
    ].map { ($0.0.split(separator: "/"), $0.1) }

    /// The `Allow` value for a path some route answers, nil for a path none does.
    static func allow(for path: String) -> String? {
        let segments = path.split(separator: "/")
        for entry in table where entry.pattern.count == segments.count {
            let matches = zip(entry.pattern, segments).allSatisfy { pattern, segment in
                pattern.hasPrefix("{") || pattern == segment
            }
            if matches { return entry.methods }
        }
        return nil
    }
}
