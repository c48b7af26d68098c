/// Every text the YAML layer shows a user, in French and English. libyaml speaks English
/// programmer's jargon; an administration needs to know what to change in its file.
enum Messages {
    static func fileTooLarge(size: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "Le fichier fait \(bytes(size, .fr)), au-delà de la limite de \(bytes(limit, .fr)) "
                + "(limite « taille de fichier »). Une proposition tient en quelques kilo-octets : "
                + "vérifiez qu'il s'agit du bon fichier, ou relevez la limite avec --max-file-size.",
            en: "The file is \(bytes(size, .en)), over the limit of \(bytes(limit, .en)) "
                + "(\"file size\" limit). A proposal takes a few kilobytes: check that this is the "
                + "right file, or raise the limit with --max-file-size.")
    }

    static func depth(limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "Le document est imbriqué sur plus de \(limit) niveaux (limite « profondeur »). "
                + "Une proposition n'en a besoin que de quelques-uns : vérifiez les crochets et "
                + "l'indentation, ou relevez la limite avec --max-depth.",
            en: "The document is nested more than \(limit) levels deep (\"depth\" limit). A "
                + "proposal needs only a few: check brackets and indentation, or raise the limit "
                + "with --max-depth.")
    }

    static func nodes(limit: Int, throughAliases: Bool) -> LocalizedText {
        guard throughAliases else {
            return LocalizedText(
                fr: "Le document compte plus de \(limit) nœuds (clés, valeurs et éléments de liste ; "
                    + "limite « nombre de nœuds »). Une proposition n'en a que quelques centaines : "
                    + "vérifiez qu'il s'agit du bon fichier, ou relevez la limite avec --max-nodes.",
                en: "The document has more than \(limit) nodes (keys, values and list items; "
                    + "\"number of nodes\" limit). A proposal has a few hundred: check that this is "
                    + "the right file, or raise the limit with --max-nodes.")
        }
        return LocalizedText(
            fr: "Une fois les alias (*nom) développés, le document dépasserait \(limit) nœuds "
                + "(limite « expansion des alias »). C'est la forme d'une « bombe d'alias » : "
                + "écrivez les valeurs sans alias imbriqués, ou relevez la limite avec --max-nodes.",
            en: "Once its aliases (*name) are expanded, the document would exceed \(limit) nodes "
                + "(\"alias expansion\" limit). This is the shape of an alias bomb: write the "
                + "values without nested aliases, or raise the limit with --max-nodes.")
    }

    static func scalarTooLong(length: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "Cette valeur fait \(bytes(length, .fr)), au-delà de la limite de "
                + "\(bytes(limit, .fr)) par valeur (limite « longueur de valeur »). Raccourcissez-la "
                + "ou relevez la limite avec --max-scalar-length.",
            en: "This value is \(bytes(length, .en)), over the limit of \(bytes(limit, .en)) per "
                + "value (\"value length\" limit). Shorten it, or raise the limit with "
                + "--max-scalar-length.")
    }

    static let utf16 = LocalizedText(
        fr: "Le fichier est encodé en UTF-16. Enregistrez-le en UTF-8 (le choix par défaut de la "
            + "plupart des éditeurs) et relancez la vérification.",
        en: "The file is encoded in UTF-16. Save it as UTF-8 (most editors' default) and check "
            + "again.")

    static let binary = LocalizedText(
        fr: "Ce fichier semble binaire (image, PDF, archive…), pas un texte YAML. Vérifiez le "
            + "chemin du fichier.",
        en: "This file looks binary (image, PDF, archive…), not YAML text. Check the file path.")

    static let nulByte = LocalizedText(
        fr: "Le fichier contient un octet nul (0x00), interdit dans un texte YAML. Supprimez ce "
            + "caractère invisible, souvent laissé par un copier-coller.",
        en: "The file contains a NUL byte (0x00), which YAML text may not contain. Remove this "
            + "invisible character, often left by a copy and paste.")

    static func invalidUTF8(byte: UInt8) -> LocalizedText {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        return LocalizedText(
            fr: "Octet \(hex) invalide en UTF-8 : le fichier n'est pas enregistré en UTF-8 (peut-être "
                + "en Latin-1 ou Windows-1252). Enregistrez-le en UTF-8.",
            en: "Byte \(hex) is not valid UTF-8: the file is not saved as UTF-8 (perhaps Latin-1 or "
                + "Windows-1252). Save it as UTF-8.")
    }

    static let noFrontMatter = LocalizedText(
        fr: "Ce fichier Markdown ne commence pas par un en-tête YAML : la première ligne doit être "
            + "« --- », suivie de la proposition, puis d'une ligne « --- ».",
        en: "This Markdown file does not start with YAML front matter: the first line must be "
            + "\"---\", followed by the proposal, then a \"---\" line.")

    static let unterminatedFrontMatter = LocalizedText(
        fr: "L'en-tête YAML de ce fichier Markdown n'est jamais refermé : ajoutez une ligne « --- » "
            + "après la dernière ligne de la proposition.",
        en: "The YAML front matter of this Markdown file is never closed: add a \"---\" line after "
            + "the last line of the proposal.")

    static let frontMatterOpensHere = LocalizedText(
        fr: "l'en-tête commence ici", en: "the front matter starts here")

    static let empty = LocalizedText(
        fr: "Le fichier ne contient aucune donnée YAML. Partez d'un modèle : « conforme init ».",
        en: "The file holds no YAML data. Start from a template: \"conforme init\".")

    static func rootNotMapping(kind: String) -> LocalizedText {
        LocalizedText(
            fr: "Le document est \(kindFR(kind)) ; une proposition doit être une suite de champs "
                + "« clé: valeur » (promotion, projet, administration…).",
            en: "The document is \(kindEN(kind)); a proposal must be a set of \"key: value\" fields "
                + "(promotion, projet, administration…).")
    }

    static let multipleDocuments = LocalizedText(
        fr: "Le fichier contient plusieurs documents YAML (séparés par « --- ») ; une proposition "
            + "n'en contient qu'un. Supprimez ce séparateur ou placez chaque proposition dans son "
            + "propre fichier.",
        en: "The file holds several YAML documents (separated by \"---\"); a proposal is one. "
            + "Remove this separator or put each proposal in a file of its own.")

    static func duplicateKey(_ key: String) -> LocalizedText {
        LocalizedText(
            fr: "La clé « \(key) » apparaît deux fois dans la même section ; seule la première est "
                + "prise en compte. Fusionnez les deux ou supprimez l'une d'elles.",
            en: "Key '\(key)' appears twice in the same section; only the first one counts. Merge "
                + "them or remove one.")
    }

    static let firstOccurrence = LocalizedText(
        fr: "première occurrence ici", en: "first occurrence here")

    static func unknownAnchor(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "L'alias « *\(name) » renvoie à une ancre « &\(name) » qui n'est définie nulle part "
                + "avant lui. Définissez l'ancre, ou écrivez la valeur directement.",
            en: "Alias '*\(name)' refers to an anchor '&\(name)' that is not defined before it. "
                + "Define the anchor, or write the value directly.")
    }

    static func ambiguousBoolean(_ text: String) -> LocalizedText {
        LocalizedText(
            fr: "« \(text) » est lu comme le texte « \(text) », pas comme oui/non. Écrivez true ou "
                + "false pour une réponse oui/non, ou mettez la valeur entre guillemets si c'est "
                + "bien un texte.",
            en: "'\(text)' is read as the text '\(text)', not as yes/no. Write true or false for a "
                + "yes/no answer, or quote the value if it really is text.")
    }

    /// libyaml's error, in words a proposal's author can act on.
    static func syntax(problem: String, context: String?, atTab: Bool) -> LocalizedText {
        if atTab {
            return LocalizedText(
                fr: "Tabulation dans l'indentation : YAML n'accepte que des espaces pour indenter. "
                    + "Remplacez les tabulations par des espaces.",
                en: "Tab in indentation: YAML only accepts spaces for indenting. Replace the tabs "
                    + "with spaces.")
        }
        let known: [String: (String, String)] = [
            "mapping values are not allowed in this context":
                ("« : » inattendu : une valeur contient probablement « : » sans guillemets, ou "
                    + "l'indentation est décalée. Mettez la valeur entre guillemets ou alignez-la.",
                 "Unexpected ':': a value probably contains ':' without quotes, or the indentation "
                    + "is off. Quote the value or align it."),
            "could not find expected ':'":
                ("« : » attendu après une clé : chaque ligne d'une section doit être de la forme "
                    + "« clé: valeur ». Vérifiez cette ligne et la précédente.",
                 "Expected ':' after a key: every line of a section must read \"key: value\". "
                    + "Check this line and the one before."),
            "did not find expected key":
                ("Clé attendue : l'indentation de cette ligne ne correspond pas à celle de la "
                    + "section. Alignez-la sur les autres clés.",
                 "Expected a key: this line's indentation does not match its section. Align it "
                    + "with the other keys."),
            "did not find expected node content":
                ("Valeur attendue ici : une valeur manque ou un caractère spécial (« [ », « { », "
                    + "« , ») est mal placé.",
                 "Expected a value here: a value is missing or a special character ('[', '{', ',') "
                    + "is misplaced."),
            "did not find expected '-' indicator":
                ("« - » attendu : les éléments d'une liste doivent tous commencer par « - » au même "
                    + "niveau d'indentation.",
                 "Expected '-': all items of a list must start with '-' at the same indentation."),
            "did not find expected ',' or ']'":
                ("« , » ou « ] » attendu : une liste entre crochets n'est pas refermée "
                    + "correctement.",
                 "Expected ',' or ']': a bracketed list is not closed properly."),
            "did not find expected ',' or '}'":
                ("« , » ou « } » attendu : une section entre accolades n'est pas refermée "
                    + "correctement.",
                 "Expected ',' or '}': a braced section is not closed properly."),
            "found unexpected end of stream":
                ("Fin de fichier inattendue : des guillemets ou des crochets ouverts ne sont "
                    + "jamais refermés.",
                 "Unexpected end of file: quotes or brackets are opened and never closed."),
            "found character that cannot start any token":
                ("Caractère inattendu en début de valeur (par exemple « @ », « ` » ou « % ») : "
                    + "mettez la valeur entre guillemets.",
                 "Unexpected character at the start of a value (such as '@', '`' or '%'): quote "
                    + "the value."),
            "block sequence entries are not allowed in this context":
                ("« - » inattendu : un élément de liste est mal indenté ou suit une valeur sur la "
                    + "même ligne.",
                 "Unexpected '-': a list item is misindented or follows a value on the same line."),
            "found unknown escape character":
                ("Séquence d'échappement inconnue entre guillemets doubles (« \\ » suivi d'un "
                    + "caractère non prévu) : doublez la barre oblique inverse ou utilisez des "
                    + "guillemets simples.",
                 "Unknown escape sequence in double quotes ('\\' followed by an unexpected "
                    + "character): double the backslash or use single quotes."),
            "found undefined tag handle":
                ("Étiquette YAML (« ! ») inconnue : supprimez-la.",
                 "Unknown YAML tag handle ('!'): remove it."),
            "found unexpected document indicator":
                ("« --- » ou « ... » inattendu au milieu d'une valeur.",
                 "Unexpected '---' or '...' inside a value."),
            "did not find expected <document start>":
                ("Ligne « --- » attendue : après des directives (« %YAML », « %TAG ») ou une fin "
                    + "de document (« ... »), le contenu commence par une ligne « --- ».",
                 "Expected a '---' line: after directives ('%YAML', '%TAG') or the end of a "
                    + "document ('...'), content starts with a '---' line."),
            "found unknown directive name":
                ("directive inconnue : YAML ne connaît que « %YAML » et « %TAG », et une "
                    + "proposition n'en a pas besoin. Supprimez cette ligne.",
                 "unknown directive: YAML only knows '%YAML' and '%TAG', and a proposal needs "
                    + "neither. Remove this line."),
            "found duplicate %YAML directive":
                ("directive « %YAML » répétée : un document n'en a qu'une. Supprimez cette ligne.",
                 "repeated '%YAML' directive: a document has only one. Remove this line."),
            "did not find expected comment or line break":
                ("texte inattendu en fin de ligne : une directive s'écrit « %YAML 1.2 » ou "
                    + "« %TAG !nom! préfixe », suivie au plus d'un commentaire.",
                 "unexpected text at the end of the line: a directive reads '%YAML 1.2' or "
                    + "'%TAG !name! prefix', followed at most by a comment."),
            "control characters are not allowed":
                ("Caractère de contrôle invisible interdit dans un texte YAML : supprimez-le.",
                 "Invisible control character, not allowed in YAML text: remove it."),
            "found a tab character that violates indentation":
                ("Tabulation dans l'indentation : YAML n'accepte que des espaces pour indenter.",
                 "Tab in indentation: YAML only accepts spaces for indenting."),
            "found a tab character where an indentation space is expected":
                ("Tabulation dans l'indentation : YAML n'accepte que des espaces pour indenter.",
                 "Tab in indentation: YAML only accepts spaces for indenting."),
        ]
        if let (fr, en) = known[problem] {
            return LocalizedText(fr: "Syntaxe YAML : " + fr, en: "YAML syntax: " + en)
        }
        let suffix = context.map { " (\($0))" } ?? ""
        return LocalizedText(
            fr: "Syntaxe YAML invalide : \(problem)\(suffix). Vérifiez l'indentation, les "
                + "guillemets et les crochets autour de cet endroit.",
            en: "Invalid YAML syntax: \(problem)\(suffix). Check indentation, quotes and brackets "
                + "around this place.")
    }

    static func context(_ context: String) -> LocalizedText {
        let known: [String: (String, String)] = [
            "while scanning a simple key": ("dans la clé commencée ici", "in the key started here"),
            "while parsing a block mapping":
                ("dans la section commencée ici", "in the section started here"),
            "while parsing a block collection":
                ("dans la liste commencée ici", "in the list started here"),
            "while parsing a flow sequence":
                ("dans la liste entre crochets ouverte ici", "in the bracketed list opened here"),
            "while parsing a flow mapping":
                ("dans la section entre accolades ouverte ici", "in the braced section opened here"),
            "while scanning a quoted scalar":
                ("dans le texte entre guillemets ouvert ici", "in the quoted text opened here"),
            "while scanning a block scalar":
                ("dans le bloc de texte commencé ici", "in the block of text started here"),
            "while scanning a plain scalar":
                ("dans la valeur commencée ici", "in the value started here"),
            "while parsing a node": ("dans la valeur commencée ici", "in the value started here"),
        ]
        if let (fr, en) = known[context] { return LocalizedText(fr: fr, en: en) }
        return LocalizedText(fr: "contexte : \(context)", en: "context: \(context)")
    }

    private static func kindFR(_ kind: String) -> String {
        switch kind {
        case "list": "une liste"
        case "null": "vide"
        default: "une valeur seule"
        }
    }

    private static func kindEN(_ kind: String) -> String {
        switch kind {
        case "list": "a list"
        case "null": "empty"
        default: "a single value"
        }
    }

    enum Unit { case fr, en }

    /// "1 Mio" / "1 MiB", "64 Kio" / "64 KiB", or plain bytes.
    static func bytes(_ count: Int, _ unit: Unit) -> String {
        let (mib, kib, b) = unit == .fr ? ("Mio", "Kio", "octets") : ("MiB", "KiB", "bytes")
        if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) \(mib)" }
        if count >= 1 << 20 {
            let tenths = (count * 10) >> 20
            let text = "\(tenths / 10)\(unit == .fr ? "," : ".")\(tenths % 10)"
            return "\(text) \(mib)"
        }
        if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) \(kib)" }
        if count >= 1 << 10 { return "\(count >> 10) \(kib)" }
        return "\(count) \(b)"
    }
}

