import YAMLTree

/// The submitted text with its line numbers: each line is an anchor (`ligne-N`) a finding links
/// to; a line with findings says so in words and links back to each of them.
enum SourceListing {
    /// `markers`: for each line number, the findings (number and kind) that start on it.
    static func render(_ source: SourceText, markers: [Int: [(number: Int, kind: String)]], strings s: Strings) -> HTML {
        var out: HTML = "<ol class=\"source-listing\">\n"
        let count = max(source.lineCount, 1)
        for number in 1...count {
            let text = source.line(number) ?? ""
            let marks = markers[number] ?? []
            let marked: HTML = marks.isEmpty ? "" : " class=\"marked marked-\(marks[0].kind)\""
            out += "<li id=\"ligne-\(number)\"\(marked)><span class=\"line-number\" aria-hidden=\"true\">\(number)</span><code>\(text)</code>"
            for mark in marks {
                out += " <a class=\"marker\" href=\"#constat-\(mark.number)\">\(s.findingMarker(mark.number))</a>"
            }
            out += "</li>\n"
        }
        out += "</ol>\n"
        return out
    }
}
