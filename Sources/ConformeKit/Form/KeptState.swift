import YAMLTree

/// What a loaded file held that the visible fields cannot carry (literals, empty maps, unknown
/// keys), written as one YAML text in a hidden input. Percent-escaped: browsers rewrite the
/// line breaks of submitted values, and YAML indentation must survive exactly.
enum KeptState {
    static func encode(_ state: FormState) -> String? {
        guard !state.literals.isEmpty || !state.present.isEmpty || !state.extras.isEmpty else { return nil }
        var entries: [ManifestTree.Entry] = []
        if !state.literals.isEmpty {
            entries.append(.init(key: "literals", value: .list(state.literals.sorted { $0.key < $1.key }.map { name, literal in
                .map([
                    .init(key: "name", value: .text(name)),
                    .init(key: "shown", value: .text(literal.shown)),
                    .init(key: "value", value: .scalar(text: literal.text, value: literal.value)),
                ])
            })))
        }
        if !state.present.isEmpty {
            entries.append(.init(key: "present", value: .list(state.present.sorted().map(ManifestTree.text))))
        }
        if !state.extras.isEmpty {
            entries.append(.init(key: "extras", value: .list(state.extras.map { extra in
                .map([
                    .init(key: "at", value: .list(extra.steps.map { step in
                        switch step {
                        case .key(let key): .text(key)
                        case .index(let index): .scalar(text: String(index), value: .int(index))
                        }
                    })),
                    .init(key: "value", value: extra.value),
                ])
            })))
        }
        let yaml = ManifestYAMLWriting.document(.map(entries), header: [], comments: [:])
        return percentEncoded(yaml)
    }

    /// Adds what `text` holds to `state`; anything malformed is ignored (the page wrote it, a
    /// hostile client gains nothing a field would not give it).
    static func decode(_ text: String, into state: inout FormState) {
        guard let yaml = percentDecoded(text) else { return }
        let document = YAMLParser.parse(yaml)
        guard !document.hasErrors, let root = document.root else { return }
        var dropped = 0
        let tree = ManifestTree(root, dropped: &dropped)
        if case .list(let literals)? = tree["literals"] {
            for item in literals {
                guard case .scalar(let name, .string)? = item["name"], case .scalar(let shown, .string)? = item["shown"],
                    case .scalar(let text, let value)? = item["value"]
                else { continue }
                state.literals[name] = FormState.Literal(shown: shown, text: text, value: value)
            }
        }
        if case .list(let present)? = tree["present"] {
            for case .scalar(let name, .string) in present where FormSubmission.template(of: name) != nil {
                state.present.insert(name)
            }
        }
        if case .list(let extras)? = tree["extras"] {
            for item in extras {
                guard case .list(let at)? = item["at"], !at.isEmpty, let value = item["value"] else { continue }
                var steps: [PathStep] = []
                for step in at {
                    switch step {
                    case .scalar(let key, .string): steps.append(.key(key))
                    case .scalar(_, .int(let index)) where (0..<FormSubmission.maxItems).contains(index): steps.append(.index(index))
                    default: break
                    }
                }
                if steps.count == at.count, case .key = steps[0] { state.extras.append(FormState.Extra(steps: steps, value: value)) }
            }
        }
    }

    private static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
