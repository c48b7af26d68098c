import YAMLTree

/// Stable identities for findings, for SARIF `partialFingerprints` and GitLab `fingerprint`.
///
/// A finding keeps its identity when lines are added or removed elsewhere in the file, so the
/// hash covers what the finding is about (rule, manifest path, file, the text under the range)
/// and never a line or column number. Two findings of one file with the same identity get an
/// occurrence suffix in source order (`…:2`), which stays stable under line shifts too.
enum Fingerprint {
    /// 32 hex digits: two 64-bit FNV-1a hashes with different offset bases. Not cryptographic,
    /// which it need not be: it names findings, it does not protect anything.
    static func hash(_ parts: [String]) -> String {
        var bytes: [UInt8] = []
        for part in parts {
            bytes.append(contentsOf: part.utf8)
            bytes.append(0x1F)  // unit separator: ("ab", "c") and ("a", "bc") differ
        }
        return hex(fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325))
            + hex(fnv1a(bytes, basis: 0x6c62_272e_07bb_0142))
    }

    /// One fingerprint per diagnostic of a file, in the file's order, unique within the file.
    static func fingerprints(for file: FileReport) -> [String] {
        var seen: [String: Int] = [:]
        return file.diagnostics.map { diagnostic in
            let base = hash([
                diagnostic.rule, diagnostic.path ?? "", file.path,
                valueText(of: diagnostic.range, in: file.source),
            ])
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base):\(count)"
        }
    }

    /// The source text under a range (bounded: a long value is identified by its start).
    static func valueText(of range: SourceRange, in source: SourceText) -> String {
        let start = min(max(range.start.offset, 0), source.bytes.count)
        let end = min(max(range.end.offset, start), source.bytes.count, start + 4096)
        return String(decoding: source.bytes[start..<end], as: UTF8.self)
    }

    private static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
