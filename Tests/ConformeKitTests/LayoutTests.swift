import Foundation
import Testing

/// The README's layout section lists ConformeKit's folders in the order they may use one
/// another; these tests hold the code to it, and every source file to 400 lines.
@Suite struct LayoutTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let kit = repository.appendingPathComponent("Sources/ConformeKit")

    /// The tiers of the README's table, in order: `| `Schema/`, `Authoring/` | … |` is one tier.
    static func tiers() throws -> [[String]] {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = readme.components(separatedBy: "each folder uses only the folders above it")[1]
        var tiers: [[String]] = []
        for line in section.split(separator: "\n").drop(while: { !$0.hasPrefix("|") }) {
            guard line.hasPrefix("|") else { break }
            let cell = line.split(separator: "|").first.map(String.init) ?? ""
            let folders = cell.components(separatedBy: "`").filter { $0.hasSuffix("/") }.map { String($0.dropLast()) }
            if !folders.isEmpty { tiers.append(folders) }
        }
        return tiers
    }

    /// Swift files by ConformeKit folder (the `Rules` link holds rule files, not code).
    static func sources() throws -> [(folder: String, file: URL)] {
        let manager = FileManager.default
        var found: [(String, URL)] = []
        for folder in try manager.contentsOfDirectory(atPath: kit.path).sorted() {
            let url = kit.appendingPathComponent(folder)
            guard (try? manager.destinationOfSymbolicLink(atPath: url.path)) == nil else { continue }
            let files = manager.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
            found += files.filter { $0.pathExtension == "swift" }.map { (folder, $0) }
        }
        return found
    }

    /// The code of a file without its comments and string literals, where names are only words.
    static func code(of file: URL) throws -> String {
        var text = try String(contentsOf: file, encoding: .utf8)
        for pattern in [#"//[^\n]*"#, #""(?:[^"\\\n]|\\.)*""#] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text
    }

    @Test func everyFolderIsInTheReadmesOrder() throws {
        let listed = Set(try Self.tiers().flatMap { $0 })
        let folders = Set(try Self.sources().map(\.folder))
        #expect(folders.subtracting(listed).isEmpty, "folders missing from the README's layout: \(folders.subtracting(listed))")
    }

    @Test func foldersUseOnlyTheFoldersAboveThem() throws {
        let tiers = try Self.tiers()
        let rank = Dictionary(uniqueKeysWithValues: tiers.enumerated().flatMap { index, tier in tier.map { ($0, index) } })
        let sources = try Self.sources()
        // Type names, and the free functions some folders offer, each declared in one folder.
        let declaration = try NSRegularExpression(
            pattern: #"^(?:(?:public|package|fileprivate|private|final|indirect) )*(struct|enum|class|protocol|typealias|actor|func) +(\w+)"#,
            options: .anchorsMatchLines)
        var owners: [String: Set<String>] = [:]
        var codes: [URL: String] = [:]
        for (folder, file) in sources {
            let code = try Self.code(of: file)
            codes[file] = code
            for match in declaration.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                guard let kind = Range(match.range(at: 1), in: code), let name = Range(match.range(at: 2), in: code)
                else { continue }
                // A function is used where it is called: `promotion(of:)`, not a `promotion` label.
                owners[String(code[name]) + (code[kind] == "func" ? "(" : ""), default: []].insert(folder)
            }
        }
        var crossings: [String] = []
        for (folder, file) in sources {
            guard let here = rank[folder], let code = codes[file] else { continue }
            // Words, and words called (`name(` not after a dot, which would be a method).
            var words: Set<String> = []
            var word = ""
            var before: Character = " "  // the character before the current word
            var last: Character = " "
            for character in code + " " {
                if character.isLetter || character.isNumber || character == "_" {
                    if word.isEmpty { before = last }
                    word.append(character)
                } else if !word.isEmpty {
                    words.insert(word)
                    if character == "(", before != "." { words.insert(word + "(") }
                    word = ""
                }
                last = character
            }
            for word in words {
                guard let owner = owners[word], owner.count == 1, let other = owner.first, other != folder,
                    let there = rank[other], there >= here
                else { continue }
                crossings.append("\(folder)/\(file.lastPathComponent) uses \(word) of \(other)/")
            }
        }
        #expect(crossings.sorted() == [], "a folder uses one at or below it in the README's layout")
    }

    @Test func noSourceFileIsOver400Lines() throws {
        let manager = FileManager.default
        var long: [String] = []
        for top in ["Sources", "Tests", "Fuzz"] {
            let url = Self.repository.appendingPathComponent(top)
            let files = manager.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
            for file in files where ["swift", "py", "c"].contains(file.pathExtension) {
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
                if lines > 400 { long.append("\(file.path.dropFirst(Self.repository.path.count + 1)): \(lines)") }
            }
        }
        #expect(long == [])
    }
}
