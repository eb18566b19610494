import LabScript

/// `torch.Size`: a tuple of dims that prints as `torch.Size([2, 3])` and compares equal to tuples.
final class SizeObject: NativeObject {
    static let cls = NativeClass("Size", module: "torch", methods: [
        Function("numel") { args in .int(try args.receiver(as: SizeObject.self).dims.reduce(1, *)) },
    ])

    let dims: [Int]
    init(_ dims: [Int]) { self.dims = dims }

    var pyClass: PyType { SizeObject.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String {
        "torch.Size([" + dims.map(String.init).joined(separator: ", ") + "])"
    }
    func length(_ interpreter: Interpreter) throws -> Int? { dims.count }
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .object(let s as PySlice) = index {
            let (start, count, step) = try Convert.slice(s, length: dims.count)
            return .native(SizeObject((0..<count).map { dims[start + $0 * step] }))
        }
        var i = try Convert.int(index, "tuple indices")
        if i < 0 { i += dims.count }
        guard dims.indices.contains(i) else { throw PyException.indexError("tuple index out of range") }
        return .int(dims[i])
    }
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = dims.makeIterator()
        return { iterator.next().map { .int($0) } }
    }
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, let items = Convert.sequence(other) else { return nil }
        if case .list = other { return .bool(op == .ne) }
        return .bool((items.map(\.integer) == dims.map { Optional($0) }) == (op == .eq))
    }
    func hashValue() -> Int? { dims.hashValue }
}
