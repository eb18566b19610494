/// `int | float`: a union of classes (`types.UnionType`), accepted by `isinstance` and `issubclass`.
public final class PyUnion: PyObject {
    /// The member classes in order, without duplicates; `None` is stored as NoneType.
    public let members: [PyType]

    init(_ members: [PyType]) { self.members = members }

    public override var pyType: PyType { .unionType }

    /// CPython's repr: `int | float`, `__main__.C | None`.
    public var description: String {
        members.map { $0 === PyType.noneType ? "None" : $0.qualifiedName }.joined(separator: " | ")
    }

    /// `a | b` when each side is a class, None or a union (and not both None), else nil.
    static func combining(_ a: Value, _ b: Value) -> PyUnion? {
        func members(_ v: Value) -> [PyType]? {
            switch v {
            case .type(let t): return [t]
            case .none: return [PyType.noneType]
            case .object(let u as PyUnion): return u.members
            default: return nil
            }
        }
        guard let left = members(a), let right = members(b), !(a.isNone && b.isNone) else { return nil }
        var all: [PyType] = []
        for t in left + right where !all.contains(where: { $0 === t }) { all.append(t) }
        return PyUnion(all)
    }
}
