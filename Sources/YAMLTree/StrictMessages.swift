/// Messages of the doubts and mistakes StrictSyntax names: directives, a quote that closes a
/// value too early, a value cut by a comment.
extension Messages {
    static func malformedDirective(_ text: String, repeated: Bool) -> LocalizedText {
        if repeated {
            return LocalizedText(
                fr: "Syntaxe YAML : directive « %YAML » répétée : un document n'en a qu'une. "
                    + "Supprimez cette ligne.",
                en: "YAML syntax: repeated '%YAML' directive: a document has only one. Remove this line.")
        }
        return LocalizedText(
            fr: "Syntaxe YAML : directive mal formée « \(text) » : écrivez « %YAML 1.2 » ou "
                + "« %TAG !nom! préfixe », ou supprimez la ligne (une proposition n'en a pas besoin).",
            en: "YAML syntax: malformed directive '\(text)': write '%YAML 1.2' or '%TAG !name! prefix', "
                + "or remove the line (a proposal does not need it).")
    }

    static func yamlVersion(_ version: String) -> LocalizedText {
        LocalizedText(
            fr: "Directive « %YAML \(version) » : conforme lit le fichier en YAML 1.2, où par exemple "
                + "yes et no sont des textes et non des booléens. Écrivez « %YAML 1.2 » ou supprimez "
                + "la ligne.",
            en: "Directive '%YAML \(version)': conforme reads the file as YAML 1.2, where for instance "
                + "yes and no are text, not booleans. Write '%YAML 1.2' or remove the line.")
    }

    static func unknownDirective(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "Directive « \(name) » inconnue de YAML : elle est ignorée. Supprimez la ligne.",
            en: "Directive '\(name)' is unknown to YAML: it is ignored. Remove the line.")
    }

    static func quoteClosedTooEarly(_ found: StrictSyntax.EarlyQuote) -> LocalizedText {
        if found.quote == "'" {
            return LocalizedText(
                fr: "Syntaxe YAML : apostrophe dans une valeur entre apostrophes. Cette apostrophe "
                    + "ferme la valeur, et la suite de la ligne n'est plus lue. Doublez l'apostrophe "
                    + "(\(found.fixed)), ou mettez la valeur entre guillemets doubles, ou enlevez les "
                    + "apostrophes qui l'entourent.",
                en: "YAML syntax: apostrophe inside a single-quoted value. This apostrophe closes the "
                    + "value, and the rest of the line is not read. Double the apostrophe "
                    + "(\(found.fixed)), or put the value in double quotes, or remove the single "
                    + "quotes around it.")
        }
        return LocalizedText(
            fr: "Syntaxe YAML : guillemet double dans une valeur entre guillemets doubles. Ce "
                + "guillemet ferme la valeur, et la suite de la ligne n'est plus lue. Écrivez \\\" "
                + "pour un guillemet dans la valeur (\(found.fixed)), ou mettez la valeur entre "
                + "apostrophes.",
            en: "YAML syntax: double quote inside a double-quoted value. This quote closes the value, "
                + "and the rest of the line is not read. Write \\\" for a quote inside the value "
                + "(\(found.fixed)), or put the value in single quotes.")
    }

    static func valueCut(value: String, comment: String) -> LocalizedText {
        LocalizedText(
            fr: "La valeur lue s'arrête à « \(value) » : en YAML, « # » après une espace commence un "
                + "commentaire, et « \(comment) » n'est pas lu. Si « # » fait partie de la valeur, "
                + "mettez toute la valeur entre guillemets : \"\(value) \(comment)\".",
            en: "The value read stops at '\(value)': in YAML, '#' after a space starts a comment, and "
                + "'\(comment)' is not read. If '#' belongs to the value, put the whole value in "
                + "quotes: \"\(value) \(comment)\".")
    }
}
