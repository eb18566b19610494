import LabScript

/// Finds the source of a top-level `def` or `class` statement (with its decorators) in the code
/// a session ran, so that a session file can define the function or class again on load.
struct SessionFileDefinitions {
    /// Code the session ran, newest first.
    let sources: [String]

    /// The statement that last defined `name` at the top level, as written.
    func source(defining name: String) -> String? {
        for source in sources {
            guard source.contains(name), let statements = try? Parser.parse(source, filename: "<session>") else { continue }
            for statement in statements.reversed() {
                guard statement.definedName == name else { continue }
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
                let first = statement.firstLineWithDecorators - 1, last = statement.location.endLine - 1
                guard first >= 0, first <= last, last < lines.count else { return nil }
                return lines[first...last].joined(separator: "\n")
            }
        }
        return nil
    }
}

extension Stmt {
    /// The name a `def` or `class` statement binds.
    fileprivate var definedName: String? {
        switch kind {
        case .functionDef(let name, _, _, _, _), .classDef(let name, _, _, _, _): return name
        default: return nil
        }
    }

    fileprivate var firstLineWithDecorators: Int {
        switch kind {
        case .functionDef(_, _, _, let decorators, _), .classDef(_, _, _, _, let decorators):
            return ([location.line] + decorators.map(\.location.line)).min() ?? location.line
        default: return location.line
        }
    }
}
