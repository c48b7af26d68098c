import ConformeKit
import Hummingbird

/// The query of `POST /api/v1/check`, read and checked: a bad value is a 400 problem in the
/// request's language, never a silent default.
struct CheckParameters {
    var format: ReportFormat
    var language: Language
    var today: LocalDate
    var failOn: Severity

    static func read(_ request: Request) -> Result<CheckParameters, Problem> {
        let query = request.uri.queryParameters
        let langValue = query.get("lang")
        let language = PageLanguage.resolve(query: langValue, acceptLanguage: request.headers[.acceptLanguage])
        let s = Strings(language)
        func bad(_ name: String, _ value: String, allowed: String) -> Problem {
            Problem(.badRequest, kind: "invalid-parameter", title: s.pick("Paramètre invalide", "Invalid parameter"),
                detail: s.pick("« \(value) » n'est pas une valeur permise pour \(name) (permises : \(allowed)).",
                    "“\(value)” is not an allowed value for \(name) (allowed: \(allowed))."))
        }
        if let langValue, Language(rawValue: langValue) == nil {
            return .failure(bad("lang", langValue, allowed: "fr, en"))
        }
        var format = ReportFormat.json
        if let value = query.get("format") {
            guard let chosen = ReportFormat(rawValue: value) else {
                return .failure(bad("format", value, allowed: ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            format = chosen
        }
        var failOn = Severity.error
        if let value = query.get("fail_on") {
            guard let chosen = Severity(rawValue: value) else {
                return .failure(bad("fail_on", value, allowed: "error, warning, info"))
            }
            failOn = chosen
        }
        var today = LocalDate.currentLocal()
        if let value = query.get("today") {
            guard let chosen = LocalDate(value) else {
                return .failure(Problem(.badRequest, kind: "invalid-parameter", title: s.pick("Paramètre invalide", "Invalid parameter"),
                    detail: s.invalidDate(value)))
            }
            today = chosen
        }
        return .success(CheckParameters(format: format, language: language, today: today, failOn: failOn))
    }
}

/// The query of the rule routes: `promotion` (default the newest) and `lang`.
struct RuleParameters {
    var ruleSet: RuleSet
    var promotion: Int
    var language: Language

    static func read(_ request: Request, catalog: RuleSetCatalog) -> Result<RuleParameters, Problem> {
        let query = request.uri.queryParameters
        let langValue = query.get("lang")
        let language = PageLanguage.resolve(query: langValue, acceptLanguage: request.headers[.acceptLanguage])
        let s = Strings(language)
        if let langValue, Language(rawValue: langValue) == nil {
            return .failure(Problem(.badRequest, kind: "invalid-parameter", title: s.pick("Paramètre invalide", "Invalid parameter"),
                detail: s.pick("« \(langValue) » n'est pas une langue permise (fr, en).", "“\(langValue)” is not an allowed language (fr, en).")))
        }
        let newest = catalog.promotions.last ?? 7
        var promotion = newest
        if let value = query.get("promotion") {
            guard let number = Int(value), catalog.promotions.contains(number) else {
                let known = catalog.promotions.map(String.init).joined(separator: ", ")
                return .failure(Problem(.badRequest, kind: "invalid-parameter", title: s.pick("Paramètre invalide", "Invalid parameter"),
                    detail: s.pick("Aucun jeu de règles pour la promotion « \(value) » (connues : \(known)).",
                        "No rule set for promotion “\(value)” (known: \(known)).")))
            }
            promotion = number
        }
        return .success(RuleParameters(ruleSet: catalog.ruleSet(forPromotion: promotion), promotion: promotion, language: language))
    }
}
