import ArgumentParser
import ConformeKit
import Foundation
import YAMLTree

/// Shows how conforme reads a file: every node with its path, type, value and position.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Affiche chaque nœud d'un fichier YAML : chemin, type, valeur, ligne:colonne.")

    @Argument(help: "Fichier à inspecter (.yml, .yaml, .md avec en-tête YAML) ou - pour l'entrée standard.")
    var file: String

    @Flag(name: .long, help: "Affiche le document en JSON.")
    var json = false

    @OptionGroup var limits: LimitOptions

    @Option(help: "Langue des messages : fr ou en.")
    var lang: Language?

    func run() throws {
        let parseLimits = limits.parseLimits
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file, limit: parseLimits.maxFileSize)
        } catch .unreadable(let path, let reason) {
            Terminal.error(CLIMessages(language: LanguageChoice.resolve(lang)).unreadable(path, reason))
            throw ExitCode(2)
        }
        let document = YAMLParser.parse(
            bytes, kind: InputFile.kind(of: file), limits: parseLimits, requireMapping: false)
        for problem in document.problems {
            Terminal.error(
                "\(file):\(problem.range.start.line):\(problem.range.start.column): "
                    + "[\(problem.code.rawValue)] \(problem.message.text(LanguageChoice.resolve(lang)))")
        }
        if let root = document.root, !document.hasErrors {
            Terminal.output(json ? PlainJSON.render(root) + "\n" : NodeListing.render(root))
        }
        if document.hasErrors { throw ExitCode(1) }
    }
}
