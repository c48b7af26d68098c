import ArgumentParser
import Foundation
import Testing

@testable import conforme

/// `--help` in one language, all of it; errors in one form; `--lang` on every command; a
/// mistyped command named (issue 17, items 9 and 10).
@Suite struct HelpAndErrorsTests {
    static let commands: [[String]] = HelpPages.all.map(\.path)
    /// argument-parser's own words, which must never reach a user.
    static let parserWords = ["OVERVIEW", "USAGE:", "Show help", "(default:", "(values:", "Error:", "See '"]

    @Test(arguments: commands)
    func frenchHelpIsAllFrench(path: [String]) throws {
        let run = try CLI.run(path + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("UTILISATION : conforme"))
        for word in Self.parserWords + ["Shows", "default", "Language"] {
            #expect(!run.stdout.contains(word), "\(path): « \(word) » in\n\(run.stdout)")
        }
    }

    @Test(arguments: commands)
    func englishHelpIsAllEnglish(path: [String]) throws {
        for run in [try CLI.run(path + ["--lang", "en", "--help"]),
                    try CLI.run(path + ["-h"], environment: ["LANG": "en_US.UTF-8"])] {
            #expect(run.status == 0)
            #expect(run.stdout.contains("USAGE: conforme"))
            // "(default …)" is English of conforme's own.
            for word in Self.parserWords.dropFirst(2).filter({ $0 != "(default:" }) + ["UTILISATION", "Affiche", "défaut", "Vérifie", " : "] {
                #expect(!run.stdout.contains(word), "\(path): '\(word)' in\n\(run.stdout)")
            }
        }
    }

    @Test func helpReadsAsAUserSeesIt() throws {
        let run = try CLI.run(["--help"])
        #expect(run.stdout.hasPrefix("""
            Vérifie une proposition de mission EIG (Entrepreneur·es d'intérêt général,
            DINUM) au regard du règlement du programme.
            """))
        #expect(run.stdout.contains("  -h, --help              Affiche cette aide.\n"))
        #expect(run.stdout.contains("  « conforme help <sous-commande> » : l'aide d'une sous-commande.\n"))
        #expect(try CLI.run(["help", "rules", "explain"]).stdout == (try CLI.run(["rules", "explain", "--help"]).stdout))
        let check = try CLI.run(["check", "--help"]).stdout
        #expect(check.contains("  --max-files <N>         Nombre maximal de fichiers vérifiés en une fois (par\n                          défaut 10 000).\n"))
    }

    /// Every option argument-parser reads is in conforme's help, and nothing else is.
    @Test(arguments: HelpPages.all.map(\.path))
    func helpListsEveryOptionOfTheParser(path: [String]) throws {
        let page = try #require(HelpPages.all.first { $0.path == path })
        let command = Self.command(at: path)
        let parserHelp: String = Self.parserHelp(command)
        #expect(Self.longOptions(in: parserHelp) == Self.longOptions(in: Self.labels(page.options)))
        var parserSubcommands: Set<String> = []
        for sub in command.configuration.subcommands {
            if let name = sub.configuration.commandName { parserSubcommands.insert(name) }
        }
        var pageSubcommands: Set<String> = []
        for entry in page.subcommands { pageSubcommands.insert(String(entry.label.en.split(separator: " ")[0])) }
        #expect(pageSubcommands == parserSubcommands)
    }

    static func parserHelp(_ command: ParsableCommand.Type) -> String {
        Conforme.helpMessage(for: command, columns: 400)
    }

    static func labels(_ entries: [HelpPage.Entry]) -> String {
        var text = ""
        for entry in entries { text += entry.label.en + "\n" }
        return text
    }

    /// The `--options` a help text names, but --help and --version, which every page adds.
    static func longOptions(in text: String) -> Set<String> {
        var found: Set<String> = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }) where word.hasPrefix("--") && word.count > 2
            && word.dropFirst(2).allSatisfy({ $0.isLowercase || $0 == "-" }) {
            found.insert(String(word))
        }
        return found.subtracting(["--help", "--version"])
    }

    static func command(at path: [String]) -> ParsableCommand.Type {
        var command: ParsableCommand.Type = Conforme.self
        for word in path {
            for sub in command.configuration.subcommands where sub.configuration.commandName == word {
                command = sub
            }
        }
        return command
    }

    @Test func errorsShareOneForm() throws {
        let cases: [([String], String)] = [
            (["check", "--today", "07/12/2024", "x.yml"],
             "conforme : --today 07/12/2024 : date invalide ; écrivez-la AAAA-MM-JJ, par exemple 2024-06-01.\n"),
            (["check", "--nope", "x.yml"],
             "conforme : option inconnue « --nope » ; vouliez-vous dire « --jobs » ? (« conforme check --help » décrit les options)\n"),
            (["check", "--fail-on", "grave", "x.yml"],
             "conforme : valeur « grave » invalide pour --fail-on ; valeurs permises : info, warning, error (« conforme check --help » décrit les options)\n"),
            (["rules", "explain"], "conforme : argument manquant : <ID> (« conforme rules explain --help » décrit les options)\n"),
            (["check", "nexiste.yml"], "conforme : impossible de lire « nexiste.yml » : fichier ou dossier introuvable.\n"),
            (["check", "--lang", "en", "--today", "07/12/2024", "x.yml"],
             "conforme: --today 07/12/2024: invalid date; write it YYYY-MM-DD, for example 2024-06-01.\n"),
            (["check", "--max-depth", "0", "x.yml", "--lang", "en"], "conforme: --max-depth must be at least 1 (got 0).\n"),
        ]
        for (arguments, expected) in cases {
            let run = try CLI.run(arguments)
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix(expected), "\(arguments): \(run.stderr)")
        }
    }

    @Test func everyCommandTakesLang() throws {
        #expect(try CLI.run(["inspect", "--lang", "en", "nexiste.yml"]).stderr == "conforme: cannot read 'nexiste.yml': no such file or folder.\n")
        #expect(try CLI.run(["init", "--lang", "en", "--promotion", "6"]).stderr
            == "conforme: only promotion 7 has a template (--promotion 7); promotion 6 is closed.\n")
        for path in Self.commands where path != ["rules"] && !path.isEmpty {
            #expect(try CLI.run(path + ["--lang", "en", "--help"]).status == 0, "\(path)")
            #expect(!(try CLI.run(path + ["--help"]).stdout.contains("--lang")) == false, "\(path) has no --lang")
        }
    }

    @Test func commandWordsAreTheRootSubcommands() {
        let names = HelpPages.root.subcommands.map { String($0.label.en.split(separator: " ")[0]) }
        #expect(HelpPages.commandWords == Set(names + ["help"]))
    }

    @Test func aMistypedCommandIsSuggested() throws {
        let run = try CLI.run(["chek", "fichier.yml"])
        #expect(run.status == 2)
        #expect(run.stderr == "conforme : « chek » n'est ni un fichier ni une commande ; vouliez-vous dire « check » ? (« conforme --help » liste les commandes)\n")
        let english = try CLI.run(["--lang", "en", "inspet", "p.yml"])
        #expect(english.stderr == "conforme: 'inspet' is neither a file nor a command; did you mean 'inspect'? ('conforme --help' lists the commands)\n")
        #expect(try CLI.run(["rules", "lsit"]).stderr
            == "conforme : argument inattendu : « lsit » ; vouliez-vous dire « list » ? (« conforme rules --help » décrit les options)\n")
        // A file that exists is checked, whatever its name.
        #expect(try CLI.run(["examples/proposition-conforme.yml", "--today", "2024-06-01"]).status == 0)
    }
}
