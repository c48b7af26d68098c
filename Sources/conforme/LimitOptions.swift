import ArgumentParser
import ConformeKit
import YAMLTree

/// The bad-input limits (docs/robustesse.md), each configurable.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: "Taille maximale d'un fichier, en octets (défaut 1 Mio).")
    var maxFileSize: Int?

    @Option(name: .customLong("max-depth"), help: "Profondeur d'imbrication maximale (défaut 64).")
    var maxDepth: Int?

    @Option(name: .customLong("max-nodes"), help: "Nombre maximal de nœuds après développement des alias (défaut 10 000).")
    var maxNodes: Int?

    @Option(name: .customLong("max-scalar-length"), help: "Longueur maximale d'une valeur, en octets (défaut 64 Kio).")
    var maxScalarLength: Int?

    @Option(name: .customLong("max-list-length"), help: "Nombre maximal d'éléments d'une liste parcourue par une vérification (défaut 1 000).")
    var maxListLength: Int?

    @Option(name: .customLong("max-pattern-input"), help: "Longueur maximale d'un texte vérifié par un motif (expression régulière), en caractères (défaut 4 096).")
    var maxPatternInput: Int?

    var values: LimitValues {
        LimitValues(
            maxFileSize: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes,
            maxScalarLength: maxScalarLength, maxListLength: maxListLength, maxPatternInput: maxPatternInput)
    }

    var evaluationLimits: EvaluationLimits { values.evaluationLimits }

    var parseLimits: ParseLimits { values.parseLimits }

    func validate() throws { try values.validate() }
}

/// The limits as plain values (see `CheckInvocation`): nil when not given, so that a project's
/// `.conforme.yml` can set them; the defaults apply last.
struct LimitValues: Equatable {
    var maxFileSize: Int?
    var maxDepth: Int?
    var maxNodes: Int?
    var maxScalarLength: Int?
    var maxListLength: Int?
    var maxPatternInput: Int?

    var evaluationLimits: EvaluationLimits {
        EvaluationLimits(
            maxListLength: maxListLength ?? EvaluationLimits.default.maxListLength,
            maxPatternInput: maxPatternInput ?? EvaluationLimits.default.maxPatternInput)
    }

    var parseLimits: ParseLimits {
        ParseLimits(
            maxFileSize: maxFileSize ?? ParseLimits.default.maxFileSize,
            maxDepth: maxDepth ?? ParseLimits.default.maxDepth,
            maxNodes: maxNodes ?? ParseLimits.default.maxNodes,
            maxScalarLength: maxScalarLength ?? ParseLimits.default.maxScalarLength)
    }

    /// The value of a limit by its option name without dashes (`max-depth`), as
    /// `.conforme.yml` names it.
    subscript(name: String) -> Int? {
        get {
            switch name {
            case "max-file-size": maxFileSize
            case "max-depth": maxDepth
            case "max-nodes": maxNodes
            case "max-scalar-length": maxScalarLength
            case "max-list-length": maxListLength
            case "max-pattern-input": maxPatternInput
            default: nil
            }
        }
        set {
            switch name {
            case "max-file-size": maxFileSize = newValue
            case "max-depth": maxDepth = newValue
            case "max-nodes": maxNodes = newValue
            case "max-scalar-length": maxScalarLength = newValue
            case "max-list-length": maxListLength = newValue
            case "max-pattern-input": maxPatternInput = newValue
            default: break
            }
        }
    }

    func validate() throws {
        for (name, given) in [("max-file-size", maxFileSize), ("max-depth", maxDepth),
                              ("max-nodes", maxNodes), ("max-scalar-length", maxScalarLength),
                              ("max-list-length", maxListLength), ("max-pattern-input", maxPatternInput)]
        {
            guard let value = given, value < 1 else { continue }
            throw ValidationError(CLIMessages(language: LanguageChoice.resolve(nil)).atLeastOne("--\(name)", value))
        }
    }
}
