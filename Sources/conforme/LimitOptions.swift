import ArgumentParser
import ConformeKit
import YAMLTree

/// The bad-input limits (docs/robustesse.md), each configurable.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: "Taille maximale d'un fichier, en octets (défaut 1 Mio).")
    var maxFileSize: Int = LimitValues().maxFileSize

    @Option(name: .customLong("max-depth"), help: "Profondeur d'imbrication maximale (défaut 64).")
    var maxDepth: Int = LimitValues().maxDepth

    @Option(name: .customLong("max-nodes"), help: "Nombre maximal de nœuds après développement des alias (défaut 10 000).")
    var maxNodes: Int = LimitValues().maxNodes

    @Option(name: .customLong("max-scalar-length"), help: "Longueur maximale d'une valeur, en octets (défaut 64 Kio).")
    var maxScalarLength: Int = LimitValues().maxScalarLength

    @Option(name: .customLong("max-list-length"), help: "Nombre maximal d'éléments d'une liste parcourue par une vérification (défaut 1 000).")
    var maxListLength: Int = LimitValues().maxListLength

    @Option(name: .customLong("max-pattern-input"), help: "Longueur maximale d'un texte vérifié par un motif (expression régulière), en caractères (défaut 4 096).")
    var maxPatternInput: Int = LimitValues().maxPatternInput

    var values: LimitValues {
        LimitValues(
            maxFileSize: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes,
            maxScalarLength: maxScalarLength, maxListLength: maxListLength, maxPatternInput: maxPatternInput)
    }

    var evaluationLimits: EvaluationLimits { values.evaluationLimits }

    var parseLimits: ParseLimits { values.parseLimits }

    func validate() throws { try values.validate() }
}

/// The limits as plain values (see `CheckInvocation`), with their defaults.
struct LimitValues: Equatable {
    var maxFileSize = ParseLimits.default.maxFileSize
    var maxDepth = ParseLimits.default.maxDepth
    var maxNodes = ParseLimits.default.maxNodes
    var maxScalarLength = ParseLimits.default.maxScalarLength
    var maxListLength = EvaluationLimits.default.maxListLength
    var maxPatternInput = EvaluationLimits.default.maxPatternInput

    var evaluationLimits: EvaluationLimits {
        EvaluationLimits(maxListLength: maxListLength, maxPatternInput: maxPatternInput)
    }

    var parseLimits: ParseLimits {
        ParseLimits(
            maxFileSize: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes,
            maxScalarLength: maxScalarLength)
    }

    func validate() throws {
        for (name, value) in [("max-file-size", maxFileSize), ("max-depth", maxDepth),
                              ("max-nodes", maxNodes), ("max-scalar-length", maxScalarLength),
                              ("max-list-length", maxListLength), ("max-pattern-input", maxPatternInput)]
        where value < 1 {
            throw ValidationError(CLIMessages(language: LanguageChoice.resolve(nil)).atLeastOne("--\(name)", value))
        }
    }
}
