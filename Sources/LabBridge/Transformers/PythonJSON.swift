import Foundation
import LabScript
import LabModels

/// Python keyword values as the JSON-shaped values configuration files hold.
enum PythonJSON {
    static func value(_ v: Value) throws -> Any {
        switch v {
        case .none: return NSNull()
        case .bool(let b): return b
        case .float(let d): return d
        case .str(let s): return s
        default:
            if let i = v.integer { return i }
            if let items = Convert.sequence(v) { return try items.map(value) }
            throw PyException.typeError("a configuration value must be a number, string, bool, None or list, not \(v.typeName)")
        }
    }

    static func config(_ keywords: [(String, Value)]) throws -> ConfigJSON {
        ConfigJSON(Dictionary(try keywords.map { ($0.0, try value($0.1)) }, uniquingKeysWith: { _, new in new }))
    }
}
