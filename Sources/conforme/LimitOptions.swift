import ArgumentParser
import ConformeKit
import YAMLTree

/// The bad-input limits of `cli.md`, each configurable.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: "Taille maximale d'un fichier, en octets (défaut 1 Mio).")
    var maxFileSize: Int = ParseLimits.default.maxFileSize

    @Option(name: .customLong("max-depth"), help: "Profondeur d'imbrication maximale (défaut 64).")
    var maxDepth: Int = ParseLimits.default.maxDepth

    @Option(name: .customLong("max-nodes"), help: "Nombre maximal de nœuds après développement des alias (défaut 10 000).")
    var maxNodes: Int = ParseLimits.default.maxNodes

    @Option(name: .customLong("max-scalar-length"), help: "Longueur maximale d'une valeur, en octets (défaut 64 Kio).")
    var maxScalarLength: Int = ParseLimits.default.maxScalarLength

    @Option(name: .customLong("max-list-length"), help: "Nombre maximal d'éléments d'une liste parcourue par une vérification (défaut 1 000).")
    var maxListLength: Int = EvaluationLimits.default.maxListLength

    @Option(name: .customLong("max-pattern-input"), help: "Longueur maximale d'un texte vérifié par un motif (expression régulière), en caractères (défaut 4 096).")
    var maxPatternInput: Int = EvaluationLimits.default.maxPatternInput

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
