import ConformeKit
import Hummingbird

/// On every response, errors included: the security headers, and the request counted by route
/// and status. Errors thrown by routes (unknown path, wrong method, body too large) become a
/// page or a problem document here, so they carry the headers too.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: WebMetrics

    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = Self.response(for: error, request: request)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.crossOriginOpenerPolicy] = "same-origin"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        metrics.recordRequest(
            route: context.endpointPath ?? "unmatched", method: request.method.rawValue,
            status: response.status.code)
        return response
    }

    /// The answer to an error a route threw: a problem document under /api, a page elsewhere.
    static func response(for error: Error, request: Request) -> Response {
        var status = (error as? HTTPResponseError)?.status ?? .internalServerError
        // The router says 404 when the path exists under another method.
        var allow: String?
        if status == .notFound || status == .methodNotAllowed, let methods = AllowedMethods.allow(for: request.uri.path),
            !methods.split(separator: ",").contains(where: { $0.trimmingSpaces == request.method.rawValue })
        {
            status = .methodNotAllowed
            allow = methods
        }
        let language = PageLanguage.resolve(
            query: request.uri.queryParameters.get("lang"), acceptLanguage: request.headers[.acceptLanguage])
        let s = Strings(language)
        let (title, detail): (String, String) = switch status {
        case .notFound: (s.notFoundTitle, s.notFoundText)
        case .methodNotAllowed: (s.pick("Méthode non permise", "Method not allowed"),
            s.pick("Cette adresse n'accepte pas la méthode \(request.method.rawValue).", "This address does not accept the \(request.method.rawValue) method."))
        case .contentTooLarge: (s.pick("Contenu trop volumineux", "Content too large"), s.pick("Le contenu envoyé dépasse la taille permise.", "The content sent is larger than allowed."))
        case .badRequest: (s.pick("Requête invalide", "Bad request"), s.pick("La requête n'a pas pu être lue.", "The request could not be read."))
        default: (s.pick("Erreur du service", "Service error"), s.pick("La vérification n'a pas pu se faire. Réessayez plus tard.", "The check could not run. Try again later."))
        }
        var response: Response
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" || request.uri.path == "/metrics" {
            response = Problem(status, kind: "http-\(status.code)", title: title, detail: detail).response
        } else {
            response = Responses.html(MessagePage.render(title: title, text: detail, language: language, path: "/"), status: status)
        }
        if let allow { response.headers[.allow] = allow }
        return response
    }
}

extension HTTPFields.Element.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
    static let crossOriginResourcePolicy = Self("Cross-Origin-Resource-Policy")!
}
