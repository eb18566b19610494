/// PyTorch's printed module tree: `Name(extra)` for a leaf, and for a container its children
/// indented by two spaces, one `(name): child` per line.
extension Module: CustomStringConvertible {
    public var description: String {
        let lines = childLines()
        if lines.isEmpty { return "\(typeName)(\(extraDescription))" }
        var text = typeName + "("
        if !extraDescription.isEmpty { text += "\n  " + extraDescription }
        for line in lines { text += "\n  " + line.replacingOccurrences(of: "\n", with: "\n  ") }
        return text + "\n)"
    }

}
