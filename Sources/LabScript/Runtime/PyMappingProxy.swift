/// `types.MappingProxyType`: a read-only view of a dict (what `Enum.__members__` returns). Reads
/// go to the dict, so later changes to it show through.
final class PyMappingProxy: NativeObject {
    let dict: PyDict
    init(_ dict: PyDict) { self.dict = dict }

    static let type: PyType = {
        let t = PyType(name: "mappingproxy", bases: [.object])
        for name in ["keys", "values", "items", "get", "copy"] {
            Builtins.rawMethod(t, name) { i, args, keywords in
                guard case .native(let proxy as PyMappingProxy)? = args.first else {
                    throw PyException.typeError("descriptor '\(name)' for 'mappingproxy' objects needs a mappingproxy")
                }
                return try i.callMethod(.dict(proxy.dict), name, Array(args.dropFirst()), keywords)
            }
        }
        return t
    }()

    var pyClass: PyType { Self.type }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        try interpreter.getItem(.dict(dict), index)
    }

    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        throw PyException.typeError("'mappingproxy' object does not support item assignment")
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        try interpreter.makeIterator(.dict(dict))
    }

    func length(_ interpreter: Interpreter) throws -> Int? { dict.count }

    func repr(_ interpreter: Interpreter) throws -> String { "mappingproxy(\(try interpreter.reprOf(.dict(dict))))" }

    func str(_ interpreter: Interpreter) throws -> String { try interpreter.strOf(.dict(dict)) }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        let target: Value
        if case .native(let p as PyMappingProxy) = other { target = .dict(p.dict) } else { target = other }
        return try interpreter.compare(op, .dict(dict), target)
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .bitor else { return nil }
        let copy = try interpreter.callMethod(.dict(dict), "copy", [], [])
        return reflected ? try interpreter.binary(.bitor, other, copy) : try interpreter.binary(.bitor, copy, other)
    }
}
