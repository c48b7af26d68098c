import ConformeKit
import Hummingbird
import YAMLTree

/// The versioned HTTP API under `/api/v1`, described by `docs/api/openapi.yaml` (served at
/// `/api/v1/openapi.yaml`). Reports are the CLI's, byte for byte.
struct APIRoutes<Context: RequestContext> {
    let runner: CheckRunner
    let catalog: RuleSetCatalog

    func add(to router: Router<Context>) {
        let api = router.group("api/v1")
        api.post("check") { request, _ in try await check(request) }
        api.get("rules") { request, _ in rules(request) }
        api.get("rules/{id}") { request, context in rule(request, id: context.parameters.get("id") ?? "") }
        api.get("schema/{promotion}") { request, context in schema(request, promotion: context.parameters.get("promotion") ?? "") }
        api.get("openapi.yaml") { _, _ in
            Responses.text(OpenAPIDocument.text, type: "application/yaml; charset=utf-8")
        }
    }

    /// The media types a manifest may come as; Markdown is read for its front matter.
    static func inputKind(contentType: String?) -> InputKind? {
        guard let contentType else { return nil }
        let essence = contentType.split(separator: ";").first.map { $0.trimmingSpaces.lowercased() } ?? ""
        switch essence {
        case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain": return .yaml
        case "text/markdown": return .markdownFrontMatter
        default: return nil
        }
    }

    func check(_ request: Request) async throws -> Response {
        let parameters: CheckParameters
        switch CheckParameters.read(request) {
        case .success(let read): parameters = read
        case .failure(let problem): return problem.response
        }
        let s = Strings(parameters.language)
        guard let kind = Self.inputKind(contentType: request.headers[.contentType]) else {
            return Problem(.unsupportedMediaType, kind: "unsupported-media-type",
                title: s.pick("Type de contenu non pris en charge", "Unsupported media type"),
                detail: s.pick("Envoyez le manifeste en application/yaml, text/yaml, text/plain ou text/markdown.",
                    "Send the manifest as application/yaml, text/yaml, text/plain or text/markdown.")).response
        }
        let limit = runner.configuration.maxBody
        let tooLarge = Problem(.contentTooLarge, kind: "content-too-large",
            title: s.pick("Contenu trop volumineux", "Content too large"), detail: s.tooLarge(limit))
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { return tooLarge.response }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            return tooLarge.response
        }
        do {
            let report = try await runner.report(
                bytes: Array(buffer: body), kind: kind, today: parameters.today, failOn: parameters.failOn,
                language: parameters.language)
            return Responses.bytes(parameters.format.bytes(report, failOn: parameters.failOn), type: parameters.format.mediaType)
        } catch {
            return Self.problem(error, strings: s).response
        }
    }

    static func problem(_ failure: CheckRunner.Failure, strings s: Strings) -> Problem {
        switch failure {
        case .busy:
            Problem(.serviceUnavailable, kind: "busy", title: s.busyTitle,
                detail: s.pick("Trop de vérifications sont en cours ; réessayez dans quelques secondes.",
                    "Too many checks are running; try again in a few seconds."), retryAfter: 2)
        case .tooLong:
            Problem(.serviceUnavailable, kind: "time-limit", title: s.pick("Vérification trop longue", "Check took too long"),
                detail: s.pick("La vérification a dépassé le temps permis.", "The check went past the time limit."), retryAfter: 10)
        }
    }

    func rules(_ request: Request) -> Response {
        switch RuleParameters.read(request, catalog: catalog) {
        case .failure(let problem): return problem.response
        case .success(let parameters):
            return Responses.text(RuleListing.json(parameters.ruleSet, language: parameters.language), type: "application/json")
        }
    }

    func rule(_ request: Request, id: String) -> Response {
        switch RuleParameters.read(request, catalog: catalog) {
        case .failure(let problem): return problem.response
        case .success(let parameters):
            guard let explanation = parameters.ruleSet.explanation(of: id) else {
                let s = Strings(parameters.language)
                return Problem(.notFound, kind: "unknown-rule", title: s.pick("Règle inconnue", "Unknown rule"),
                    detail: s.pick("Aucune règle « \(id) » dans \(parameters.ruleSet.id).", "No rule “\(id)” in \(parameters.ruleSet.id).")).response
            }
            return Responses.text(RuleListing.json(explanation, language: parameters.language), type: "application/json")
        }
    }

    func schema(_ request: Request, promotion: String) -> Response {
        let language = PageLanguage.resolve(query: nil, acceptLanguage: request.headers[.acceptLanguage])
        let s = Strings(language)
        guard let number = Int(promotion), catalog.promotions.contains(number) else {
            let known = catalog.promotions.map(String.init).joined(separator: ", ")
            return Problem(.notFound, kind: "unknown-promotion", title: s.pick("Promotion inconnue", "Unknown promotion"),
                detail: s.pick("Aucun jeu de règles pour la promotion « \(promotion) » (connues : \(known)).",
                    "No rule set for promotion “\(promotion)” (known: \(known)).")).response
        }
        return Responses.text(ManifestSchema(ruleSet: catalog.ruleSet(forPromotion: number)).text, type: "application/schema+json")
    }
}
