import LabScript

/// Python literals for parameters, as `ast.literal_eval` accepts them: numbers (with a sign),
/// strings, bytes, True/False/None, and lists, tuples, sets and dicts of literals.
enum ParameterLiteral {
    /// Evaluates `text` in `interpreter` after checking that it is only a literal.
    /// - Throws: `SyntaxError` or `UsageError` when it isn't a literal.
    static func evaluate(_ text: String, in interpreter: Interpreter) throws -> Value {
        let statements = try Parser.parse(text.trimmingCharacters(in: .whitespaces), filename: "<parameter>")
        guard statements.count == 1, case .expr(let expression) = statements[0].kind, isLiteral(expression) else {
            throw UsageError("not a literal")
        }
        // `run` displays nothing for None, the one literal whose value is None.
        return try interpreter.run(statements, filename: "<parameter>", displayLastExpression: true) ?? Value.none
    }

    /// Evaluates a `JSONSerialization` value (a `--params` member) as the matching Python value.
    static func evaluate(json: JSONValue, in interpreter: Interpreter) throws -> Value {
        try evaluate(source(of: json), in: interpreter)
    }

    /// Python source for a JSON value: `null` -> `None`, `true` -> `True`, objects -> dicts.
    static func source(of json: JSONValue) -> String {
        switch json {
        case .null: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .int(let value): return String(value)
        case .double(let value): return value.isFinite ? "\(value)" : "None"
        case .string(let value): return JSONValue.quoted(value)
        case .array(let values): return "[" + values.map(source).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { JSONValue.quoted($0) + ": " + source(of: members[$0]!) }
                .joined(separator: ", ") + "}"
        }
    }

    private static func isLiteral(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .constant: return true
        case .unaryOp(.uSub, let operand), .unaryOp(.uAdd, let operand):
            if case .constant(let constant) = operand.kind { return constant.isNumber }
            return false
        case .list(let elements), .tuple(let elements), .set(let elements): return elements.allSatisfy(isLiteral)
        case .dict(let keys, let values):
            return keys.allSatisfy { $0.map(isLiteral) ?? false } && values.allSatisfy(isLiteral)
        default: return false
        }
    }
}

extension Constant {
    fileprivate var isNumber: Bool {
        switch self {
        case .int, .bigInt, .float: return true
        default: return false
        }
    }
}
