// A compact S-expression form of the AST, for tests and debugging:
// `x = f(a, *b, k=1)` is `(= x (call f a (* b) (k= k 1)))`.

extension Expr: CustomDebugStringConvertible {
    public var debugDescription: String {
        switch kind {
        case .name(let name): return name
        case .constant(let c): return c.debugDescription
        case .boolOp(let op, let values): return sexp(op.rawValue, values)
        case .binOp(let l, let op, let r): return sexp(op.rawValue, [l, r])
        case .unaryOp(let op, let operand): return sexp(op.rawValue, [operand])
        case .lambda(let args, let body): return "(lambda \(args.debugDescription) \(body))"
        case .ifExp(let test, let body, let orelse): return sexp("if", [test, body, orelse])
        case .dict(let keys, let values):
            let entries = zip(keys, values).map { k, v in k.map { "(\($0) \(v))" } ?? "(** \(v))" }
            return "(dict" + entries.map { " " + $0 }.joined() + ")"
        case .set(let elements): return sexp("set", elements)
        case .listComp(let e, let c): return "(listcomp \(e)\(describe(c)))"
        case .setComp(let e, let c): return "(setcomp \(e)\(describe(c)))"
        case .generatorExp(let e, let c): return "(genexp \(e)\(describe(c)))"
        case .dictComp(let k, let v, let c): return "(dictcomp \(k) \(v)\(describe(c)))"
        case .yield(let value): return sexp("yield", value.map { [$0] } ?? [])
        case .yieldFrom(let value): return sexp("yield-from", [value])
        case .compare(let first, let ops, let rest):
            return "(compare \(first)" + zip(ops, rest).map { " \($0.rawValue) \($1)" }.joined() + ")"
        case .call(let f, let args, let keywords):
            return "(call \(f)" + args.map { " \($0)" }.joined() + keywords.map { " \($0.debugDescription)" }.joined() + ")"
        case .formattedValue(let value, let conversion, let spec):
            return "(fv \(value) \(conversion.map(String.init) ?? "_") \(spec.map { $0.debugDescription } ?? "_"))"
        case .joinedStr(let parts): return sexp("f", parts)
        case .attribute(let value, let name): return "(. \(value) \(name))"
        case .subscript(let value, let index): return sexp("[]", [value, index])
        case .starred(let value): return sexp("*", [value])
        case .list(let elements): return sexp("list", elements)
        case .tuple(let elements): return sexp("tuple", elements)
        case .slice(let lower, let upper, let step):
            return "(slice \(optional(lower)) \(optional(upper)) \(optional(step)))"
        case .namedExpr(let target, let value): return sexp(":=", [target, value])
        }
    }

    private func describe(_ comprehensions: [Comprehension]) -> String {
        comprehensions.map { c in " (for \(c.target) \(c.iter)" + c.ifs.map { " (if \($0))" }.joined() + ")" }.joined()
    }
}

extension Constant: CustomDebugStringConvertible {
    public var debugDescription: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let i): return String(i)
        case .float(let d): return "\(d)"
        case .str(let s): return "'\(escaped(s))'"
        case .bytes(let b): return "b'\(escaped(String(decoding: b, as: UTF8.self)))'"
        case .ellipsis: return "..."
        case .imaginary(let d): return "\(d)j"
        }
    }

    private func escaped(_ s: String) -> String {
        s.unicodeScalars.map { c in
            switch c {
            case "\n": return "\\n"
            case "\t": return "\\t"
            case "'": return "\\'"
            case "\\": return "\\\\"
            default: return String(c)
            }
        }.joined()
    }
}

extension Keyword: CustomDebugStringConvertible {
    public var debugDescription: String { arg.map { "(\($0)= \(value))" } ?? "(** \(value))" }
}

extension Arguments: CustomDebugStringConvertible {
    /// `(args a b=1 / c *rest d=2 **kw)`, with annotations as `a:int`.
    public var debugDescription: String {
        var parts: [String] = []
        let positional = posonly + args
        let firstDefault = positional.count - defaults.count
        for (i, arg) in positional.enumerated() {
            parts.append(arg.debugDescription + (i >= firstDefault ? "=\(defaults[i - firstDefault])" : ""))
            if i == posonly.count - 1 { parts.append("/") }
        }
        if let vararg { parts.append("*" + vararg.debugDescription) } else if !kwonly.isEmpty { parts.append("*") }
        for (arg, value) in zip(kwonly, kwDefaults) {
            parts.append(arg.debugDescription + (value.map { "=\($0)" } ?? ""))
        }
        if let kwarg { parts.append("**" + kwarg.debugDescription) }
        return "(args" + parts.map { " " + $0 }.joined() + ")"
    }
}

extension Arg: CustomDebugStringConvertible {
    public var debugDescription: String { name + (annotation.map { ":\($0)" } ?? "") }
}

