import ArgumentParser
import ConformeKit
import Foundation
import YAMLTree

/// `conforme check PATH…`: the default command.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Vérifie des propositions (fichiers, dossiers, ou - pour l'entrée standard).")

    @Argument(help: "Fichiers .yml/.yaml/.md, dossiers (parcourus récursivement), ou - (entrée standard).")
    var paths: [String] = ["."]

    @Option(help: "Seuil de sortie en échec : error, warning ou info.")
    var failOn: Severity = .error

    @Option(help: "Langue des messages : fr ou en (par défaut fr, ou en si LANG commence par en).")
    var lang: Language?

    @Option(help: "Date d'évaluation AAAA-MM-JJ (par défaut : aujourd'hui).")
    var today: String?

    @Flag(help: "Texte : n'affiche que les constats qui font échouer.")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let found = FileDiscovery(maxFiles: 10_000).find(paths)
        for error in found.errors {
            Terminal.error("conforme : \(error.path) : \(error.reason)")
        }
        var failed = false
        for path in found.files {
            let bytes = (try? InputFile.read(path, limit: limits.parseLimits.maxFileSize)) ?? []
            let document = YAMLParser.parse(bytes, kind: InputFile.kind(of: path), limits: limits.parseLimits)
            for problem in document.problems {
                Terminal.output("\(path):\(problem.range.start): [\(problem.code.rawValue)] \(problem.message.fr)\n")
                if problem.severity == .error { failed = true }
            }
        }
        if !found.errors.isEmpty { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}
