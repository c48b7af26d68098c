import YAMLTree

/// Loads a rule set: its file, the files it `extends`, their lists and rules, decoded and
/// validated completely before anything runs. Reading files is the caller's job (`read`), so
/// this stays pure and works the same on disk and on the copy embedded in conforme.
public enum RuleSetLoader {
    /// - Parameters:
    ///   - path: the rule file, as `read` understands it; `extends` are relative to it and may
    ///     not leave its folder.
    ///   - read: the bytes of a file, or nil when it cannot be read.
    public static func load(path: String, read: (String) -> [UInt8]?) -> Result<RuleSet, RuleSetLoadError> {
        let rootFolder = RulePath.normalize(RulePath.components(of: RulePath.folder(of: path))) ?? []
        let (files, gatheringProblems) = withoutActuallyEscaping(read) { read in
            var gathering = Gathering(read: read, rootFolder: rootFolder)
            gathering.gather(path, requestedAt: nil, chain: [])
            return (gathering.files, gathering.problems)
        }
        var problems = gatheringProblems

        // Lists first: a rule may use a list of any file of the set.
        var lists: [String: ValueList] = [:]
        for file in files {
            let decoder = RuleDecoder(file: file.path, lists: [:])
            for list in RuleFileDecoding.lists(of: file, decoder: decoder) { lists[list.name] = list }
            problems += decoder.problems
        }

        // Then rules, bases before the files that extend them: a later definition of an id wins.
        var rules: [Rule] = []
        var indexByID: [String: Int] = [:]
        let regexes = RegexCache()
        for file in files {
            let decoder = RuleDecoder(file: file.path, lists: lists, regexes: regexes)
            for rule in RuleFileDecoding.rules(of: file, decoder: decoder) {
                if let index = indexByID[rule.id] {
                    rules[index] = rule
                } else {
                    indexByID[rule.id] = rules.count
                    rules.append(rule)
                }
            }
            problems += decoder.problems
        }

        guard problems.isEmpty, let top = files.last else {
            if problems.isEmpty {
                // Unreachable in practice: no file means the top file was unreadable, reported.
                problems.append(RuleSetProblem(file: path, range: SourceRange(at: .start),
                    message: LocalizedText("jeu de règles vide", "empty rule set")))
            }
            return .failure(RuleSetLoadError(problems: problems))
        }
        let header = top.header
        return .success(RuleSet(
            id: header.id ?? RulePath.stem(of: path), title: header.title ?? header.id ?? RulePath.stem(of: path),
            version: header.version ?? "", rules: rules))
    }
}

/// One rule file, parsed, with its top-level sections.
struct ParsedRuleFile {
    struct Header {
        var id: String?
        var title: String?
        var version: String?
    }

    var path: String
    var header: Header
    var lists: Node?
    var rules: Node?
}

/// Walks `extends` depth first, bases before the file that extends them, refusing cycles and
/// files outside the rules folder.
private struct Gathering {
    let read: (String) -> [UInt8]?
    let rootFolder: [String]
    var files: [ParsedRuleFile] = []
    var problems: [RuleSetProblem] = []
    private var done: Set<String> = []

    init(read: @escaping (String) -> [UInt8]?, rootFolder: [String]) {
        self.read = read
        self.rootFolder = rootFolder
    }

