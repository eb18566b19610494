/// A displayed value in one or more formats, keyed by MIME type, as Jupyter's display data.
///
/// Every bundle has `text/plain` (the value's repr). Richer views sit beside it: a plot may add
/// `image/svg+xml`, a table `text/html` or `text/markdown`. Terminals show the plain text;
/// transcripts keep every format.
public struct MimeBundle: Equatable, Sendable {
    public static let plainText = "text/plain"

    /// MIME type -> content.
    public var data: [String: String]

    public init(plainText: String, richer: [String: String] = [:]) {
        data = richer
        data[MimeBundle.plainText] = plainText
    }

    public var plainText: String { data[MimeBundle.plainText] ?? "" }
}
