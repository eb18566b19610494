import Foundation

// Expressions back to source text, as CPython's compiler does for annotations under
// `from __future__ import annotations` (PEP 563): minimal parentheses by precedence, one space
// around binary operators, string constants as their repr.

extension Expr {
    /// The source text CPython 3.11 stores for this expression as a postponed annotation.
    public var unparsed: String {
        var out = ""
        Unparser.append(self, Unparser.test, to: &out)
        return out
    }
}

/// Precedence levels, lowest first; an expression is parenthesised when the context needs a
/// higher level than its own.
private enum Unparser {
    static let tuple = 0, test = 1, or = 2, and = 3, not = 4, cmp = 5, bitOr = 6, bitXor = 7
    static let bitAnd = 8, shift = 9, arith = 10, term = 11, factor = 12, power = 13, atom = 15

    static func level(of op: Operator) -> Int {
        switch op {
        case .bitOr: return bitOr
        case .bitXor: return bitXor
        case .bitAnd: return bitAnd
        case .lShift, .rShift: return shift
        case .add, .sub: return arith
        case .mult, .matMult, .div, .mod, .floorDiv: return term
        case .pow: return power
        }
    }

    static func append(_ e: Expr, _ context: Int, to out: inout String) {
        func wrapped(_ own: Int, _ body: (inout String) -> Void) {
            if context > own { out += "(" }
            body(&out)
            if context > own { out += ")" }
        }
        func list(_ items: [Expr], _ level: Int, _ out: inout String) {
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                append(item, level, to: &out)
            }
        }
        switch e.kind {
        case .name(let name): out += name
        case .constant(let c): out += constant(c)
        case .boolOp(let op, let values):
            let own = op == .and ? and : or
            wrapped(own) { out in
                for (i, v) in values.enumerated() {
                    if i > 0 { out += " \(op.rawValue) " }
                    append(v, own + 1, to: &out)
                }
            }
        case .binOp(let l, let op, let r):
            let own = level(of: op)
            let rightAssociative = op == .pow
            wrapped(own) { out in
                append(l, rightAssociative ? own + 1 : own, to: &out)
                out += " \(op.rawValue) "
                append(r, rightAssociative ? own : own + 1, to: &out)
            }
        case .unaryOp(let op, let operand):
            let own = op == .not ? not : factor
            wrapped(own) { out in
                out += op == .not ? "not " : op.rawValue
                append(operand, own, to: &out)
            }
        case .lambda(let args, let body):
            wrapped(test) { out in
                let params = parameters(args)
                out += params.isEmpty ? "lambda: " : "lambda \(params): "
                append(body, test, to: &out)
            }
        case .ifExp(let t, let body, let orelse):
            wrapped(test) { out in
                append(body, test + 1, to: &out)
                out += " if "
                append(t, test + 1, to: &out)
                out += " else "
                append(orelse, test, to: &out)
            }
        case .dict(let keys, let values):
            out += "{"
            for (i, (k, v)) in zip(keys, values).enumerated() {
                if i > 0 { out += ", " }
                if let k = k {
                    append(k, test, to: &out)
                    out += ": "
                    append(v, test, to: &out)
                } else {
                    out += "**"
                    append(v, bitOr, to: &out)
                }
            }
            out += "}"
        case .set(let elements):
            out += "{"
            list(elements, test, &out)
            out += "}"
        case .list(let elements):
            out += "["
            list(elements, test, &out)
            out += "]"
        case .tuple(let elements):
            if elements.isEmpty { out += "()"; return }
            wrapped(tuple) { out in
                list(elements, test, &out)
                if elements.count == 1 { out += "," }
            }
        case .listComp(let elt, let gens): comprehension("[", elt, gens, "]", &out)
        case .setComp(let elt, let gens): comprehension("{", elt, gens, "}", &out)
        case .generatorExp(let elt, let gens): comprehension("(", elt, gens, ")", &out)
        case .dictComp(let key, let value, let gens):
            out += "{"
            append(key, test, to: &out)
            out += ": "
            append(value, test, to: &out)
            clauses(gens, &out)
            out += "}"
        case .yield(let value):
            out += "(yield"
            if let value = value { out += " "; append(value, tuple, to: &out) }
            out += ")"
        case .yieldFrom(let value):
            out += "(yield from "
            append(value, tuple, to: &out)
            out += ")"
        case .compare(let first, let ops, let rest):
            wrapped(cmp) { out in
                append(first, cmp + 1, to: &out)
                for (op, r) in zip(ops, rest) {
                    out += " \(op.rawValue) "
                    append(r, cmp + 1, to: &out)
                }
            }
        case .call(let f, let args, let keywords):
            append(f, atom, to: &out)
            if args.count == 1, keywords.isEmpty, case .generatorExp = args[0].kind {
                append(args[0], tuple, to: &out)
                return
            }
            out += "("
            list(args, test, &out)
            for (i, k) in keywords.enumerated() {
                if i > 0 || !args.isEmpty { out += ", " }
                out += k.arg.map { "\($0)=" } ?? "**"
                append(k.value, test, to: &out)
            }
            out += ")"
        case .formattedValue, .joinedStr:
            out += "f" + Format.stringRepr(formatBody(e))
        case .attribute(let value, let name):
            append(value, atom, to: &out)
            // An int literal needs a space before the dot: `1 .real`.
            if case .constant(.int) = value.kind { out += " ." } else if case .constant(.bigInt) = value.kind { out += " ." } else { out += "." }
            out += name
        case .subscript(let value, let index):
            append(value, atom, to: &out)
            out += "["
            append(index, tuple, to: &out)
            out += "]"
        case .starred(let value):
            out += "*"
            append(value, bitOr, to: &out)
        case .slice(let lower, let upper, let step):
            if let lower = lower { append(lower, test, to: &out) }
            out += ":"
            if let upper = upper { append(upper, test, to: &out) }
            if let step = step { out += ":"; append(step, test, to: &out) }
        case .namedExpr(let target, let value):
            wrapped(tuple) { out in
                append(target, atom, to: &out)
                out += " := "
                append(value, atom, to: &out)
            }
        }
    }

    static func comprehension(_ open: String, _ elt: Expr, _ gens: [Comprehension], _ close: String, _ out: inout String) {
        out += open
        append(elt, test, to: &out)
        clauses(gens, &out)
        out += close
    }

    static func clauses(_ gens: [Comprehension], _ out: inout String) {
        for g in gens {
            out += " for "
            append(g.target, tuple, to: &out)
            out += " in "
            append(g.iter, test + 1, to: &out)
            for c in g.ifs {
                out += " if "
                append(c, test + 1, to: &out)
            }
        }
    }

    /// A lambda's parameter list: `a, b=1, /, c, *args, d, **kw`.
    static func parameters(_ a: Arguments) -> String {
        var parts: [String] = []
        let positional = a.posonly + a.args
        let firstDefault = positional.count - a.defaults.count
        for (i, p) in positional.enumerated() {
            var s = p.name
            if i >= firstDefault { s += "=" + a.defaults[i - firstDefault].unparsed }
            parts.append(s)
            if i == a.posonly.count - 1 { parts.append("/") }
        }
        if let v = a.vararg { parts.append("*" + v.name) } else if !a.kwonly.isEmpty { parts.append("*") }
        for (p, d) in zip(a.kwonly, a.kwDefaults) { parts.append(p.name + (d.map { "=" + $0.unparsed } ?? "")) }
        if let k = a.kwarg { parts.append("**" + k.name) }
        return parts.joined(separator: ", ")
    }

    static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let i): return String(i)
        // An infinite literal overflows when read back, as CPython writes it.
        case .float(let d): return d.isInfinite ? "1e309" : Format.floatRepr(d)
        case .str(let s): return Format.stringRepr(s)
        case .bytes(let b): return Format.bytesRepr(b)
        case .ellipsis: return "..."
        case .imaginary(let d): return (d.isInfinite ? "1e309" : Format.floatRepr(d).replacingSuffix(".0", with: "")) + "j"
        }
    }

    /// The text inside an f-string's quotes: literal braces doubled, replacement fields re-made.
    static func formatBody(_ e: Expr) -> String {
        switch e.kind {
        case .joinedStr(let parts): return parts.map(formatBody).joined()
        case .constant(.str(let s)): return s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
        case .formattedValue(let value, let conversion, let spec):
            var inner = ""
            append(value, test + 1, to: &inner)
            var s = inner.hasPrefix("{") ? "{ " + inner : "{" + inner
            if let c = conversion { s += "!" + String(c) }
            if let spec = spec { s += ":" + formatBody(spec) }
            return s + "}"
        default: return e.unparsed
        }
    }
}

private extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
