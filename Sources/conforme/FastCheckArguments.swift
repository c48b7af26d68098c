import ConformeKit

/// Reads the command lines typed most — `conforme [check] [--option value]… [PATH…]` with
/// `check`'s long options — without argument-parser. On every start argument-parser builds the
/// whole command tree, instantiates and mirrors each command's options (runtime protocol and
/// metadata look-ups) and parses the line twice more for completion-script flags: about 24M
/// instructions, several times the cost of checking one manifest, and what a pre-commit hook on
/// one file feels most.
///
/// This reader only accepts what it is sure argument-parser reads the same way. Anything else —
/// help, `--version`, another subcommand (or an argument spelled like one), `--`, `-`, short or
/// unknown options, a value that is empty or starts with `-`, a single-value option given twice,
/// a value that does not convert or fails validation — returns nil, and argument-parser reads
/// the line as before, with its own messages and exit codes.
enum FastCheckArguments {
    /// Every (sub)command name, read from the command tree so that a new subcommand is known
    /// here too: argument-parser may take an argument spelled like one for that command.
    private static let commandNames: Set<String> = {
        var names: Set<String> = ["help"]
        var pending = Conforme.configuration.subcommands
        while let command = pending.popLast() {
            if let name = command.configuration.commandName { names.insert(name) }
            pending += command.configuration.subcommands
        }
        return names
    }()

    static func parse(_ arguments: [String]) -> CheckInvocation? {
        var rest = arguments[...]
        if rest.first == "check" { rest = rest.dropFirst() }
        var invocation = CheckInvocation()
        var paths: [String] = []
        var seen: Set<Substring> = []
        while let argument = rest.popFirst() {
            guard !argument.isEmpty, !commandNames.contains(argument) else { return nil }
            guard argument.hasPrefix("-") else {
                paths.append(argument)
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
            let name: Substring
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                name = argument[...]
            }
            // Only `--format` may repeat (it appends); a repeated single option goes to the parser.
            guard name == "--format" || seen.insert(name).inserted else { return nil }
            if name == "--quiet" || name == "--no-config" || name == "--skip-markdown-without-front-matter" {
                guard value == nil else { return nil }
                switch name {
                case "--quiet": invocation.quiet = true
                case "--no-config": invocation.noConfig = true
                default: invocation.skipMarkdownWithoutFrontMatter = true
                }
                continue
            }
            if value == nil { value = rest.popFirst() }
            guard let value, !value.isEmpty, !value.hasPrefix("-"), !commandNames.contains(value) else {
                return nil
            }
            switch name {
            case "--rules": invocation.rules = value
            case "--format": invocation.formats.append(value)
            case "--fail-on":
                guard let severity = Severity(rawValue: value) else { return nil }
                invocation.failOn = severity
            case "--lang":
                guard let language = Language(rawValue: value) else { return nil }
                invocation.lang = language
            case "--today": invocation.today = value
            case "--config": invocation.config = value
            case "--sarif-waivers":
                guard let mode = SARIFWaiverMode(rawValue: value) else { return nil }
                invocation.sarifWaivers = mode
            default:
                // The remaining options are integers, converted as argument-parser does (`Int(_:)`).
                guard let number = Int(value) else { return nil }
                switch name {
                case "--jobs": invocation.jobs = number
                case "--max-files": invocation.maxFiles = number
                case "--max-file-size": invocation.limits.maxFileSize = number
                case "--max-depth": invocation.limits.maxDepth = number
                case "--max-nodes": invocation.limits.maxNodes = number
                case "--max-scalar-length": invocation.limits.maxScalarLength = number
                case "--max-list-length": invocation.limits.maxListLength = number
                case "--max-pattern-input": invocation.limits.maxPatternInput = number
                case "--markdown-max-findings": invocation.markdownMaxFindings = number
                case "--markdown-max-chars": invocation.markdownMaxChars = number
                default: return nil
                }
            }
        }
        if !paths.isEmpty { invocation.paths = paths }
        // An invalid value is reported by argument-parser, worded and formatted as always.
        guard (try? invocation.limits.validate()) != nil, (try? invocation.validate()) != nil else {
            return nil
        }
        return invocation
    }
}
