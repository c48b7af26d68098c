import Foundation
import Testing

@testable import YAMLTree

/// conforme never redefines a symbol of another library: a replacement for libyaml's allocator
/// (`yaml_malloc` and its siblings) made blocks cross allocators wherever libyaml binds its own
/// calls directly (`free(): invalid size`), and clashed with any other libyaml user in the
/// process. Each of libyaml's exported functions must resolve to libyaml itself.
@Suite struct LibyamlSymbolTests {
    static let libyamlFunctions = [
        "yaml_malloc", "yaml_realloc", "yaml_free", "yaml_strdup",
        "yaml_parser_initialize", "yaml_parser_parse", "yaml_event_delete",
    ]

    @Test(arguments: libyamlFunctions)
    func libyamlFunctionsAreLibyamlsOwn(_ name: String) throws {
        // The process's own lookup order, as libyaml's calls through the PLT see it.
        #if canImport(Darwin)
        let everywhere = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #else
        let everywhere: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
        #endif
        let address = try #require(dlsym(everywhere, name), "\(name) is not exported")
        let object = try #require(Self.mappedObject(containing: UInt(bitPattern: address)), "\(name) is in no mapped file")
        #expect(
            (object as NSString).lastPathComponent.hasPrefix("libyaml"),
            "\(name) resolves to \(object), not to libyaml")
    }

    /// The file mapped at `address`, from /proc/self/maps (dladdr is not in Glibc's module).
    static func mappedObject(containing address: UInt) -> String? {
        // Read to the end: a /proc file reports a size of 0.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps"),
            let data = try? handle.readToEnd()
        else { return nil }
        let maps = String(decoding: data, as: UTF8.self)
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6 else { continue }
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            guard bounds.count == 2, bounds[0] <= address, address < bounds[1] else { continue }
            return fields[5...].joined(separator: " ")
        }
        return nil
    }

    /// No source file exports a C symbol of its own: `@_cdecl` is how one was taken over.
    @Test func noSourceDefinesACSymbol() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        var offenders: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("@_cdecl") || text.contains("@_silgen_name") { offenders.append(file.lastPathComponent) }
        }
        #expect(offenders.isEmpty, "C symbols defined in \(offenders)")
    }
}
