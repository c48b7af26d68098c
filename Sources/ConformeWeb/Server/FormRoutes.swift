import ConformeKit
import Hummingbird
import YAMLTree

/// « Remplir en ligne »: `GET /remplir` (a new form, `?promotion=6|7`, `?type=…`), `POST
/// /remplir` (« Vérifier », « Ajouter », « Retirer », the two downloads), `POST
/// /remplir/charger` (a manifest to go on with) and `POST /remplir/fiche` (a beta.gouv.fr product
/// file to start from). Nothing is kept between two requests: the page carries the whole state.
struct FormRoutes<Context: RequestContext> {
    let runner: CheckRunner
    let catalog: RuleSetCatalog

    func add(to router: Router<Context>) {
        router.get("remplir") { request, _ in try await newForm(request) }
        router.post("remplir") { request, _ in try await submit(request) }
        router.post("remplir/charger") { request, _ in try await loadManifest(request) }
        router.post("remplir/fiche") { request, _ in try await startFromProduct(request) }
        router.get("static/remplir.js") { request, _ in StaticAsset.formScript.response(for: request) }
    }

    func language(_ request: Request) -> Language {
        PageLanguage.resolve(query: request.uri.queryParameters.get("lang"), acceptLanguage: request.headers[.acceptLanguage])
    }

    /// The form of `promotion`, or of the newest promotion that has one.
    func form(_ promotion: Int?) throws -> GuidedForm {
        let number = promotion.flatMap { catalog.formPromotions.contains($0) ? $0 : nil } ?? catalog.formPromotions.last ?? 7
        guard case .success(let form)? = catalog.form(forPromotion: number) else { throw HTTPError(.notFound) }
        return form
    }

    func newForm(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        var promotion: Int?
        if let value = query.get("promotion") {
            guard let number = Int(value), catalog.formPromotions.contains(number) else { throw HTTPError(.notFound) }
            promotion = number
        }
        let form = try form(promotion)
        var parameters: [String: String] = [:]
        for (name, _) in form.definition.parameters {
            if let value = query.get(name) { parameters[name] = value }
        }
        return await page(form, FormState.initial(form, parameters: parameters), request: request, showFindings: false, summary: false)
    }

    func submit(_ request: Request) async throws -> Response {
        let language = language(request)
        let data: FormData
        switch try await readForm(request) {
        case .success(let read): data = read
        case .failure(let refusal): return refusal.response
        }
        let form = try form(data.text(GuidedFormPage.promotionName).flatMap { Int($0) })
        let pairs = data.fields.filter { $0.fileName == nil }.map { (name: $0.name, value: String(decoding: $0.value, as: UTF8.self)) }
        let (state, action) = FormSubmission.read(pairs, form: form)
        let checked = data.text(GuidedFormPage.checkedName) == "1"
        switch action {
        case .other("telecharger-manifeste"), .other("telecharger-rapport"):
            let review: FormReview
            do { review = try await self.review(form, state, language: language) } catch { return busy(language) }
            var headers = HTTPFields()
            if action == .other("telecharger-manifeste") {
                headers[.contentDisposition] = "attachment; filename=\"proposition-eig-\(form.promotion).yml\""
                return Responses.text(review.manifest, type: "application/yaml; charset=utf-8", headers: headers)
            }
            headers[.contentDisposition] = "attachment; filename=\"rapport-conforme.html\""
            let report = review.runReport(today: LocalDate.currentLocal(), language: language)
            return Responses.bytes(ReportFormat.html.bytes(report, failOn: .error), type: ReportFormat.html.mediaType, headers: headers)
        case .add, .remove, .other("langue"):
            return await page(form, state, request: request, showFindings: checked, summary: false)
        default:
            return await page(form, state, request: request, showFindings: true, summary: true)
        }
    }

    /// « Charger un manifeste »: the file fills the form of its own promotion.
    func loadManifest(_ request: Request) async throws -> Response {
        let s = Strings(language(request))
        let data: FormData
        switch try await readForm(request) {
        case .success(let read): data = read
        case .failure(let refusal): return refusal.response
        }
        var form = try form(nil)
        guard let file = data.file("manifeste") else {
            return await page(form, FormState.initial(form), request: request, showFindings: false, summary: false,
                notice: FormNotice(kind: .problem, lines: [s.chooseFile]), status: .badRequest)
        }
        let name = file.fileName ?? "manifeste.yml"
        let lower = name.lowercased()
        let kind: InputKind = lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdownFrontMatter : .yaml
        let limits = runner.configuration.parseLimits
        var (state, summary) = form.load(file.value, kind: kind, limits: limits, placeholder: ProposalTemplate.placeholder)
        if let promotion = summary.promotion, promotion != form.promotion, catalog.formPromotions.contains(promotion) {
            form = try self.form(promotion)
            (state, summary) = form.load(file.value, kind: kind, limits: limits, placeholder: ProposalTemplate.placeholder)
        }
        if summary.unreadable {
            return await page(form, FormState.initial(form), request: request, showFindings: false, summary: false,
                notice: FormNotice(kind: .problem, lines: [s.unreadableFile(name)]), status: .badRequest)
        }
        var lines = [s.loaded(name, filled: summary.filled)]
        if !summary.unplaced.isEmpty { lines.append(s.unplaced(summary.unplaced)) }
        return await page(form, state, request: request, showFindings: true, summary: true, notice: FormNotice(kind: .info, lines: lines))
    }

