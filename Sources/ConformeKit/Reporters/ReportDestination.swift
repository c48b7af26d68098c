import YAMLTree

/// Where one `--format FMT[:FILE]` sends its report: a file, or standard output when no file
/// (or `-`) is given.
public struct ReportDestination: Sendable, Hashable, CustomStringConvertible {
    public var format: ReportFormat
    /// Nil: standard output.
    public var file: String?

    public init(format: ReportFormat, file: String? = nil) {
        self.format = format
        self.file = file
    }

    public var description: String { file.map { "\(format.rawValue):\($0)" } ?? format.rawValue }

    /// One `--format` value. The file is everything after the first `:`, so a path may hold
    /// colons itself (`markdown:C:\résumé.md`).
    public static func parse(_ argument: String) throws(ReportDestinationError) -> ReportDestination {
        let name: Substring
        var file: String?
        if let colon = argument.firstIndex(of: ":") {
            name = argument[..<colon]
            let rest = String(argument[argument.index(after: colon)...])
            guard !rest.isEmpty else { throw .emptyFile(argument: argument) }
            file = rest == "-" ? nil : rest
        } else {
            name = Substring(argument)
        }
        guard let format = ReportFormat(rawValue: name.lowercased()) else {
            throw .unknownFormat(argument: argument, name: String(name))
        }
        return ReportDestination(format: format, file: file)
    }

    /// Every `--format` of a command line, checked together: at most one report on standard
    /// output (two would interleave), no file named twice. No `--format` means text on stdout.
    public static func validate(_ arguments: [String]) throws(ReportDestinationError)
        -> [ReportDestination]
    {
        guard !arguments.isEmpty else { return [ReportDestination(format: .text)] }
        var destinations: [ReportDestination] = []
        for argument in arguments {
            let destination = try parse(argument)
            if destination.file == nil,
                let earlier = destinations.first(where: { $0.file == nil })
            {
                throw .severalToStandardOutput(first: earlier.format, second: destination.format)
            }
            if let file = destination.file, destinations.contains(where: { $0.file == file }) {
                throw .sameFileTwice(file: file)
            }
            destinations.append(destination)
        }
        return destinations
    }
}

/// A `--format` the CLI must refuse (exit 2), with a French and an English sentence that say
/// what is wrong and how to write it instead.
public enum ReportDestinationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFormat(argument: String, name: String)
    case emptyFile(argument: String)
    case severalToStandardOutput(first: ReportFormat, second: ReportFormat)
    case sameFileTwice(file: String)

    public var message: LocalizedText {
        switch self {
        case .unknownFormat(let argument, let name):
            let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            let guess = ReportDestinationError.closestFormat(to: name).map { Suggestion.didYouMean($0.rawValue) }
            return LocalizedText(
                fr: "--format \(argument) : format de rapport inconnu « \(name) » ; formats possibles : \(known)"
                    + (guess.map { " (\($0.fr))" } ?? "."),
                en: "--format \(argument): unknown report format '\(name)'; known formats: \(known)"
                    + (guess.map { " (\($0.en))" } ?? "."))
        case .emptyFile(let argument):
            let name = argument.split(separator: ":", maxSplits: 1).first.map(String.init) ?? argument
            return LocalizedText(
                fr: "--format \(argument) : le nom de fichier après « : » est vide ; écrivez"
                    + " --format \(name):FICHIER, ou --format \(name) pour la sortie standard.",
                en: "--format \(argument): the file name after ':' is empty; write"
                    + " --format \(name):FILE, or --format \(name) for standard output.")
        case .severalToStandardOutput(let first, let second):
            let example = "--format \(second.rawValue):rapport.\(second.fileExtension)"
            return LocalizedText(
                fr: "--format \(first.rawValue) et --format \(second.rawValue) écrivent tous deux sur la"
                    + " sortie standard ; un seul le peut. Donnez un fichier aux autres, par exemple \(example).",
                en: "--format \(first.rawValue) and --format \(second.rawValue) both write to standard"
                    + " output; only one may. Give the others a file, for example"
                    + " --format \(second.rawValue):report.\(second.fileExtension).")
        case .sameFileTwice(let file):
            return LocalizedText(
                fr: "deux --format écrivent dans le même fichier « \(file) » ; donnez-leur des fichiers différents.",
                en: "two --format options write to the same file '\(file)'; give them different files.")
        }
    }

    public var description: String { message.en }

    /// The known format a mistyped name most likely meant (edit distance ≤ 2), if any.
    static func closestFormat(to name: String) -> ReportFormat? {
        let lowered = name.lowercased()
        let scored = ReportFormat.allCases.map { ($0, Suggestion.editDistance(lowered, $0.rawValue)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }
}
