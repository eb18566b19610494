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
            if case .dict(let d) = v { return try object(d) }
            throw PyException.typeError("a configuration value must be a number, string, bool, None, list or dict, not \(v.typeName)")
        }
    }

    /// A dict as a JSON object: int keys become their decimal strings (`id2label={0: "nothate"}`), as json.dumps writes them.
    private static func object(_ d: PyDict) throws -> [String: Any] {
        var out: [String: Any] = [:]
        for (key, item) in d.storage {
            if case .str(let s) = key.value {
                out[s] = try value(item)
            } else if let i = key.value.integer {
                out[String(i)] = try value(item)
            } else {
                throw PyException.typeError("keys must be str or int, not \(key.value.typeName)")
            }
        }
        return out
    }

    static func config(_ keywords: [(String, Value)]) throws -> ConfigJSON {
        ConfigJSON(Dictionary(try keywords.map { ($0.0, try value($0.1)) }, uniquingKeysWith: { _, new in new }))
    }
}
