/// The `format:` shapes as ECMA-262 regular expressions, for JSON Schema: a validator treats
/// `format` as an annotation unless told otherwise, so the schema states the shape as a
/// `pattern` too. They follow `FormatRules` (letters are any non-ASCII character, a slight
/// widening of Swift's `isLetter`) and `LocalDate` (a day of 31 is accepted in every month).
/// Written for ECMA-262 and Python's `re` alike: no `\p{…}`, no `\d` (Unicode digits in Python).
enum FormatPatterns {
    /// A letter or digit, as the hand-written checks accept them.
    private static let alphanumeric = #"A-Za-z0-9\u00C0-\uFFFF"#

    static let date = #"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"#

    static func url(httpsOnly: Bool) -> String {
        let scheme = httpsOnly ? "[Hh][Tt][Tt][Pp][Ss]" : "[Hh][Tt][Tt][Pp][Ss]?"
        let label = "[\(alphanumeric)-]+"
        return #"^"# + scheme + #"://(?:[^\s/?#]*@)?"# + label + #"(?:\."# + label + #")+(?::[^\s/?#]*)?(?:[/?#]\S*)?$"#
    }

    static let email: String = {
        let local = "[\(alphanumeric)_%+'-]+"
        let edge = "[\(alphanumeric)]"
        let inner = "[\(alphanumeric)-]*"
        let label = "\(edge)(?:\(inner)\(edge))?"
        return "^\(local)(?:\\.\(local))*@(?:\(label)\\.)+\(edge)\(inner)\(edge)$"
    }()

    /// A required text is not blank (unanchored: some character that is not a space).
    static let notBlank = #"\S"#
    static let blank = #"^\s*$"#
}
