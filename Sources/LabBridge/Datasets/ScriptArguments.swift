import LabScript

/// Reading the argument shapes the datasets API accepts.
enum ScriptArguments {
    /// An int (or bool) argument.
    static func int(_ value: Value, _ what: String) throws -> Int {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        default: throw PyException.typeError("\(what) must be an int, not \(value.typeName)")
        }
    }

    /// `"a"` or `["a", "b"]` as a list of names.
    static func names(_ value: Value, _ what: String) throws -> [String] {
        if case .str(let name) = value { return [name] }
        return try sequence(value, what).map { item in
            guard case .str(let name) = item else {
                throw PyException.typeError("\(what) must be a str or a list of str, not a list holding \(item.typeName)")
            }
            return name
        }
    }

    /// The items of a list, tuple, range or dataset Column; given the interpreter, of any iterable
    /// (as `list(x)`).
    static func sequence(_ value: Value, _ what: String, _ interpreter: Interpreter? = nil) throws -> [Value] {
        switch value {
        case .list(let list): return list.items
        case .tuple(let items): return items
        case .object(let range as PyRange): return (0..<range.count).map { .int(range.start + $0 * range.step) }
        case .native(let column as DatasetColumn): return try column.cells()
        default:
            guard let interpreter = interpreter, !value.isNone, case .list(let list) = try interpreter.call(.type(.list), [value]) else {
                throw PyException.typeError("\(what) must be a list, tuple or range, not \(value.typeName)")
            }
            return list.items
        }
    }

    /// The row indices a slice selects from `length` rows, as CPython resolves them.
    static func indices(of slice: PySlice, length: Int) throws -> [Int] {
        func bound(_ value: Value) throws -> Int? {
            if value.isNone { return nil }
            return try int(value, "slice indices")
        }
        let step = try bound(slice.step) ?? 1
        guard step != 0 else { throw PyException.valueError("slice step cannot be zero") }
        func clamp(_ value: Int?, _ fallback: Int) -> Int {
            guard var index = value else { return fallback }
            if index < 0 {
                index += length
                if index < 0 { index = step < 0 ? -1 : 0 }
            } else if index >= length {
                index = step < 0 ? length - 1 : length
            }
            return index
        }
        let start = clamp(try bound(slice.start), step < 0 ? length - 1 : 0)
        let stop = clamp(try bound(slice.stop), step < 0 ? -1 : length)
        return Array(stride(from: start, to: stop, by: step))
    }

    /// `['a', 'b']`: Python's repr of a list of plain names, for error messages.
    static func pythonList(_ names: [String]) -> String {
        "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }

    /// A dict with string keys, in order.
    static func dict(_ pairs: [(String, Value)]) -> Value {
        let dict = PyDict()
        for (key, value) in pairs { dict[string: key] = value }
        return .dict(dict)
    }
}
