import Foundation
import YAMLTree

/// The rule sets shipped inside conforme, so the defaults work from any folder once installed.
public struct RuleSetCatalog: Sendable {
    /// Rule file path relative to the rules folder → text.
    public let files: [String: String]

    /// Whether these are the embedded files, whose rule sets are cached.
    let isEmbedded: Bool
    /// The promotions that have a rule set `eig-<N>.yml`, oldest first. Worked out once: every
    /// manifest asks for its rule set.
    public let promotions: [Int]

    public init(files: [String: String]) {
        self.init(files, isEmbedded: false)
    }

    private init(embedded files: [String: String]) {
        self.init(files, isEmbedded: true)
    }

    private init(_ files: [String: String], isEmbedded: Bool) {
        self.files = files
        self.isEmbedded = isEmbedded
        promotions = files.keys.compactMap { name -> Int? in
            guard name.hasPrefix("eig-"), name.hasSuffix(".yml") else { return nil }
            return Int(name.dropFirst(4).dropLast(4))
        }.sorted()
    }

    /// The rule sets of `rules/`, loaded once per process.
    public static let embedded = RuleSetCatalog(embedded: shippedFiles)

    /// The files of `rules/`, compiled in by SwiftPM (`.embedInCode` in Package.swift), which
    /// names each after its file name. A rule file added to `rules/` is listed here too; a test
    /// fails until it is.
    static let shippedFiles: [String: String] = [
        "eig-6.yml": String(decoding: PackageResources.eig_6_yml, as: UTF8.self),
        "eig-7.yml": String(decoding: PackageResources.eig_7_yml, as: UTF8.self),
        // The guided forms (« Remplir en ligne »), beside the rule sets they present.
        "eig-6.form.yml": String(decoding: PackageResources.eig_6_form_yml, as: UTF8.self),
        "eig-7.form.yml": String(decoding: PackageResources.eig_7_form_yml, as: UTF8.self),
    ]

    /// The file of the rule set for a promotion: `eig-<N>.yml`, or the newest when the
    /// promotion is missing or unknown (its `dossier.promotion` rule then says so).
    public func fileName(forPromotion promotion: Int?) -> String? {
        let known = promotions
        let chosen = promotion.flatMap { known.contains($0) ? $0 : nil } ?? known.last
        return chosen.map { "eig-\($0).yml" }
    }

    /// Loads a rule file of the catalogue, with its `extends`.
    public func load(_ fileName: String) -> Result<RuleSet, RuleSetLoadError> {
        RuleSetLoader.load(path: fileName) { path in files[path].map { Array($0.utf8) } }
    }

    /// The rule set for a manifest's promotion (see `fileName(forPromotion:)`). The embedded
    /// sets are validated by the test suite; one that failed to load would be a build defect.
    public func ruleSet(forPromotion promotion: Int?) -> RuleSet {
        guard let name = fileName(forPromotion: promotion) else {
            preconditionFailure("conforme was built without any rule set eig-<N>.yml")
        }
        if isEmbedded, let cached = EmbeddedRuleSets.loaded(name) {
            return cached
        }
        switch load(name) {
        case .success(let ruleSet): return ruleSet
        case .failure(let error): preconditionFailure("invalid embedded rule set \(name):\n\(error)")
        }
    }
}

extension RuleSetCatalog {
    /// The rule set for a promotion if it is ready now, without waiting for it to load (nil
    /// while it loads, or before anyone asked for it). For catalogues that are not embedded,
    /// which load on every call, always nil.
    public func readyRuleSet(forPromotion promotion: Int?) -> RuleSet? {
        guard isEmbedded, let name = fileName(forPromotion: promotion) else { return nil }
        return EmbeddedRuleSets.ready(name)
    }
}

/// The embedded rule sets, each loaded on first use and kept for the process: a run over EIG 7
/// proposals never pays for decoding and validating EIG 6 (start-up cost is what a pre-commit
/// hook on one file feels).
private enum EmbeddedRuleSets {
    private static let cache = Cache()

    static func loaded(_ name: String) -> RuleSet? { cache.ruleSet(name) }

    static func ready(_ name: String) -> RuleSet? { cache.ready(name) }

    /// Starts loading a rule set on another thread, so that it is ready when the first manifest
    /// needs it: `check` calls this before it looks for files, which then costs no time of its
    /// own on a machine with a core to spare.
    static func preload(_ name: String) {
        let cache = self.cache
        Thread.detachNewThread { _ = cache.ruleSet(name) }
    }

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: Entry] = [:]

        /// One rule set, loaded once under its own lock: threads that want another rule set
        /// do not wait for this one.
        private final class Entry: @unchecked Sendable {
            let lock = NSLock()
            var loaded: RuleSet??
        }

        func ruleSet(_ name: String) -> RuleSet? {
            lock.lock()
            let entry = entries[name] ?? Entry()
            entries[name] = entry
            lock.unlock()

            entry.lock.lock()
            defer { entry.lock.unlock() }
            if let loaded = entry.loaded { return loaded }
            let result = RuleSetCatalog(files: RuleSetCatalog.shippedFiles).load(name)
            if case .success(let ruleSet) = result { entry.loaded = .some(ruleSet) } else { entry.loaded = .some(nil) }
            return entry.loaded!
        }

        /// The rule set if loaded; nil at once if not, or while another thread loads it.
        func ready(_ name: String) -> RuleSet? {
            lock.lock()
            let entry = entries[name]
            lock.unlock()
            guard let entry, entry.lock.try() else { return nil }
            defer { entry.lock.unlock() }
            return entry.loaded ?? nil
        }
    }
}

extension RuleSetCatalog {
    /// Starts loading the embedded rule set that manifests without another promotion get, in
    /// the background (see `EmbeddedRuleSets.preload`).
    public func preloadDefaultRuleSet() {
        guard isEmbedded, let name = fileName(forPromotion: nil) else { return }
        EmbeddedRuleSets.preload(name)
    }
}
