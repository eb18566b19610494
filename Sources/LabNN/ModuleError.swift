/// Failures of module-tree operations: unknown names, bad replacements, state dicts that do not fit.
public enum ModuleError: Error, Equatable, CustomStringConvertible {
    case noSuchModule(String)
    case incompatibleReplacement(path: String, old: String, new: String)
    case stateDictMismatch(missing: [String], unexpected: [String])
    case shapeMismatch(name: String, expected: [Int], got: [Int])
    /// A saved form (a session file) that does not fit the module tree rebuilt from it.
    case savedStructureMismatch(String)

    public var description: String {
        switch self {
        case .noSuchModule(let path):
            return "no submodule named '\(path)'"
        case .incompatibleReplacement(let path, let old, let new):
            return "cannot replace '\(path)' (\(old)) with \(new): a layer needs another layer, any other module one of its own type"
        case .stateDictMismatch(let missing, let unexpected):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("Missing key(s) in state_dict: " + missing.map { "\"\($0)\"" }.joined(separator: ", ") + ".") }
            if !unexpected.isEmpty { parts.append("Unexpected key(s) in state_dict: " + unexpected.map { "\"\($0)\"" }.joined(separator: ", ") + ".") }
            return "Error(s) in loading state_dict: " + parts.joined(separator: " ")
        case .shapeMismatch(let name, let expected, let got):
            return "size mismatch for \(name): copying a param with shape \(got) from checkpoint, the shape in current model is \(expected)."
        case .savedStructureMismatch(let problem):
            return "the saved model does not match its structure: \(problem)"
        }
    }
}
