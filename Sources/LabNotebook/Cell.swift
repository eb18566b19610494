/// One cell of a lab: code, Markdown or raw text, with where it sits in the file.
public struct Cell: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case code, markdown, raw
    }

    /// 1-based position in the file; the address `--to`, `--only` and the REPL use. 0 for a cell
    /// that is not in the file (the injected parameters).
    public let number: Int
    public let kind: Kind
    /// The text after the `# %%` marker, without the cell type and metadata; nil when empty.
    public let title: String?
    /// The marker's `key=value` metadata (values are JSON), e.g. `tags` -> `["parameters"]`.
    public let metadata: [String: JSONValue]
    /// Code as written; for Markdown and raw cells the text with its comment markers removed.
    public let source: String
    /// The file line (1-based) of the source's first line.
    public let firstLine: Int
    /// The file line of the `# %%` marker; nil for text before the first marker.
    public let markerLine: Int?

    public init(number: Int, kind: Kind, title: String?, metadata: [String: JSONValue] = [:],
                source: String, firstLine: Int, markerLine: Int?) {
        self.number = number
        self.kind = kind
        self.title = title
        self.metadata = metadata
        self.source = source
        self.firstLine = firstLine
        self.markerLine = markerLine
    }

    /// The strings of the `tags` metadata.
    public var tags: [String] {
        guard case .array(let values)? = metadata["tags"] else { return [] }
        return values.compactMap { if case .string(let tag) = $0 { return tag } else { return nil } }
    }

    /// "cell 3" or "cell 3 (Train the policy)", for messages.
    public var label: String {
        title.map { "cell \(number) (\($0))" } ?? "cell \(number)"
    }
}