extension Stmt: CustomDebugStringConvertible {
    public var debugDescription: String {
        switch kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            return "(def \(name) \(args)" + decorated(decorators) + (returns.map { " -> \($0)" } ?? "") + block(body) + ")"
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            return "(class \(name)" + bases.map { " \($0)" }.joined() + keywords.map { " \($0.debugDescription)" }.joined()
                + decorated(decorators) + block(body) + ")"
        case .return(let value): return "(return" + (value.map { " \($0)" } ?? "") + ")"
        case .delete(let targets): return sexp("del", targets)
        case .assign(let targets, let value): return sexp("=", targets + [value])
        case .augAssign(let target, let op, let value): return sexp(op.rawValue + "=", [target, value])
        case .annAssign(let target, let annotation, let value):
            return "(ann \(target) \(annotation)" + (value.map { " \($0)" } ?? "") + ")"
        case .for(let target, let iter, let body, let orelse):
            return "(for \(target) \(iter)" + block(body) + orElse(orelse) + ")"
        case .while(let test, let body, let orelse): return "(while \(test)" + block(body) + orElse(orelse) + ")"
        case .if(let test, let body, let orelse): return "(if \(test)" + block(body) + orElse(orelse) + ")"
        case .with(let items, let body):
            let described = items.map { item in
                item.optionalVars.map { "(as \(item.contextExpr) \($0))" } ?? item.contextExpr.debugDescription
            }
            return "(with" + described.map { " " + $0 }.joined() + block(body) + ")"
        case .raise(let exc, let cause):
            return "(raise" + (exc.map { " \($0)" } ?? "") + (cause.map { " from \($0)" } ?? "") + ")"
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            let except: String
            if case .tryStar = kind { except = "(except*" } else { except = "(except" }
            let described = handlers.map { h in
                except + (h.type.map { " \($0)" } ?? "") + (h.name.map { " as \($0)" } ?? "") + block(h.body) + ")"
            }
            return "(try" + block(body) + described.map { " " + $0 }.joined() + orElse(orelse)
                + (finalbody.isEmpty ? "" : " (finally" + block(finalbody) + ")") + ")"
        case .match(let subject, let cases):
            let described = cases.map { c in
                "(case \(c.pattern)" + (c.guardExpr.map { " if \($0)" } ?? "") + block(c.body) + ")"
            }
            return "(match \(subject)" + described.map { " " + $0 }.joined() + ")"
        case .assert(let test, let msg): return sexp("assert", [test] + (msg.map { [$0] } ?? []))
        case .import(let names): return "(import" + names.map { " " + $0.debugDescription }.joined() + ")"
        case .importFrom(let module, let names, let level):
            return "(from \(String(repeating: ".", count: level))\(module ?? "")" + names.map { " " + $0.debugDescription }.joined() + ")"
        case .global(let names): return "(global " + names.joined(separator: " ") + ")"
        case .nonlocal(let names): return "(nonlocal " + names.joined(separator: " ") + ")"
        case .expr(let value): return value.debugDescription
        case .pass: return "(pass)"
        case .break: return "(break)"
        case .continue: return "(continue)"
        case .magic(let line): return "(magic \(line))"
        }
    }

    private func decorated(_ decorators: [Expr]) -> String {
        decorators.map { " @\($0)" }.joined()
    }

    private func block(_ body: [Stmt]) -> String {
        " (" + body.map(\.debugDescription).joined(separator: " ") + ")"
    }

    private func orElse(_ body: [Stmt]) -> String {
        body.isEmpty ? "" : " (else" + block(body) + ")"
    }
}

extension Alias: CustomDebugStringConvertible {
    public var debugDescription: String { name + (asname.map { " as \($0)" } ?? "") }
}

private func sexp(_ head: String, _ items: [Expr]) -> String {
    "(" + head + items.map { " " + $0.debugDescription }.joined() + ")"
}

private func optional(_ e: Expr?) -> String {
    e.map(\.debugDescription) ?? "_"
}

extension Pattern: CustomDebugStringConvertible {
    public var debugDescription: String {
        switch kind {
        case .matchValue(let value): return value.debugDescription
        case .matchSingleton(let constant): return Expr(.constant(constant), location).debugDescription
        case .matchSequence(let items): return "[" + items.map(\.debugDescription).joined(separator: " ") + "]"
        case .matchMapping(let keys, let patterns, let rest):
            return "{" + zip(keys, patterns).map { "\($0): \($1)" }.joined(separator: " ") + (rest.map { " **\($0)" } ?? "") + "}"
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            return "(\(cls)" + patterns.map { " \($0)" }.joined() + zip(kwdAttrs, kwdPatterns).map { " \($0)=\($1)" }.joined() + ")"
        case .matchStar(let name): return "*" + (name ?? "_")
        case .matchAs(let pattern, let name):
            guard let pattern else { return name ?? "_" }
            return "(as \(pattern) \(name ?? "_"))"
        case .matchOr(let alternatives): return "(| " + alternatives.map(\.debugDescription).joined(separator: " ") + ")"
        }
    }
}
