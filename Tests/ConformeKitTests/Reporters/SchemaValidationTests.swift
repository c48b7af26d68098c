import ConformeKit
import Foundation
import Testing

/// The CI formats checked by the validators their consumers' schemas come with: Python
/// `jsonschema` for SARIF and GitLab Code Quality, `xmllint` for JUnit. The schemas live in
/// the shared data folder named by `CONFORME_SHARED_DATA`; without it the suite is skipped (and
/// says so in the test output). With it, a missing validator is a failure, not a skip: CI
/// installs them with scripts/ci-deps.sh.
@Suite(
    .enabled(
        if: SharedData.schemas != nil,
        "SKIP: CONFORME_SHARED_DATA not set, schema validation of SARIF, GitLab and JUnit skipped"))
struct SchemaValidationTests {
    static let reports = [
        ("fixture", ReportFixture.report()), ("english", ReportFixture.report(language: .en)),
        ("hostile", ReportFixture.hostileReport()),
    ]

    @Test(arguments: reports.map(\.0))
    func sarifIsValid(_ name: String) throws {
        let schemas = try #require(SharedData.schemas)
        let file = try SharedData.write(SARIFReporter().render(report(name)), named: "\(name).sarif")
        try Validator.python(mode: "sarif", schema: schemas.appendingPathComponent("sarif-2.1.0.json"), document: file)
    }

    @Test(arguments: reports.map(\.0))
    func gitlabIsValid(_ name: String) throws {
        let schemas = try #require(SharedData.schemas)
        let file = try SharedData.write(GitLabReporter().render(report(name)), named: "\(name)-gl-code-quality.json")
        try Validator.python(
            mode: "gitlab", schema: schemas.appendingPathComponent("gitlab-codequality-degradation.schema.json"),
            document: file)
    }

    @Test(arguments: reports.map(\.0))
    func junitIsValid(_ name: String) throws {
        let schemas = try #require(SharedData.schemas)
        for failOn in [Severity.error, .info] {
            let xml = JUnitReporter(options: ReportOptions(failOn: failOn)).render(report(name))
            let file = try SharedData.write(xml, named: "\(name)-\(failOn)-junit.xml")
            try Validator.run(
                ["xmllint", "--noout", "--schema", schemas.appendingPathComponent("junit.xsd").path, file.path],
                missing: "xmllint is missing: install libxml2-utils (scripts/ci-deps.sh)")
        }
    }

    private func report(_ name: String) -> RunReport {
        SchemaValidationTests.reports.first { $0.0 == name }!.1
    }
}

enum SharedData {
    /// `$CONFORME_SHARED_DATA/schemas`, or nil when the variable is unset or empty.
    static var schemas: URL? {
        guard let root = ProcessInfo.processInfo.environment["CONFORME_SHARED_DATA"], !root.isEmpty else {
            return nil
        }
        return URL(fileURLWithPath: root).appendingPathComponent("schemas")
    }

    static func write(_ text: String, named name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("conforme-reporter-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

enum Validator {
    /// Validates with the schema's own draft (SARIF: draft-04, GitLab: draft-07). GitLab's
    /// schema covers one entry: the script checks the array, each entry, and what GitLab's
    /// documentation adds (severity values, unique fingerprints).
    static let script = #"""
        import json, sys
        import jsonschema
        mode, schema_path, doc_path = sys.argv[1:4]
        schema = json.load(open(schema_path, encoding="utf-8"))
        raw = open(doc_path, "rb").read()
        problems = []
        if raw.startswith(b"\xef\xbb\xbf"):
            problems.append("file starts with a BOM")
        doc = json.loads(raw.decode("utf-8"))
        validator = jsonschema.validators.validator_for(schema)(schema)
        entries = doc if mode == "gitlab" else [doc]
        if mode == "gitlab":
            if not isinstance(doc, list):
                problems.append("report is not a JSON array")
                entries = []
            fingerprints = [e.get("fingerprint") for e in entries]
            if len(set(fingerprints)) != len(fingerprints):
                problems.append("fingerprints are not unique")
            for e in entries:
                if e.get("severity") not in ("info", "minor", "major", "critical", "blocker"):
                    problems.append("bad severity %r" % e.get("severity"))
        for index, entry in enumerate(entries):
            for error in validator.iter_errors(entry):
                problems.append("%d %s: %s" % (index, "/".join(map(str, error.absolute_path)), error.message))
        for p in problems:
            print(p)
        sys.exit(1 if problems else 0)
        """#

    static func python(mode: String, schema: URL, document: URL) throws {
        try run(
            ["python3", "-c", "import jsonschema"],
            missing: "python3 with the jsonschema module is missing: pip install jsonschema (scripts/ci-deps.sh)")
        try run(["python3", "-c", script, mode, schema.path, document.path], missing: "python3 is missing")
    }

    /// Runs a command through `env` (so PATH is searched); records its output as the failure.
    static func run(_ arguments: [String], missing: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        switch process.terminationStatus {
        case 0: return
        case 127: Issue.record(Comment(rawValue: missing), sourceLocation: sourceLocation)
        default:
            if arguments.count == 3, arguments[1] == "-c" {
                Issue.record(Comment(rawValue: missing + "\n" + text), sourceLocation: sourceLocation)
            } else {
                Issue.record(
                    Comment(rawValue: "\(arguments[0]) rejected the report:\n\(text)"), sourceLocation: sourceLocation)
            }
        }
    }
}
