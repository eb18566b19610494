/// Writes a transcript as Markdown: Markdown cells as they are, code cells as ```` ```python ````
/// blocks, each followed by what it printed and displayed (a ```` ```text ```` block, or the
/// value's `text/markdown` view) and its error (a ```` ```pytb ```` block).
struct MarkdownTranscriptWriter {
    let transcript: Transcript
    let formatter: TracebackFormatter

    func text() -> String {
        var blocks = ["<!-- Transcript of \(transcript.file.path), written by labrun. -->"]
        for entry in transcript.entries {
            switch entry.cell.kind {
            case .markdown: blocks.append(entry.cell.source)
            case .raw: blocks.append(fenced(entry.cell.source, info: ""))
            case .code: blocks += codeBlocks(entry)
            }
        }
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private func codeBlocks(_ entry: Transcript.Entry) -> [String] {
        var heading = "**In [\(entry.result?.executionCount.map(String.init) ?? " ")]**"
        if let title = entry.cell.title { heading += " \(title)" }
        if let result = entry.result, result.executionCount != nil { heading += " · \(formatDuration(result.wallTime))" }
        var blocks = [heading, fenced(entry.cell.source, info: "python")]
        var text = ""
        func flush() {
            if !text.isEmpty { blocks.append(fenced(text, info: "text")) }
            text = ""
        }
        for output in entry.result?.outputs ?? [] {
            switch output {
            case .stream(_, let printed): text += printed
            case .note(let note): text += note + "\n"
            case .result(let bundle), .display(let bundle):
                if let markdown = bundle.data["text/markdown"] {
                    flush()
                    blocks.append(markdown)
                } else {
                    text += bundle.plainText + "\n"
                }
            case .error(let error):
                flush()
                blocks.append(fenced(formatter.lines(for: error).joined(separator: "\n"), info: "pytb"))
            }
        }
        flush()
        return blocks
    }

    /// A fenced block whose fence is longer than any backtick run inside `text`.
    private func fenced(_ text: String, info: String) -> String {
        var longest = 0, run = 0
        for char in text {
            run = char == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return "\(fence)\(info)\n\(body)\n\(fence)"
    }
}

/// "12 ms", "1.25 s" or "2 min 5 s".
public func formatDuration(_ seconds: Double) -> String {
    if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
    if seconds < 60 { return String(format: "%.2f s", seconds) }
    let whole = Int(seconds.rounded())
    return "\(whole / 60) min \(whole % 60) s"
}
