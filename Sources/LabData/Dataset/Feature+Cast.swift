import Foundation
import LabTensor

/// How a column of a lab's Python values gets its type, as datasets gives it: pyarrow's safe casts
/// between a value and a feature, and the smaller ints datasets chooses for tokenizer columns.
extension Feature {
    /// The ints an Arrow integer type of `bits` holds (uint64 is capped at what an Int holds).
    static func integerRange(bits: Int, signed: Bool) -> ClosedRange<Int> {
        if bits == 64 { return signed ? Int.min...Int.max : 0...Int.max }
        return signed ? -(1 << (bits - 1))...(1 << (bits - 1)) - 1 : 0...(1 << bits) - 1
    }

    /// The int range of an integer dtype (`int8`, `uint32`, …), nil for others.
    static func integerRange(_ dtype: String) -> ClosedRange<Int>? {
        guard case .int(let bits, let signed)? = ArrowType.scalars[dtype] else { return nil }
        return integerRange(bits: bits, signed: signed)
    }

    /// `value` as this feature stores it, as pyarrow's safe cast converts it: ints in range, floats
    /// without a fraction and digit strings to int dtypes; ints, bools and number strings to floats
    /// (rounded to the dtype's precision); numbers to bools; strings only to strings, unless
    /// `primitivesToString` (then ints and bools too, as pyarrow spells them).
    /// - Returns: nil when the value cannot be stored as this feature.
    func converting(_ value: DataValue, primitivesToString: Bool = false) -> DataValue? {
        if case .null = value { return .null }
        switch self {
        case .value(let dtype):
            return Self.converting(value, to: dtype, primitivesToString: primitivesToString)
        case .sequence(let item), .largeList(let item):
            guard case .list(let items) = value else { return nil }
            var converted: [DataValue] = []
            converted.reserveCapacity(items.count)
            for element in items {
                guard let next = item.converting(element, primitivesToString: primitivesToString) else { return nil }
                converted.append(next)
            }
            return .list(converted)
        case .dict(let fields):
            guard case .dict(var record) = value else { return nil }
            for (key, feature) in fields {
                guard let item = record[key] else { continue }
                guard let converted = feature.converting(item, primitivesToString: primitivesToString) else { return nil }
                record[key] = converted
            }
            return .dict(record)
        case .opaque:
            return value
        }
    }

    private static func converting(_ value: DataValue, to dtype: String, primitivesToString: Bool) -> DataValue? {
        if let range = integerRange(dtype) {
            switch value {
            case .int(let number):
                guard range.contains(number) else { return nil }  // (`? value : nil` would make nil DataValue.null)
                return value
            case .bool(let flag): return .int(flag ? 1 : 0)
            case .double(let number):
                guard number.rounded() == number, let exact = Int(exactly: number), range.contains(exact) else { return nil }
                return .int(exact)
            case .string(let text):
                guard isDigits(text.hasPrefix("-") ? text.dropFirst() : Substring(text)), let number = Int(text), range.contains(number) else { return nil }
                return .int(number)
            default: return nil
            }
        }
        switch (dtype, value) {
        case ("float16", _), ("float32", _), ("float64", _):
            let number: Double
            switch value {
            case .int(let whole): number = Double(whole)
            case .bool(let flag): number = flag ? 1 : 0
            case .double(let real): number = real
            case .string(let text):
                guard let parsed = parseFloat(text) else { return nil }
                number = parsed
            default: return nil
            }
            return .double(dtype == "float16" ? Double(floatFromHalfBits(halfBitsFromDouble(number))) : dtype == "float32" ? Double(Float(number)) : number)
        case ("bool", .bool): return value
        case ("bool", .int(let number)): return .bool(number != 0)
        case ("bool", .double(let number)): return .bool(number != 0)
        case ("string", .string), ("large_string", .string): return value
        case ("string", .int(let number)) where primitivesToString, ("large_string", .int(let number)) where primitivesToString:
            return .string(String(number))
        case ("string", .bool(let flag)) where primitivesToString, ("large_string", .bool(let flag)) where primitivesToString:
            return .string(flag ? "true" : "false")
        default: return nil
        }
    }

    /// A decimal float as Arrow parses one (`2.5`, `-1e3`, `inf`, `nan`); no hex, no leading `+`.
    private static func parseFloat(_ text: String) -> Double? {
        switch text.lowercased() {
        case "inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "-nan": return .nan
        default:
            var rest = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                let exponent = rest[rest.index(after: e)...]
                guard isDigits(exponent.first == "-" || exponent.first == "+" ? exponent.dropFirst() : exponent) else { return nil }
                rest = rest[..<e]
            }
            let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.allSatisfy({ $0.allSatisfy({ $0 >= "0" && $0 <= "9" }) }), parts.contains(where: { !$0.isEmpty }) else { return nil }
            return Double(text)
        }
    }

    private static func isDigits(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy({ $0 >= "0" && $0 <= "9" }) }

    /// datasets' smaller int types for tokenizer outputs (`OptimizedTypedSequence`).
    static let optimizedIntegers: [String: String] = [
        "input_ids": "int32", "attention_mask": "int8", "special_tokens_mask": "int8", "token_type_ids": "int8",
    ]

    /// The feature datasets gives a column of a lab's values written in one batch (`from_dict`, a
    /// `map` batch): `tryFeature` (the input column's) when every value converts to it, else the
    /// inferred feature, where a tokenizer column of int64s (or lists or lists of lists of them)
    /// that fit takes datasets' smaller int type.
    /// - Returns: nil when the values mix incompatible types.
    static func written<C: Collection>(_ values: C, column: String, tryFeature: Feature?) -> Feature? where C.Element == DataValue {
        if let tryFeature, values.allSatisfy({ tryFeature.converting($0) != nil }) { return tryFeature }
        guard let inferred = infer(values) else { return nil }
        guard tryFeature == nil, let dtype = optimizedIntegers[column] else { return inferred }
        let optimized: Feature
        switch inferred {
        case .int64: optimized = .value(dtype)
        case .sequence(.int64): optimized = .sequence(.value(dtype))
        case .sequence(.sequence(.int64)): optimized = .sequence(.sequence(.value(dtype)))
        default: return inferred
        }
        return values.allSatisfy({ optimized.converting($0) != nil }) ? optimized : inferred
    }
}
