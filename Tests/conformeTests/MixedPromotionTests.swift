import Foundation
import Testing

/// A run over EIG 6 and EIG 7 manifests names each file's rule set where it belongs.
@Suite struct MixedPromotionTests {
    let files = ["examples/proposition-eig6.yml", "examples/echec-transparence.yml", "--today", "2024-06-01", "--no-config"]

    @Test func junitSuitesNameTheirOwnRuleSet() throws {
        let result = try CLI.run(["check"] + files + ["--format", "junit"])
        #expect(result.stdout.contains("<testsuites name=\"conforme eig-"))
        #expect(result.stdout.contains(" + eig-"), "the root names both rule sets")
        let suites = result.stdout.components(separatedBy: "<testsuite ").dropFirst()
        let eig6 = try #require(suites.first { $0.contains("name=\"examples/proposition-eig6.yml\"") })
        let eig7 = try #require(suites.first { $0.contains("name=\"examples/echec-transparence.yml\"") })
        #expect(eig6.contains("<property name=\"ruleset\" value=\"eig-6\"/>"))
        #expect(eig7.contains("<property name=\"ruleset\" value=\"eig-7\"/>"))
    }

    @Test func sarifResultsNameTheirOwnRuleSet() throws {
        let result = try CLI.run(["check"] + files + ["--format", "sarif"])
        let sarif = try CLI.json(result.stdout)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for item in results {
            let ruleset = ((item["properties"] as? [String: Any])?["ruleset"] as? [String: String])?["id"]
            #expect(ruleset == "eig-7", "every finding here comes from the EIG 7 manifest")
        }
        let all = ((run["properties"] as? [String: Any])?["rulesets"] as? [[String: String]])?.compactMap { $0["id"] }
        #expect(Set(all ?? []) == ["eig-6", "eig-7"])
    }
}
