import JSONText

extension JSONValue {
    /// Compact JSON text for this value; strings are written with their exact scalars.
    var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(value):
            output += value.rounded() == value && abs(value) < 9.0e15 ? String(Int(value)) : "\(value)"
        case let .string(value): output += JSONText.quoted(value)
        case let .array(elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case let .object(map):
            output += "{"
            for (index, (key, value)) in map.members.enumerated() {
                if index > 0 { output += "," }
                output += JSONText.quoted(key)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

}
