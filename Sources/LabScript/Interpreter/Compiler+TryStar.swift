extension Compiler {
    /// `try` with `except*` clauses (PEP 654). Each clause in turn takes the part of the exception
    /// (group) that its types match and runs with it bound; what the clauses raise, and what no
    /// clause matched, are raised together afterwards (see `Interpreter.exceptStarResult`).
    func compileTryStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt]) -> Exec {
        let b = compileBlock(body), o = compileBlock(orelse)
        let interp = self.interp
        let clauses = handlers.map { h in
            // The parser gives every except* clause a type.
            (type: compileExpr(h.type!), store: h.name.map { compileStoreName($0) },
             unbind: h.name.map { compileDeleteName($0, h.location) }, body: compileBlock(h.body))
        }
        let tryExcept: Exec = { f in
            let flow: Flow
            do {
                flow = try b(f)
            } catch let caught {
                let original = interp.asPyException(caught)
                original.noteCaught(in: f.code)
                interp.noteRaisedWhileHandling(original)
                var rest: PyException? = original
                var raised: [PyException] = []
                for clause in clauses {
                    // As in CPython, every clause's types are evaluated and checked, even once
                    // nothing is left to match.
                    let type = try clause.type(f)
                    try interp.checkExceptStarType(type)
                    guard let unmatched = rest, let match = try interp.exceptStarMatch(unmatched, type, &rest) else { continue }
                    try clause.store?(f, .object(match))
                    interp.handledExceptions.append(match)
                    do {
                        _ = try clause.body(f)
                    } catch {
                        let inner = interp.asPyException(error)
                        inner.noteCaught(in: f.code)
                        if inner !== match && inner.context == nil { inner.context = match }
                        raised.append(inner)
                    }
                    interp.handledExceptions.removeLast()
                    if let unbind = clause.unbind { _ = try? unbind(f) }
                }
                if let rest { raised.append(rest) }
                if let result = try interp.exceptStarResult(original, raised) { throw result }
                return .normal
            }
            if flow != .normal { return flow }
            return try o(f)
        }
        return withFinally(tryExcept, finalbody)
    }
}
