/// Parses bytes into a located YAML tree. (Implementation in progress.)
public enum YAMLParser {
    public static func parse(
        _ bytes: [UInt8], kind: InputKind = .yaml, limits: ParseLimits = .default
    ) -> ParsedDocument {
        ParsedDocument(root: nil, problems: [], source: SourceText(bytes))
    }
}
