/// An insertion-ordered mapping from column names to values, like a Python dict.
///
/// Rows (`ds[i]`), batches (`ds[a:b]`, a record of lists) and dict-typed cells are records.
public struct DataRecord: Equatable, Sequence {
    public private(set) var keys: [String] = []
    private var storage: [String: DataValue] = [:]

    public init() {}

    public init(_ pairs: [(String, DataValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }
    public var values: [DataValue] { keys.map { storage[$0]! } }

    /// Setting a new key appends it; setting an existing key keeps its position; `nil` removes it.
    public subscript(key: String) -> DataValue? {
        get { storage[key] }
        set {
            if let value = newValue {
                if storage.updateValue(value, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public func contains(_ key: String) -> Bool { storage[key] != nil }

    public func makeIterator() -> AnyIterator<(key: String, value: DataValue)> {
        var index = 0
        return AnyIterator {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], storage[keys[index]]!)
        }
    }

    public static func == (lhs: DataRecord, rhs: DataRecord) -> Bool {
        lhs.keys == rhs.keys && lhs.storage == rhs.storage
    }
}

extension DataRecord: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, DataValue)...) {
        self.init(elements)
    }
}
