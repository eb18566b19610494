import LabData
import LabScript

/// A script value LabData stores without looking inside (a tensor, a model output…).
final class ScriptPayload: OpaqueDataPayload {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

extension DataValue {
    /// Converts a script value to a dataset cell: None, bools, ints, floats, strings, lists,
    /// tuples and str-keyed dicts map to their LabData cases; torch tensors and numpy arrays are
    /// stored as their nested lists (as Arrow stores them); anything else travels as an opaque
    /// payload and comes back unchanged.
    /// - Throws: TypeError for a dict key that is not a string.
    init(script value: Value) throws {
        switch value {
        case .none: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .float(let number): self = .double(number)
        case .str(let text): self = .string(text)
        case .list(let list): self = .list(try list.items.map(DataValue.init(script:)))
        case .tuple(let items): self = .list(try items.map(DataValue.init(script:)))
        case .dict(let dict): self = .dict(try DataRecord(scriptDict: dict))
        case .native(let tensor as TensorObject): self = try DataValue(script: tensor.nestedList)
        case .native(let array as NDArrayObject): self = try DataValue(script: array.nestedList)
        default: self = .opaque(ScriptPayload(value))
        }
    }

    /// The script value of a dataset cell: lists become new Python lists, records new dicts.
    var scriptValue: Value {
        switch self {
        case .null: return .none
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .float(number)
        case .string(let text): return .str(text)
        case .list(let items): return .list(PyList(items.map(\.scriptValue)))
        case .dict(let record): return record.scriptValue
        case .opaque(let payload): return (payload as? ScriptPayload)?.value ?? .none
        }
    }
}

extension DataRecord {
    /// A record from a Python dict whose keys are strings. (Inside this extension `Value` is the
    /// record's own element type, hence `LabScript.Value` below.)
    init(scriptDict dict: PyDict) throws {
        var pairs: [(String, DataValue)] = []
        for (key, value) in dict.storage {
            guard case .str(let name) = key.value else {
                throw PyException.typeError("dataset column names must be str, not \(key.value.typeName)")
            }
            pairs.append((name, try DataValue(script: value)))
        }
        self.init(pairs)
    }

    /// The record as a new Python dict, keys in record order.
    var scriptValue: LabScript.Value {
        let dict = PyDict()
        for (key, value) in self { dict[string: key] = value.scriptValue }
        return LabScript.Value.dict(dict)
    }
}
