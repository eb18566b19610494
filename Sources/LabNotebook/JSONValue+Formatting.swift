import JSONText

extension JSONValue {
    /// JSON text laid out as Python's `json.dumps(value, indent=indent, sort_keys=True,
    /// ensure_ascii=False)`, the layout Jupyter saves notebooks in, so re-saving gives no diff.
    public func formatted(indent: Int = 1) -> String {
        var output = ""
        write(to: &output, indent: indent, depth: 0)
        return output
    }

    private func write(to output: inout String, indent: Int, depth: Int) {
        let inner = String(repeating: " ", count: indent * (depth + 1))
        let outer = String(repeating: " ", count: indent * depth)
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? "\(value)" : (value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity"))
        case .string(let value): output += JSONText.quoted(value)
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += inner
                value.write(to: &output, indent: indent, depth: depth + 1)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += outer + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                output += inner + JSONText.quoted(key) + ": "
                members[key]?.write(to: &output, indent: indent, depth: depth + 1)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += outer + "}"
        }
    }

}
