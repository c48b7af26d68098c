/// The fields a rule requires (`required: true`), as paths with wildcards: whether a field is
/// optional in a manifest is whether no rule that applies to it requires it. Read through
/// `all_of` and `each`; `any_of` and `not` require nothing for sure.
enum RequiredFields {
    static func patterns(given: [Path]?, then: CheckGroup) -> [[Path.Segment]] {
        var found: [[Path.Segment]] = []
        for base in given?.map(\.segments) ?? [[]] { collect(then, at: base, into: &found) }
        return found
    }

    private static func collect(_ group: CheckGroup, at base: [Path.Segment], into found: inout [[Path.Segment]]) {
        let here = base + (group.field?.segments ?? [])
        for check in group.checks {
            switch check {
            case let required as Required where required.isOn: found.append(here)
            case let allOf as AllOf: for inner in allOf.groups { collect(inner, at: here, into: &found) }
            case let each as Each: collect(each.group, at: here + [.everyItem], into: &found)
            default: continue
            }
        }
    }

    /// Whether a concrete path (`contacts.sponsor.telephone`, `a[0].b`) is designated by one of
    /// `patterns`.
    static func isRequired(_ path: String, by patterns: [[Path.Segment]]) -> Bool {
        guard let concrete = try? Path(parsing: path).segments else { return false }
        // A list item is not a line to delete: the list says how many it needs.
        if case .index? = concrete.last { return true }
        return patterns.contains { pattern in
            pattern.count == concrete.count && zip(pattern, concrete).allSatisfy(matches)
        }
    }

    private static func matches(_ pattern: Path.Segment, _ segment: Path.Segment) -> Bool {
        switch (pattern, segment) {
        case (.everyItem, .index), (.everyValue, .key): true
        default: pattern == segment
        }
    }
}
