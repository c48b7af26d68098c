import ConformeKit
import Foundation

/// How `.conforme.yml` fills the options the command line left out.
extension CheckInvocation {
    /// This invocation with every option it did not give taken from the configuration. Paths
    /// in the file are relative to its folder, so a run from a subfolder means the same.
    func adopting(_ loaded: LoadedConfiguration?) -> CheckInvocation {
        guard let loaded else { return self }
        let file = loaded.configuration
        var result = self
        if result.rules == nil { result.rules = file.rules.map(loaded.resolve) }
        if result.failOn == nil { result.failOn = file.failOn }
        if result.lang == nil { result.lang = file.language }
        if result.formats.isEmpty, let formats = file.formats {
            result.formats = formats.map { Self.resolveReportFile($0, loaded) }
        }
        if result.maxFiles == nil { result.maxFiles = file.limits["max-files"] }
        for name in ProjectConfiguration.limitKeys where name != "max-files" && result.limits[name] == nil {
            result.limits[name] = file.limits[name]
        }
        if result.sarifWaivers == nil { result.sarifWaivers = file.sarifWaivers }
        if result.markdownMaxFindings == nil { result.markdownMaxFindings = file.markdownMaxFindings }
        if result.markdownMaxChars == nil { result.markdownMaxChars = file.markdownMaxCharacters }
        if !result.skipMarkdownWithoutFrontMatter {
            result.skipMarkdownWithoutFrontMatter = file.skipMarkdownWithoutFrontMatter ?? false
        }
        if result.paths.isEmpty, let include = file.include {
            result.paths = Self.expand(include, loaded, maxFiles: result.maxFiles ?? Defaults.maxFiles)
        }
        return result
    }

    /// `sarif:conforme.sarif` → the file beside `.conforme.yml`; standard output stays so.
    private static func resolveReportFile(_ format: String, _ loaded: LoadedConfiguration) -> String {
        guard let colon = format.firstIndex(of: ":") else { return format }
        let file = String(format[format.index(after: colon)...])
        guard !file.isEmpty, file != "-" else { return format }
        return String(format[..<colon]) + ":" + loaded.resolve(file)
    }

    /// `include:` entries as paths to check: a plain path as it is, a glob as the files of its
    /// literal folder that it matches. A glob that matches nothing adds nothing; a plain path
    /// that does not exist is kept, so the run says it is missing.
    private static func expand(_ include: [String], _ loaded: LoadedConfiguration, maxFiles: Int) -> [String] {
        var paths: [String] = []
        for entry in include {
            let glob = Glob(entry)
            guard glob.hasWildcard else {
                paths.append(loaded.resolve(entry))
                continue
            }
            let prefix = glob.literalPrefix
            let root = prefix.isEmpty ? loaded.resolve(".") : loaded.resolve(prefix)
            let walked = FileDiscovery(maxFiles: maxFiles).find([root]).files
            paths += walked.filter { loaded.relative($0).map(glob.matches) ?? false }
        }
        return paths
    }

    /// Leaves out the files an `exclude:` glob matches, named or found; returns how many.
    static func removeExcluded(from files: inout [String], by loaded: LoadedConfiguration) -> Int {
        let globs = loaded.configuration.exclude.map(Glob.init)
        guard !globs.isEmpty else { return 0 }
        let before = files.count
        files.removeAll { file in
            guard file != "-", let relative = loaded.relative(file) else { return false }
            return globs.contains { $0.matches(relative) }
        }
        return before - files.count
    }
}
