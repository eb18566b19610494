import LabScript

/// transformers' `BatchEncoding`: a mapping from names (`input_ids`, `attention_mask`) to lists or
/// tensors, also readable as attributes, and unpackable with `**` into model calls.
final class BatchEncodingObject: NativeObject {
    private(set) var entries: [(String, Value)]

    init(_ entries: [(String, Value)]) { self.entries = entries }

    /// Bumped by item assignment (stale tracking).
    private(set) var version = 0

    var pyClass: PyType { BatchEncodingObject.cls.type }

    func snapshot(_ copier: DeepCopier) -> NativeObject {
        BatchEncodingObject(entries.map { ($0.0, copier.copy($0.1)) })
    }

    static let cls = NativeClass("BatchEncoding", module: "transformers.tokenization_utils_base", methods: [
        Function("keys") { a in .list(PyList(try a.receiver(as: BatchEncodingObject.self).entries.map { .str($0.0) })) },
        Function("values") { a in .list(PyList(try a.receiver(as: BatchEncodingObject.self).entries.map(\.1))) },
        Function("items") { a in
            .list(PyList(try a.receiver(as: BatchEncodingObject.self).entries.map { .tuple([.str($0.0), $0.1]) }))
        },
        Function("to", params: ["device"]) { a in a.receiver! },
    ])

    func value(_ key: String) -> Value? { entries.first { $0.0 == key }?.1 }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? { value(name) }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .str(let key) = index else {
            throw PyException.keyError(index)
        }
        guard let found = value(key) else { throw PyException.keyError(index) }
        return found
    }

    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        guard case .str(let key) = index else { return false }
        if let i = entries.firstIndex(where: { $0.0 == key }) { entries[i].1 = value } else { entries.append((key, value)) }
        version += 1
        return true
    }

    func length(_ interpreter: Interpreter) throws -> Int? { entries.count }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var keys = entries.map(\.0)[...]
        return { keys.popFirst().map { .str($0) } }
    }

    /// The dict's repr, as transformers prints a BatchEncoding.
    func repr(_ interpreter: Interpreter) throws -> String {
        "{" + entries.map { "'\($0.0)': \(interpreter.repr($0.1))" }.joined(separator: ", ") + "}"
    }

    var attributeNames: [String] { entries.map(\.0) }
}
