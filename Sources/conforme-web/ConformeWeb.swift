import ArgumentParser
import ConformeWeb
import Foundation
import Hummingbird

/// `conforme-web`: the web page and HTTP API. Options, then the server until SIGTERM/SIGINT
/// (Hummingbird's `runService` lets requests in flight finish before it stops).
@main
struct ConformeWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conforme-web",
        abstract: "Page web et API HTTP de conforme : vérifier une proposition EIG sans rien installer.",
        discussion: "Sans état : plusieurs instances peuvent tourner derrière un répartiteur de charge. Rien de ce qui est soumis n'est conservé ni journalisé.")

    @Option(help: "Adresse d'écoute (par défaut : la boucle locale).")
    var host = "127.0.0.1"

    @Option(help: "Port d'écoute (0 : un port libre choisi par le système).")
    var port = 8080

    @Option(name: .customLong("max-body"), help: ArgumentHelp("Taille maximale d'un manifeste envoyé : octets, ou KiB/MiB (défaut 1MiB).", valueName: "TAILLE"))
    var maxBody = "1MiB"

    @Option(name: .customLong("max-concurrent-checks"), help: "Vérifications simultanées au plus (défaut : le nombre de cœurs) ; les suivantes attendent, puis reçoivent 503.")
    var maxConcurrentChecks: Int?

    func validate() throws {
        guard Self.bytes(maxBody) != nil else {
            throw ValidationError("--max-body « \(maxBody) » : attendu un nombre d'octets, ou un nombre suivi de KiB ou MiB (par exemple 1MiB).")
        }
        if let maxConcurrentChecks, maxConcurrentChecks < 1 {
            throw ValidationError("--max-concurrent-checks doit valoir au moins 1 (reçu \(maxConcurrentChecks)).")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port doit être entre 0 et 65535 (reçu \(port)).") }
    }

    /// `1048576`, `512KiB`, `1MiB` (also `K`, `KB`, `M`, `MB`, all binary multiples).
    static func bytes(_ text: String) -> Int? {
        let units: [(String, Int)] = [("MiB", 1 << 20), ("MB", 1 << 20), ("M", 1 << 20), ("KiB", 1 << 10), ("KB", 1 << 10), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let number = Int(text.dropLast(suffix.count)), number > 0, number <= Int.max / factor else { return nil }
            return number * factor
        }
        guard let number = Int(text), number > 0 else { return nil }
        return number
    }

    func run() async throws {
        var configuration = WebConfiguration(host: host, port: port, maxBody: Self.bytes(maxBody)!)
        if let maxConcurrentChecks { configuration.maxConcurrentChecks = maxConcurrentChecks }
        let app = WebApplication(configuration: configuration).application { host, port in
            // The one line scripts wait for: the server listens from here on.
            // Written unbuffered, so a script reading a pipe sees it at once.
            FileHandle.standardOutput.write(Data("conforme-web: http://\(host):\(port)\n".utf8))
        }
        try await app.runService()
    }
}