/// Messages of the checks libyaml does not make (StrictSyntax).
extension Messages {
    static let gluedComment = LocalizedText(
        fr: "Syntaxe YAML : « # » collé à ce qui précède. Un commentaire doit être précédé d'une "
            + "espace : ajoutez-en une avant « # », ou mettez tout le texte entre guillemets.",
        en: "YAML syntax: '#' right after the text before it. A comment must follow a space: add "
            + "one before '#', or put the whole text in quotes.")

    static func underIndented(minimum: Int, tab: Bool) -> LocalizedText {
        let spacesFR = minimum > 1 ? "\(minimum) espaces" : "1 espace"
        let spacesEN = minimum > 1 ? "\(minimum) spaces" : "1 space"
        if tab {
            return LocalizedText(
                fr: "Syntaxe YAML : tabulation en début de ligne. La suite d'une valeur entre "
                    + "guillemets ou entre crochets s'indente avec des espaces, au moins "
                    + "\(spacesFR) ici : remplacez la tabulation par des espaces.",
                en: "YAML syntax: tab at the start of the line. The rest of a quoted or bracketed "
                    + "value is indented with spaces, at least \(spacesEN) here: replace the tab "
                    + "with spaces.")
        }
        return LocalizedText(
            fr: "Syntaxe YAML : ligne pas assez indentée. La suite d'une valeur entre guillemets "
                + "ou entre crochets doit être plus indentée que la clé ou le « - » qui la porte : "
                + "au moins \(spacesFR) ici.",
            en: "YAML syntax: line not indented enough. The rest of a quoted or bracketed value "
                + "must be indented more than the key or '-' it belongs to: at least \(spacesEN) "
                + "here.")
    }

    static let loneDashInFlow = LocalizedText(
        fr: "Syntaxe YAML : « - » dans une liste entre crochets. Entre crochets, les éléments se "
            + "séparent par des virgules, sans tiret : supprimez le tiret, ou mettez « - » entre "
            + "guillemets si c'est une valeur.",
        en: "YAML syntax: '-' in a bracketed list. Inside brackets, items are separated by commas, "
            + "with no dash: remove the dash, or quote '-' if it is a value.")
}
