import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// The rule sets shipped inside conforme: they load, they are current, and every rule's
/// examples behave as the rule file declares.
@Suite struct EmbeddedRuleSetTests {
    /// The repository's root, from this file's place in it.
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    static func ruleFilesOnDisk() throws -> [String: String] {
        let rules = repositoryRoot.appendingPathComponent("rules")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard ["yml", "yaml"].contains(url.pathExtension) else { continue }
            let relative = String(url.path.dropFirst(rules.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// Every file of rules/ is shipped, as it is on disk (through the Sources/ConformeKit/Rules
    /// link that SwiftPM embeds).
    @Test func everyRuleFileIsShipped() throws {
        let onDisk = try Self.ruleFilesOnDisk()
        #expect(!onDisk.isEmpty)
        #expect(Set(RuleSetCatalog.shippedFiles.keys) == Set(onDisk.keys),
            "rules/ holds a file RuleSetCatalog.shippedFiles does not list, or the other way round")
        for (name, text) in onDisk {
            #expect(RuleSetCatalog.shippedFiles[name] == text, "rules/\(name) is not shipped as it is on disk")
        }
    }

    @Test func everyEmbeddedRuleSetLoads() {
        let catalog = RuleSetCatalog.embedded
        #expect(!catalog.promotions.isEmpty)
        for promotion in catalog.promotions {
            let name = "eig-\(promotion).yml"
            if case .failure(let error) = catalog.load(name) {
                Issue.record("\(name) is refused:\n\(error)")
            }
        }
    }

    @Test func promotionChoosesTheRuleSetAndFallsBackToTheNewest() throws {
        let catalog = RuleSetCatalog.embedded
        let newest = try #require(catalog.promotions.last)
        #expect(catalog.fileName(forPromotion: newest) == "eig-\(newest).yml")
        #expect(catalog.fileName(forPromotion: nil) == "eig-\(newest).yml")
        #expect(catalog.fileName(forPromotion: 99) == "eig-\(newest).yml")
        #expect(catalog.ruleSet(forPromotion: 7).id == "eig-7")
        #expect(catalog.ruleSet(forPromotion: nil).id == "eig-\(newest)")
    }

    @Test func eig7HasTheCatalogueRules() {
        let ids = Set(RuleSetCatalog.embedded.ruleSet(forPromotion: 7).rules.map(\.id))
        for id in ["dossier.promotion", "transparence.licence", "mission.voeux-nombre", "dossier.cle-inconnue",
            "investigation.terminee", "engagements.sponsor", "dossier.phases"]
        {
            #expect(ids.contains(id), "eig-7 lacks \(id)")
        }
    }

    /// Each example is evaluated against its own rule only, on 2024-06-01: a pass yields no
    /// finding of the rule, a fail at least one (the logic `conforme rules validate` runs).
    @Test func everyRuleExampleBehavesAsDeclared() {
        let catalog = RuleSetCatalog.embedded
        for promotion in catalog.promotions {
            let ruleSet = catalog.ruleSet(forPromotion: promotion)
            for problem in RuleExamples.missingExamples(ruleSet) {
                Issue.record("\(ruleSet.id): \(problem)")
            }
            for outcome in RuleExamples.run(ruleSet, today: Fixture.today) where !outcome.behavesAsDeclared {
                Issue.record("\(ruleSet.id): \(outcome.problem!)\n\(outcome.example.text)\n→ \(outcome.findings.map { "\($0.at) \($0.rule) \($0.message.fr)" })")
            }
        }
    }

    /// `check` parses ahead while a rule set loads: asking whether one is ready never waits,
    /// and says yes only once it is loaded; a catalogue that is not embedded is never "ready"
    /// (it loads at each call, there is nothing to wait for).
    @Test func aRuleSetIsReadyOnlyOnceLoaded() throws {
        let catalog = RuleSetCatalog.embedded
        let loaded = catalog.ruleSet(forPromotion: 6)
        #expect(catalog.readyRuleSet(forPromotion: 6)?.id == loaded.id)
        let copy = RuleSetCatalog(files: catalog.files)
        #expect(copy.readyRuleSet(forPromotion: 6) == nil)
        #expect(copy.ruleSet(forPromotion: 6).id == "eig-6")
    }
}
