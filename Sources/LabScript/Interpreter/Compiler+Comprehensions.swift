extension Compiler {
    private struct ComprehensionParts {
        var targets: [Store] = []
        var iters: [Eval] = []
        var conds: [[Eval]] = []
    }

    private func compileParts(_ generators: [Comprehension]) -> ComprehensionParts {
        var parts = ComprehensionParts()
        for (i, g) in generators.enumerated() {
            parts.targets.append(compileStore(g.target))
            parts.iters.append(i == 0 ? { _ in .none } : compileExpr(g.iter))
            parts.conds.append(g.ifs.map { compileExpr($0) })
        }
        return parts
    }

    private func comprehensionName(_ node: Expr) -> String {
        switch node.kind {
        case .listComp: return "<listcomp>"
        case .setComp: return "<setcomp>"
        case .dictComp: return "<dictcomp>"
        default: return "<genexpr>"
        }
    }

    private func comprehensionCode(_ node: Expr, _ child: Unit, _ scope: Scope) -> CodeObject {
        let name = comprehensionName(node)
        return CodeObject(name: name, qualname: child.qualname, filename: filename, location: node.location,
                          signature: Signature(names: [], positionalCount: 0), slotNames: child.slotNames,
                          cellNames: scope.cellNames, freeNames: scope.freeNames, cellParameters: [], isGenerator: false)
    }

    /// A list, set or dict comprehension: runs its loops in a fresh frame and calls `emit`
    /// (compiled inside the comprehension's scope) for every element.
    func compileComprehension(_ node: Expr, _ generators: [Comprehension],
                              _ makeEmit: () -> (Frame, Value) throws -> Void) -> (Frame, Value) throws -> Void {
        let scope = self.scope(for: node)
        let firstIter = compileExpr(generators[0].iter)
        let child = Unit(scope: scope, parent: unit, qualname: unit.childPrefix + comprehensionName(node))
        let sources = closureSources(for: scope)
        let (parts, emit) = within(child) { (compileParts(generators), makeEmit()) }
        let code = comprehensionCode(node, child, scope)
        let interp = self.interp
        let last = generators.count - 1
        func loop(_ level: Int, _ frame: Frame, _ iterable: Value, _ out: Value) throws {
            let next = try interp.makeIterator(iterable)
            outer: while let x = try next() {
                if interp.interruptFlag.pointee { try interp.checkInterrupt() }
                try parts.targets[level](frame, x)
                for c in parts.conds[level] where !(try interp.truthy(c(frame))) { continue outer }
                if level == last { try emit(frame, out) } else { try loop(level + 1, frame, parts.iters[level + 1](frame), out) }
            }
        }
        return { f, out in
            let first = try firstIter(f)
            let frame = Frame.make(code: code, closure: sources.map { f.cells[$0] })
            try interp.asFrame(code) { try loop(0, frame, first, out) }
        }
    }

    /// A generator expression: a lazy iterator stepping through the loops one element at a time.
    func compileGeneratorExpression(_ node: Expr, _ element: Expr, _ generators: [Comprehension], _ loc: SourceLocation) -> Eval {
        let scope = self.scope(for: node)
        let firstIter = compileExpr(generators[0].iter)
        let child = Unit(scope: scope, parent: unit, qualname: unit.childPrefix + "<genexpr>")
        let sources = closureSources(for: scope)
        let (parts, value) = within(child) { (compileParts(generators), compileExpr(element)) }
        let code = comprehensionCode(node, child, scope)
        let interp = self.interp
        let count = generators.count
        return located(loc) { f in
            let firstIterator = try interp.makeIterator(firstIter(f))
            let frame = Frame.make(code: code, closure: sources.map { f.cells[$0] })
            var iterators: [(() throws -> Value?)?] = Array(repeating: nil, count: count)
            iterators[0] = firstIterator
            var level = 0
            return .object(PyIterator(type: .generator) {
                try interp.asFrame(code) { try step() }
            })
            func step() throws -> Value? {
                outer: while true {
                    guard let x = try iterators[level]!() else {
                        if level == 0 { return nil }
                        iterators[level] = nil
                        level -= 1
                        continue
                    }
                    try parts.targets[level](frame, x)
                    for c in parts.conds[level] where !(try interp.truthy(c(frame))) { continue outer }
                    if level == count - 1 { return try value(frame) }
                    level += 1
                    iterators[level] = try interp.makeIterator(parts.iters[level](frame))
                }
            }
        }
    }
}

extension Interpreter {
    /// Runs `body` as the frame of `code`: an exception leaving it gains a traceback entry.
    func asFrame<T>(_ code: CodeObject, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PyException {
            if e.startsTracebackInCaller {
                e.startsTracebackInCaller = false
            } else {
                e.unwoundFrames.append(TracebackFrame(filename: code.filename, function: code.name,
                                                      location: e.pendingLocation ?? code.location))
            }
            e.pendingLocation = nil
            e.caughtFrame = nil
            throw e
        }
    }
}
