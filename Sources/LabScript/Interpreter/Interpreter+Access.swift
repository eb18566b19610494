/// Read-only views of the interpreter for tools around it (the REPL's completion and `:who`).
extension Interpreter {
    /// `dir(value)`, sorted: attribute and method names, for completion after a dot.
    public func attributeNames(of value: Value) -> [String] {
        attributeNames(value)
    }

    /// The parameter names a call to `value` accepts by keyword, or nil when unknown.
    public func keywordNames(of value: Value) -> [String]? {
        switch value {
        case .function(let f): return Array(f.code.signature.names[f.code.signature.positionalOnlyCount...])
        case .builtin(let b): return b.keywordNames
        case .type(let t): return t.lookup("__init__").flatMap(keywordNames).map { Array($0.dropFirst()) }
        case .object(let m as PyBoundMethod): return keywordNames(of: m.function).map { Array($0.dropFirst()) }
        default: return nil
        }
    }

    /// Names of the builtins (`print`, `len`, `ValueError`...), sorted.
    public var builtinNames: [String] { builtins.keys.sorted() }
}