    /// « Partir de ma fiche beta.gouv.fr »: `conforme import` on the uploaded files, then the
    /// manifest it writes, its « À COMPLÉTER » left as empty fields.
    func startFromProduct(_ request: Request) async throws -> Response {
        let language = language(request)
        let s = Strings(language)
        let data: FormData
        switch try await readForm(request) {
        case .success(let read): data = read
        case .failure(let refusal): return refusal.response
        }
        let form = try form(nil)
        guard let product = data.file("fiche") else {
            return await page(form, FormState.initial(form), request: request, showFindings: false, summary: false,
                notice: FormNotice(kind: .problem, lines: [s.chooseFile]), status: .badRequest)
        }
        let name = product.fileName ?? "fiche.md"
        let organisation = data.file("organisation")
        // The organisation file the user chose is the sponsor's, whatever its name.
        let outcome = ProductImport.run(product: product.value, path: name) { id in
            organisation.map { ProductImport.OrganisationSource(bytes: $0.value, path: $0.fileName ?? "\(id).md") }
        }
        let notes = outcome.notes.map { $0.line(language) }
        guard let manifest = outcome.manifest else {
            return await page(form, FormState.initial(form), request: request, showFindings: false, summary: false,
                notice: FormNotice(kind: .problem, lines: [s.notProductFile(name)], items: notes), status: .badRequest)
        }
        let (state, summary) = form.load(Array(manifest.utf8), placeholder: ProposalTemplate.placeholder)
        return await page(form, state, request: request, showFindings: true, summary: true,
            notice: FormNotice(kind: .info, lines: [s.imported(name, filled: summary.filled)], items: notes))
    }

    // MARK: Shared

    func page(
        _ form: GuidedForm, _ state: FormState, request: Request, showFindings: Bool, summary: Bool,
        notice: FormNotice? = nil, status: HTTPResponse.Status = .ok
    ) async -> Response {
        let language = language(request)
        let review: FormReview
        do { review = try await self.review(form, state, language: language) } catch { return busy(language) }
        let newest = catalog.formPromotions.last
        let shell = PageShell(language: language, path: "/remplir",
            query: form.promotion == newest ? [] : [("promotion", String(form.promotion))])
        let context = FormContext(form: form, state: state, review: review, showFindings: showFindings, shell: shell)
        return Responses.html(GuidedFormPage.render(context, notice: notice, summary: summary, promotions: catalog.formPromotions), status: status)
    }

    /// The engine on the manifest the state writes, as `conforme check` runs it today.
    func review(_ form: GuidedForm, _ state: FormState, language: Language) async throws(CheckRunner.Failure) -> FormReview {
        let settings = runner.settings(today: LocalDate.currentLocal())
        return try await runner.perform { () -> (FormReview, [Diagnostic]) in
            let review = form.review(state, settings: settings, language: language)
            return (review, review.report.diagnostics)
        }
    }

    /// The submitted form, or the answer to give instead (too large, not a form).
    func readForm(_ request: Request) async throws -> Result<FormData, ResponseError> {
        let limit = runner.configuration.maxBody
        // Two files (a product file and its organisation's) and the form's fields.
        let formLimit = limit * 2 + 64 * 1024
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: formLimit)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            let s = Strings(language(request))
            let page = MessagePage.render(title: s.pick("Contenu trop volumineux", "Content too large"), text: s.tooLarge(limit),
                language: s.language, path: "/remplir")
            return .failure(ResponseError(response: Responses.html(page, status: .contentTooLarge)))
        }
        guard let form = FormData.parse(Array(buffer: body), contentType: request.headers[.contentType]) else {
            throw HTTPError(.unsupportedMediaType)
        }
        return .success(form)
    }

    func busy(_ language: Language) -> Response {
        let s = Strings(language)
        var headers = HTTPFields()
        headers[.retryAfter] = "2"
        let page = MessagePage.render(title: s.busyTitle, text: s.busyText, language: language, path: "/remplir")
        return Responses.bytes(Array(page.markup.utf8), type: "text/html; charset=utf-8", status: .serviceUnavailable, headers: headers)
    }
}

/// A response to give instead of going on, carried by `Result`.
struct ResponseError: Error {
    var response: Response
}
