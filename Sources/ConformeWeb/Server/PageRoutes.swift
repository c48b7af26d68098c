import Foundation
import ConformeKit
import Hummingbird
import YAMLTree

/// The pages: home, result, the rules, the template, and the stylesheet and script they use.
struct PageRoutes<Context: RequestContext> {
    let runner: CheckRunner
    let catalog: RuleSetCatalog

    func add(to router: Router<Context>) {
        router.get("/") { request, _ in Responses.html(HomePage.render(language: language(request))) }
        router.post("verifier") { request, _ in try await verify(request, download: false) }
        router.post("verifier/rapport") { request, _ in try await verify(request, download: true) }
        router.get("regles") { request, _ in
            Responses.html(RulesPages.list(catalog: catalog, language: language(request)))
        }
        router.get("regles/{id}") { request, context in try rule(request, id: context.parameters.get("id") ?? "") }
        router.get("modele") { request, _ in try template(request) }
        router.get("static/conforme.css") { request, _ in StaticAsset.styleSheet.response(for: request) }
        router.get("static/conforme.js") { request, _ in StaticAsset.script.response(for: request) }
        router.get("static/icon.svg") { request, _ in StaticAsset.icon.response(for: request) }
    }

    func language(_ request: Request) -> Language {
        PageLanguage.resolve(query: request.uri.queryParameters.get("lang"), acceptLanguage: request.headers[.acceptLanguage])
    }

    /// `POST /verifier`: the result page, or the home page again with the form's problems tied
    /// to their fields. `download`: the CLI's HTML report of the same text, as an attachment.
    func verify(_ request: Request, download: Bool) async throws -> Response {
        let language = language(request)
        let s = Strings(language)
        let limit = runner.configuration.maxBody
        // The form carries the text, a file and a few fields: room for its headers beyond the text.
        let formLimit = limit * 2 + 64 * 1024
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: formLimit)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            let page = HomePage.render(language: language, problems: [FormProblem(field: .manifest, message: s.tooLarge(limit))])
            return Responses.html(page, status: .contentTooLarge)
        }
        guard let form = FormData.parse(Array(buffer: body), contentType: request.headers[.contentType]) else {
            throw HTTPError(.unsupportedMediaType)
        }
        var values = CheckFormValues(date: form.text("date")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        var bytes: [UInt8]
        if let file = form.file("fichier") {
            bytes = file.value
            let name = (file.fileName ?? "").lowercased()
            values.isMarkdown = name.hasSuffix(".md") || name.hasSuffix(".markdown")
        } else {
            // Browsers send a textarea's line breaks as CRLF: give the text back as it was typed.
            bytes = Self.unixLineBreaks(Array((form.text("manifeste") ?? "").utf8))
            values.isMarkdown = form.text("nature") == "markdown"
        }
        values.text = String(decoding: bytes, as: UTF8.self)

        var problems: [FormProblem] = []
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            problems.append(FormProblem(field: .manifest, message: s.nothingSubmitted))
        } else if bytes.count > limit {
            problems.append(FormProblem(field: .manifest, message: s.tooLarge(limit)))
        }
        var today = LocalDate.currentLocal()
        if !values.date.isEmpty {
            if let date = LocalDate(values.date) { today = date } else {
                problems.append(FormProblem(field: .date, message: s.invalidDate(values.date)))
            }
        }
        if !problems.isEmpty {
            if bytes.count > limit { values.text = "" }
            return Responses.html(HomePage.render(language: language, values: values, problems: problems), status: .badRequest)
        }

        let report: RunReport
        do {
            report = try await runner.report(
                bytes: bytes, kind: values.isMarkdown ? .markdownFrontMatter : .yaml, today: today,
                failOn: .error, language: language)
        } catch {
            var headers = HTTPFields()
            headers[.retryAfter] = "2"
            let page = MessagePage.render(title: s.busyTitle, text: s.busyText, language: language, path: "/")
            return Responses.bytes(Array(page.markup.utf8), type: "text/html; charset=utf-8", status: .serviceUnavailable, headers: headers)
        }
        if download {
            var headers = HTTPFields()
            headers[.contentDisposition] = "attachment; filename=\"rapport-conforme.html\""
            return Responses.bytes(ReportFormat.html.bytes(report, failOn: .error), type: ReportFormat.html.mediaType, headers: headers)
        }
        return Responses.html(ResultPage.render(report: report, values: values))
    }

    static func unixLineBreaks(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
            out.append(bytes[index])
            index += 1
        }
        return out
    }

    func rule(_ request: Request, id: String) throws -> Response {
        let language = language(request)
        var promotion = catalog.promotions.last ?? 7
        if let value = request.uri.queryParameters.get("promotion") {
            guard let number = Int(value), catalog.promotions.contains(number) else { throw HTTPError(.notFound) }
            promotion = number
        }
        guard let explanation = catalog.ruleSet(forPromotion: promotion).explanation(of: id) else {
            throw HTTPError(.notFound)
        }
        return Responses.html(RulesPages.rule(explanation, promotion: promotion, language: language))
    }

    /// `GET /modele?type=…`: the `conforme init` template, as a file to save.
    func template(_ request: Request) throws -> Response {
        let value = request.uri.queryParameters.get("type") ?? "lancement"
        guard let type = ProposalTemplate.MissionType(rawValue: value) else { throw HTTPError(.notFound) }
        var headers = HTTPFields()
        headers[.contentDisposition] = "attachment; filename=\"proposition-\(type.rawValue).yml\""
        return Responses.text(ProposalTemplate.render(type: type), type: "application/yaml; charset=utf-8", headers: headers)
    }
}
