/// Parses LabScript (the Python subset) into the AST.
public struct Parser {
    /// Parses a module. `firstLine` is the file line on which `source` starts.
    /// - Throws: `SyntaxError`.
    public static func parse(_ source: String, filename: String, firstLine: Int = 1) throws -> [Stmt] {
        throw SyntaxError(message: "the parser is not written yet", filename: filename,
                          location: SourceLocation(line: firstLine, column: 0, endLine: firstLine, endColumn: 0))
    }
}
