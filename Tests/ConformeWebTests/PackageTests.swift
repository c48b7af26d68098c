import ConformeKit
import Foundation
import Testing

/// Facts about the package and the committed files, checked from the sources.
@Suite struct PackageTests {
    /// `swift build --product conforme` compiles only the `conforme` target's closure: no
    /// Hummingbird, NIO, metrics or lifecycle in it, so the CLI and the GitHub Action stay lean.
    @Test func theCLIsClosureHoldsNoWebDependency() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-describe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Its own scratch folder: the running `swift test` holds the package's.
        process.arguments = ["swift", "package", "--package-path", Web.repository.path, "--scratch-path", scratch.path, "describe", "--type", "json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let description = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(description["targets"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: targets.map { ($0["name"] as! String, $0) })

        func closure(_ root: String) -> (targets: Set<String>, products: Set<String>) {
            var seen: Set<String> = []
            var products: Set<String> = []
            var pending = [root]
            while let name = pending.popLast() {
                guard seen.insert(name).inserted, let target = byName[name] else { continue }
                pending += target["target_dependencies"] as? [String] ?? []
                products.formUnion(target["product_dependencies"] as? [String] ?? [])
            }
            return (seen, products)
        }
        let cli = closure("conforme")
        #expect(cli.targets == ["conforme", "ConformeKit", "YAMLTree", "CYAML"])
        #expect(cli.products == ["ArgumentParser"])
        // And the web one does reach them, so the check above is not vacuous.
        let web = closure("conforme-web")
        #expect(web.targets.contains("ConformeWeb"))
        #expect(web.products.isSuperset(of: ["Hummingbird", "ServiceLifecycle", "Prometheus", "Metrics"]))
    }

    /// The served document is the committed one, byte for byte.
    @Test func theServedOpenAPIDocumentIsTheCommittedOne() async throws {
        let committed = try String(contentsOf: Web.repository.appendingPathComponent("docs/api/openapi.yaml"), encoding: .utf8)
        try await Web.test { _, client in
            let served = try await Web.send(client, .get, "/api/v1/openapi.yaml").text
            #expect(served == committed)
            #expect(committed.hasPrefix("openapi: 3.1"))
            let promotions = RuleSetCatalog.embedded.promotions.map(String.init).joined(separator: ", ")
            #expect(committed.contains("enum: [\(promotions)]"), "the promotions the document lists are the catalog's")
        }
    }

    @Test func noSourceFileOfTheWebLayerIsOver400Lines() throws {
        for folder in ["Sources/ConformeWeb", "Sources/conforme-web", "Tests/ConformeWebTests"] {
            let root = Web.repository.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count <= 400, "\(folder)/\(file)")
            }
        }
    }
}
