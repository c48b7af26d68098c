@testable import ConformeKit
import Testing

@Suite struct ProjectConfigurationTests {
    static func decode(_ text: String) -> Result<ProjectConfiguration, RuleSetLoadError> {
        ProjectConfiguration.decode(Array(text.utf8), file: ".conforme.yml")
    }

    @Test func readsEveryKey() throws {
        let text = """
            rules: regles/eig-7.yml
            fail-on: warning
            lang: en
            formats: [text, "sarif:conforme.sarif"]
            include: propositions
            exclude: ["**/brouillons/**", "*.exemple.yml"]
            limits: {max-files: 20, max-depth: 8}
            sarif-waivers: omit
            markdown-max-findings: 10
            markdown-max-chars: 5000
            skip-markdown-without-front-matter: true
            """
        let configuration = try Self.decode(text).get()
        #expect(configuration.rules == "regles/eig-7.yml")
        #expect(configuration.failOn == .warning)
        #expect(configuration.language == .en)
        #expect(configuration.formats == ["text", "sarif:conforme.sarif"])
        #expect(configuration.include == ["propositions"])
        #expect(configuration.exclude == ["**/brouillons/**", "*.exemple.yml"])
        #expect(configuration.limits == ["max-files": 20, "max-depth": 8])
        #expect(configuration.sarifWaivers == .omit)
        #expect(configuration.markdownMaxFindings == 10)
        #expect(configuration.markdownMaxCharacters == 5000)
        #expect(configuration.skipMarkdownWithoutFrontMatter == true)
    }

    @Test func everyProblemIsLocatedWithADidYouMean() throws {
        let text = """
            fial-on: warning
            lang: de
            limits:
              max-dept: 3
              max-nodes: 0
            sarif-waivers: omitt
            include: {a: 1}
            """
        guard case .failure(let error) = Self.decode(text) else {
            Issue.record("a configuration with problems must be refused")
            return
        }
        let lines = error.problems.map { $0.text(.en) }
        #expect(lines == [
            ".conforme.yml:1:1: unknown key 'fial-on' in '.conforme.yml'; did you mean 'fail-on'?",
            ".conforme.yml:2:7: 'lang': unknown value 'de'; did you mean 'fr'?",
            ".conforme.yml:4:3: unknown key 'max-dept' in 'limits'; did you mean 'max-depth'?",
            ".conforme.yml:5:14: 'limits.max-nodes': an integer of at least 1 is expected",
            ".conforme.yml:6:16: 'sarif-waivers': unknown value 'omitt'; did you mean 'omit'?",
            ".conforme.yml:7:10: 'include': a list of texts is expected",
        ])
    }

    @Test func brokenYAMLIsLocatedToo() {
        guard case .failure(let error) = Self.decode("fail-on: [warning\n") else {
            Issue.record("broken YAML must be refused")
            return
        }
        #expect(error.problems.first?.range.start.line == 2)
    }

    @Test func anEmptyOrCommentedFileIsAnEmptyConfiguration() throws {
        #expect(try Self.decode("# rien\n").get() == ProjectConfiguration())
    }

    @Test(arguments: Language.allCases)
    func theTemplateIsValidAsWritten(_ language: Language) throws {
        let configuration = try Self.decode(ConfigurationTemplate.render(language: language)).get()
        #expect(configuration.include == ["propositions"])
        #expect(configuration.exclude == ["**/brouillons/**"])
        // Every key is documented in the template, commented out or not.
        for key in ProjectConfiguration.keys + ProjectConfiguration.limitKeys {
            #expect(ConfigurationTemplate.render(language: language).contains("\(key):"), "\(key)")
        }
    }

    @Test func globs() {
        #expect(Glob("propositions/**/*.yml").matches("propositions/a.yml"))
        #expect(Glob("propositions/**/*.yml").matches("propositions/x/y/a.yml"))
        #expect(!Glob("propositions/**/*.yml").matches("autres/a.yml"))
        #expect(!Glob("propositions/*.yml").matches("propositions/x/a.yml"))
        #expect(Glob("**/brouillons/**").matches("propositions/brouillons/a.yml"))
        #expect(Glob("brouillons/").matches("brouillons/x/a.md"))
        #expect(Glob("*.exemple.yml").matches("deep/folder/b.exemple.yml"), "no slash: any folder")
        #expect(Glob("p?.yml").matches("p1.yml") && !Glob("p?.yml").matches("p10.yml"))
        #expect(Glob("./propositions/*.yml").matches("propositions/a.yml"))
        #expect(Glob("propositions/**/*.yml").literalPrefix == "propositions")
        #expect(!Glob("propositions").hasWildcard)
    }
}
