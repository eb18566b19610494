import Foundation

extension Interpreter {
    /// Evaluates a Python literal, as `ast.literal_eval` does (for `-p name=value` parameters):
    /// numbers, strings, bytes, None/True/False, and tuples, lists, dicts and sets of literals.
    /// - Throws: `SyntaxError`, or `ScriptException` (ValueError) for anything else.
    public func literal(_ text: String) throws -> Value {
        let expr = try Parser.parseExpression(text.trimmingCharacters(in: .whitespaces), filename: "<literal>")
        do {
            return try literalValue(expr)
        } catch let e as PyException {
            throw scriptException(e)
        }
    }

    private func literalValue(_ expr: Expr) throws -> Value {
        switch expr.kind {
        case .constant(.imaginary(let d)):
            return .native(ComplexValue(0, d))
        case .constant(let c):
            return Value(c)
        case .unaryOp(let op, let operand) where op == .uSub || op == .uAdd:
            let v = try literalValue(operand)
            guard v.asDouble != nil, !(v.isIntLike && v.asInt == nil && v.asBigInt == nil) else { break }
            return try unary(op == .uSub ? .neg : .pos, v)
        case .tuple(let items): return .tuple(try items.map(literalValue))
        case .list(let items): return .list(PyList(try items.map(literalValue)))
        case .set(let items): return .set(try PySet(items.map(literalValue)))
        case .dict(let keys, let values):
            let d = PyDict()
            for (k, v) in zip(keys, values) {
                guard let k = k else { throw PyException.valueError("malformed node or string") }
                try d.set(try literalValue(k), try literalValue(v))
            }
            return .dict(d)
        default: break
        }
        throw PyException.valueError("malformed node or string on line \(expr.location.line)")
    }

    /// Converts `JSONSerialization` output into values: dicts, lists, str, int, float, bool, None.
    public func value(fromJSON object: Any) -> Value {
        switch object {
        case is NSNull: return .none
        case let s as String: return .str(s)
        case let n as NSNumber:
            switch String(cString: n.objCType) {
            case "c", "B": return .bool(n.boolValue)
            case "d", "f": return .float(n.doubleValue)
            default: return .int(n.intValue)
            }
        case let a as [Any]: return .list(PyList(a.map { value(fromJSON: $0) }))
        case let d as [String: Any]:
            let r = PyDict()
            for k in d.keys.sorted() { r[string: k] = value(fromJSON: d[k]!) }
            return .dict(r)
        default: return .str("\(object)")
        }
    }
}
