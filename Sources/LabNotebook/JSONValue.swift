import Foundation

/// A JSON value: cell metadata (`tags=["parameters"]`), `--params` files and transcript documents.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON text; any value is allowed at the top level (`42`, `"x"`, `[1]`).
    public init(parsing text: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        self = JSONValue(foundation: object)
    }

    /// Converts `JSONSerialization` output.
    public init(foundation object: Any) {
        switch object {
        case is NSNull:
            self = .null
        case let string as String:
            self = .string(string)
        case let number as NSNumber:
            self = JSONValue(number: number)
        case let array as [Any]:
            self = .array(array.map(JSONValue.init(foundation:)))
        case let dictionary as [String: Any]:
            self = .object(dictionary.mapValues(JSONValue.init(foundation:)))
        default:
            self = .null
        }
    }

    private init(number: NSNumber) {
        let encoding = String(cString: number.objCType)
        if number.isBoolean {
            self = .bool(number.boolValue)
        } else if encoding == "d" || encoding == "f" {
            self = .double(number.doubleValue)
        } else {
            self = .int(number.intValue)
        }
    }
}

extension NSNumber {
    /// True for numbers that JSONSerialization made from `true`/`false`.
    fileprivate var isBoolean: Bool {
        #if canImport(Darwin)
        return CFGetTypeID(self) == CFBooleanGetTypeID()
        #else
        return String(cString: objCType) == "c"
        #endif
    }
}
