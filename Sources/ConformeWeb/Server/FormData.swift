import Foundation

/// The fields of a submitted form, from `multipart/form-data` (what the page sends, so that a
/// file goes with it) or `application/x-www-form-urlencoded`. Only what the check form needs:
/// named text fields and at most one file per name.
struct FormData {
    struct Field {
        var name: String
        var fileName: String?
        var value: [UInt8]
    }

    var fields: [Field] = []

    func text(_ name: String) -> String? {
        fields.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.value, as: UTF8.self) }
    }

    /// A file field that holds a file (browsers send an empty part when none was chosen).
    func file(_ name: String) -> Field? {
        fields.first { $0.name == name && $0.fileName != nil && !($0.fileName!.isEmpty && $0.value.isEmpty) }
    }

    /// Nil when the body is not a form this reader understands.
    static func parse(_ body: [UInt8], contentType: String?) -> FormData? {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";").map { $0.trimmingSpaces }
        switch parts.first?.lowercased() {
        case "application/x-www-form-urlencoded": return urlEncoded(body)
        case "multipart/form-data":
            guard let parameter = parts.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") }) else { return nil }
            var boundary = String(parameter.dropFirst("boundary=".count))
            if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
                boundary = String(boundary.dropFirst().dropLast())
            }
            guard !boundary.isEmpty else { return nil }
            return multipart(body, boundary: Array(boundary.utf8))
        default: return nil
        }
    }

    static func urlEncoded(_ body: [UInt8]) -> FormData {
        var form = FormData()
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let halves = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(decoding: percentDecoded(halves[0]), as: UTF8.self)
            let value = halves.count > 1 ? percentDecoded(halves[1]) : []
            form.fields.append(Field(name: name, fileName: nil, value: value))
        }
        return form
    }

    static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Parts between `--boundary` lines; each has headers, a blank line, then its bytes.
    static func multipart(_ body: [UInt8], boundary: [UInt8]) -> FormData? {
        let delimiter = Array("--".utf8) + boundary
        var form = FormData()
        guard var start = find(delimiter, in: body, from: 0) else { return nil }
        while true {
            var cursor = start + delimiter.count
            // `--boundary--` ends the body.
            if body[cursor...].starts(with: Array("--".utf8)) { break }
            guard body[cursor...].starts(with: [13, 10]) else { return nil }
            cursor += 2
            guard let headersEnd = find([13, 10, 13, 10], in: body, from: cursor) else { return nil }
            let headers = String(decoding: body[cursor..<headersEnd], as: UTF8.self)
            let contentStart = headersEnd + 4
            guard let next = find([13, 10] + delimiter, in: body, from: contentStart) else { return nil }
            if let field = field(headers: headers, value: Array(body[contentStart..<next])) {
                form.fields.append(field)
            }
            start = next + 2
        }
        return form
    }

    private static func field(headers: String, value: [UInt8]) -> Field? {
        for line in headers.split(separator: "\r\n") {
            let lower = line.lowercased()
            guard lower.hasPrefix("content-disposition:") else { continue }
            guard let name = parameter("name", in: String(line)) else { return nil }
            return Field(name: name, fileName: parameter("filename", in: String(line)), value: value)
        }
        return nil
    }

    /// `name="value"` in a Content-Disposition line; `name` must not match inside `filename`.
    private static func parameter(_ name: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingSpaces
            guard trimmed.lowercased().hasPrefix(name + "=") else { continue }
            var value = String(trimmed.dropFirst(name.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.replacingQuotedEscapes()
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        let first = needle[0]
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// Browsers write `"` in a file name as `%22` in multipart headers.
    fileprivate func replacingQuotedEscapes() -> String {
        var out = self
        while let range = out.range(of: "%22") { out.replaceSubrange(range, with: "\"") }
        return out
    }
}
