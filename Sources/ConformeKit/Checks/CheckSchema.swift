/// What builds the manifest's JSON Schema (`SchemaDerivation`), as a check's `addSchema` sees it.
protocol SchemaBuilder: AnyObject {
    /// The checks of the rule being added that the schema leaves out.
    var omitted: [String] { get set }
    /// Marks the end of `chain` as required, and every node before it as a map that must exist.
    func require(_ chain: [SchemaNode])
    /// A group's checks at `node`, below its `field:` when it has one.
    func apply(_ group: CheckGroup, at node: SchemaNode, chain: [SchemaNode])
}

/// Where a check adds what it says to the schema: the node of the field its group is for.
struct SchemaSite {
    let node: SchemaNode
    /// The nodes reached by keys since the last wildcard, ending with `node` (see `require`).
    let chain: [SchemaNode]
    let builder: any SchemaBuilder

    /// Says that `check` (as a rule file writes it: `max: today`) is not in the schema, which
    /// is then no stricter than the rules.
    func leaveOut(_ check: String) { builder.omitted.append(check) }

    /// The field is required: `node`, and the maps on the way to it.
    func require() { builder.require(chain) }

    /// A group's checks, at `node` (the site's own by default).
    func add(_ group: CheckGroup, at node: SchemaNode? = nil) {
        builder.apply(group, at: node ?? self.node, chain: node.map { [$0] } ?? chain)
    }

    /// What `body` leaves out, kept apart from the rest (under a `not`, all or nothing).
    func leftOut(_ body: () -> Void) -> [String] {
        let before = builder.omitted
        builder.omitted = []
        body()
        let inside = builder.omitted
        builder.omitted = before
        return inside
    }
}
