import LabScript

/// A pandas `Index` of labels: `df.columns`, and the index of a groupby result, of
/// `value_counts` or of a row. Printed as pandas 3 prints it on one line
/// (`Index(['a', 'b'], dtype='str', name='k')`); a longer one, which pandas wraps, raises.
final class IndexObject: NativeObject {
    static let cls = NativeClass("Index", module: "pandas", methods: [
        Function("tolist") { a in .list(PyList(try a.receiver(as: IndexObject.self).labels)) },
        Function("to_list") { a in .list(PyList(try a.receiver(as: IndexObject.self).labels)) },
    ], properties: [
        Property("name") { v, _ in
            guard case .native(let index as IndexObject) = v else { return .none }
            return index.name.map { .str($0) } ?? .none
        },
    ])

    let labels: [Value]
    let name: String?

    init(_ labels: [Value], name: String?) {
        self.labels = labels
        self.name = name
    }

    var pyClass: PyType { Self.cls.type }

    private var dtype: String {
        if !labels.isEmpty && labels.allSatisfy({ if case .str = $0 { return true }; return false }) { return "str" }
        if labels.allSatisfy({ if case .int = $0 { return true }; return false }) { return "int64" }
        if labels.allSatisfy({ if case .bool = $0 { return true }; return false }) { return "bool" }
        if labels.allSatisfy({ if case .float = $0 { return true }; if case .int = $0 { return true }; return false }) { return "float64" }
        return "object"
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let items = labels.map { label -> String in
            if dtype == "float64", case .int(let i) = label { return interpreter.repr(.float(Double(i))) }
            return interpreter.repr(label)
        }
        let text = "Index([" + items.joined(separator: ", ") + "], dtype='\(dtype)'" + (name.map { ", name='\($0)'" } ?? "") + ")"
        guard text.count <= 80 else {
            throw PyException(.notImplementedError, "printing an Index longer than one line (pandas wraps it) is not supported by labrun; print its tolist()")
        }
        return text
    }

    func length(_ interpreter: Interpreter) throws -> Int? { labels.count }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = labels.makeIterator()
        return { iterator.next() }
    }

    func getItem(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .int(var i) = key else {
            throw PyException(.notImplementedError, "indexing an Index with \(key.typeName) is not supported by labrun (an int)")
        }
        guard i >= -labels.count && i < labels.count else {
            throw PyException.indexError("index \(i) is out of bounds for axis 0 with size \(labels.count)")
        }
        if i < 0 { i += labels.count }
        return labels[i]
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        throw PyException(.notImplementedError, "comparing an Index (elementwise in pandas) is not supported by labrun; compare its tolist()")
    }

    func snapshot(_ copier: DeepCopier) -> NativeObject { self }
}
