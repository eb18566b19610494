import LabScript

/// A displayed value with richer views than its repr (an HTML table, an SVG chart). The notebook
/// turns the returned MIME types (`"text/html"`, `"image/svg+xml"`, ...) into cell outputs.
public protocol MimeRepresentable {
    /// Extra representations keyed by MIME type; `text/plain` comes from the repr.
    func richRepresentations(_ interpreter: Interpreter) throws -> [String: String]
}