    /// `requestedAt`: the file and range of the `extends` entry naming `path` (nil for the top).
    mutating func gather(_ path: String, requestedAt: (file: String, range: SourceRange)?, chain: [String]) {
        func fail(_ fr: String, _ en: String) {
            problems.append(RuleSetProblem(file: requestedAt?.file ?? path,
                range: requestedAt?.range ?? SourceRange(at: .start), message: LocalizedText(fr, en)))
        }
        if chain.contains(path) {
            let cycle = (chain.drop { $0 != path } + [path]).joined(separator: " → ")
            fail("« extends » forme un cycle : \(cycle)", "'extends' forms a cycle: \(cycle)")
            return
        }
        guard !done.contains(path) else { return }  // shared base, already loaded
        done.insert(path)
        guard let bytes = read(path) else {
            fail("fichier de règles introuvable ou illisible : \(path)", "rule file not found or unreadable: \(path)")
            return
        }
        let document = YAMLParser.parse(bytes)
        let decoder = RuleDecoder(file: path, lists: [:])
        for problem in document.problems where problem.severity == .error {
            decoder.report(problem.range, LocalizedText(
                "YAML invalide (\(problem.code.rawValue)) : \(problem.message.fr)",
                "invalid YAML (\(problem.code.rawValue)): \(problem.message.text(.en))"))
        }
        // Only a duplicate key leaves a whole tree behind; after any other YAML error, decoding
        // the remains would bury the real problem under consequences.
        let readable = document.problems.allSatisfy { $0.severity != .error || $0.code == .duplicateKey }
        guard readable, let root = document.root else {
            if document.root == nil, document.problems.isEmpty {
                decoder.report(SourceRange(at: .start), fr: "fichier de règles vide", en: "empty rule file")
            }
            problems += decoder.problems
            return
        }
        let what = LocalizedText("le jeu de règles", "the rule set")
        guard let pairs = decoder.mapping(root, what: what,
            allowed: ["ruleset", "title", "version", "extends", "lists", "rules"])
        else {
            problems += decoder.problems
            return
        }
        var file = ParsedRuleFile(path: path, header: .init())
        var bases: [(String, SourceRange)] = []
        for (key, pair) in pairs {
            switch key {
            case "ruleset": file.header.id = decoder.string(pair.value, what: key)
            case "title": file.header.title = decoder.string(pair.value, what: key)
            case "version": file.header.version = decoder.string(pair.value, what: key)
            case "lists": file.lists = pair.value
            case "rules": file.rules = pair.value
            default:  // extends
                for item in pair.value.oneOrMany {
                    guard let relative = decoder.string(item, what: key) else { continue }
                    if let target = resolveBase(relative, from: path, at: item.range, decoder: decoder) {
                        bases.append((target, item.range))
                    }
                }
            }
        }
        problems += decoder.problems
        for (base, range) in bases {
            gather(base, requestedAt: (path, range), chain: chain + [path])
        }
        files.append(file)
    }

    /// The path of an `extends` entry, or nil (reported) when it is not a local file inside the
    /// rules folder.
    private func resolveBase(_ relative: String, from path: String, at range: SourceRange, decoder: RuleDecoder) -> String? {
        if relative.contains("://") || relative.hasPrefix("/") || relative.hasPrefix("~") {
            decoder.report(range,
                fr: "« extends » n'accepte que des fichiers locaux, relatifs à ce fichier : « \(relative) »",
                en: "'extends' only accepts local files, relative to this file: '\(relative)'")
            return nil
        }
        let folder = RulePath.components(of: RulePath.folder(of: path))
        guard let joined = RulePath.normalize(folder + RulePath.components(of: relative)),
            joined.count > rootFolder.count, Array(joined.prefix(rootFolder.count)) == rootFolder
        else {
            decoder.report(range,
                fr: "« extends » sort du dossier des règles : « \(relative) »",
                en: "'extends' leaves the rules folder: '\(relative)'")
            return nil
        }
        return (path.hasPrefix("/") ? "/" : "") + joined.joined(separator: "/")
    }
}

/// Path arithmetic for `extends`, on strings: no file system involved.
enum RulePath {
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func components(of path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { $0 != "." }
    }

    /// Resolves `..` where it can; leading `..` stay (a rules folder may be `../rules`), and
    /// the caller checks that the result is still inside the rules folder.
    static func normalize(_ components: [String]) -> [String]? {
        var result: [String] = []
        for component in components {
            if component == ".." {
                if let last = result.last, last != ".." { result.removeLast() } else { result.append("..") }
            } else {
                result.append(component)
            }
        }
        return result
    }
}
