import Foundation

/// A `pathlib` path: PurePosixPath, or PosixPath (what `Path(...)` makes) with file operations.
/// The text is normalised as CPython does: repeated and trailing slashes and `.` parts dropped.
final class PathValue: NativeObject, HashableObject {
    /// "/" for an absolute path, "" for a relative one.
    let root: String
    /// The parts after the root, none of them empty or ".".
    let components: [String]
    let isConcrete: Bool

    init(root: String, components: [String], isConcrete: Bool) {
        self.root = root
        self.components = components
        self.isConcrete = isConcrete
    }

    convenience init(_ text: String, isConcrete: Bool) {
        let root = text.hasPrefix("/") ? "/" : ""
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        self.init(root: root, components: parts, isConcrete: isConcrete)
    }

    var pyClass: PyType { isConcrete ? PathTypes.posixPath : PathTypes.purePosixPath }
    var text: String {
        let joined = components.joined(separator: "/")
        if root.isEmpty { return joined.isEmpty ? "." : joined }
        return root + joined
    }
    var parts: [String] { (root.isEmpty ? [] : [root]) + components }
    var name: String { components.last ?? "" }

    func with(_ components: [String]) -> PathValue { PathValue(root: root, components: components, isConcrete: isConcrete) }

    /// `self / other`: an absolute `other` replaces the path.
    func joining(_ other: String) -> PathValue {
        let next = PathValue(other, isConcrete: isConcrete)
        return next.root.isEmpty ? with(components + next.components) : next
    }

    func repr(_ interpreter: Interpreter) throws -> String { "\(pyClass.name)(\(Format.stringRepr(text)))" }
    func str(_ interpreter: Interpreter) throws -> String { text }
    func hashValue() -> Int? { Hashing.hashString(text) }
    func pyHash() throws -> Int? { hashValue() }
    /// Paths of the same flavour are equal when their parts are.
    func pyEquals(_ other: Value) -> Bool? {
        guard case .native(let o as PathValue) = other else { return false }
        return o.parts == parts
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .native(let o as PathValue) = other else { return nil }
        return try interpreter.compare(op, .tuple(parts.map { .str($0) }), .tuple(o.parts.map { .str($0) }))
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .truediv, let segment = PathTypes.pathText(other) else { return nil }
        if reflected { return .native(PathValue(segment, isConcrete: isConcrete).joining(text)) }
        return .native(joining(segment))
    }
}

/// The `pathlib` classes and their methods.
enum PathTypes {
    static let purePath = PyType(name: "PurePath", bases: [.object], module: "pathlib")
    static let path = PyType(name: "Path", bases: [purePath], module: "pathlib")
    static let purePosixPath: PyType = {
        let t = PyType(name: "PurePosixPath", bases: [purePath], module: "pathlib")
        t.constructor = { _, args, _ in .native(try make(args, isConcrete: false)) }
        return t
    }()
    static let posixPath: PyType = {
        let t = PyType(name: "PosixPath", bases: [path, purePosixPath], module: "pathlib")
        t.constructor = { _, args, _ in .native(try make(args, isConcrete: true)) }
        return t
    }()

    static let pathParents = PyType(name: "_PathParents", bases: [.object], module: "pathlib")

    /// The text of a str or path argument, or nil.
    static func pathText(_ v: Value) -> String? {
        switch v {
        case .str(let s): return s
        case .native(let p as PathValue): return p.text
        default: return nil
        }
    }

    static func make(_ args: [Value], isConcrete: Bool) throws -> PathValue {
        var result = PathValue("", isConcrete: isConcrete)
        for arg in args {
            guard let segment = pathText(arg) else {
                throw PyException.typeError("expected str, bytes or os.PathLike object, not \(arg.typeName)")
            }
            result = result.joining(segment)
        }
        return result
    }

    /// The `pathlib` module's members; the classes get their methods on first import.
    static func module() -> [(String, Value)] {
        _ = installed
        return [purePath, path, purePosixPath, posixPath].map { ($0.name, .type($0)) }
    }

    private static let installed: Void = {
        purePath.constructor = { _, args, _ in .native(try make(args, isConcrete: false)) }
        path.constructor = { _, args, _ in .native(try make(args, isConcrete: true)) }
        installPureMethods(purePath)
        installConcreteMethods(path)
    }()

    private static func receiver(_ a: Args) throws -> PathValue { try a.receiver(as: PathValue.self) }

    private static func method(_ t: PyType, _ name: String, _ params: [String] = [], _ body: @escaping (Args, PathValue) throws -> Value) {
        t.dict[name] = .builtin(Function(name, params: params) { a in try body(a, try receiver(a)) }.makeBuiltin(owner: t.name, isMethod: true))
    }

    private static func property(_ t: PyType, _ name: String, _ get: @escaping (PathValue) throws -> Value) {
        t.properties[name] = Property(name) { v, _ in
            guard case .native(let p as PathValue) = v else { throw PyException.typeError("expected a path") }
            return try get(p)
        }
    }

    /// CPython's suffix rule: the last dot, not leading and not trailing.
    private static func suffixStart(_ name: String) -> String.Index? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return nil }
        return dot
    }

    private static func installPureMethods(_ t: PyType) {
        property(t, "name") { .str($0.name) }
        property(t, "parts") { .tuple($0.parts.map { .str($0) }) }
        property(t, "root") { .str($0.root) }
        property(t, "anchor") { .str($0.root) }
        property(t, "suffix") { p in .str(suffixStart(p.name).map { String(p.name[$0...]) } ?? "") }
        property(t, "stem") { p in .str(suffixStart(p.name).map { String(p.name[..<$0]) } ?? p.name) }
        property(t, "suffixes") { p in
            if p.name.hasSuffix(".") { return .list(PyList()) }
            let pieces = p.name.drop { $0 == "." }.split(separator: ".", omittingEmptySubsequences: false).dropFirst()
            return .list(PyList(pieces.map { .str("." + $0) }))
        }
        property(t, "parent") { p in .native(p.components.isEmpty ? p : p.with(Array(p.components.dropLast()))) }
        property(t, "parents") { .native(PathParents($0)) }
        method(t, "__str__") { _, p in .str(p.text) }
        method(t, "__fspath__") { _, p in .str(p.text) }
        method(t, "as_posix") { _, p in .str(p.text) }
        method(t, "is_absolute") { _, p in .bool(!p.root.isEmpty) }
        method(t, "joinpath", ["*pathsegments"]) { a, p in
            var result = p
            for segment in a.varargs {
                guard let s = pathText(segment) else {
                    throw PyException.typeError("expected str, bytes or os.PathLike object, not \(segment.typeName)")
                }
                result = result.joining(s)
            }
            return .native(result)
        }
        method(t, "with_name", ["name"]) { a, p in
            let name = try a["name"].string("with_name() argument")
            if p.name.isEmpty { throw PyException.valueError("\(try a.interpreter.reprOf(.native(p))) has an empty name") }
            if name.isEmpty || name.contains("/") || name == "." { throw PyException.valueError("Invalid name \(Format.stringRepr(name))") }
            return .native(p.with(Array(p.components.dropLast()) + [name]))
        }
        method(t, "with_stem", ["stem"]) { a, p in
            let stem = try a["stem"].string("with_stem() argument")
            let suffix = suffixStart(p.name).map { String(p.name[$0...]) } ?? ""
            if p.name.isEmpty { throw PyException.valueError("\(try a.interpreter.reprOf(.native(p))) has an empty name") }
            return .native(p.with(Array(p.components.dropLast()) + [stem + suffix]))
        }
        method(t, "with_suffix", ["suffix"]) { a, p in
            let suffix = try a["suffix"].string("with_suffix() argument")
            if suffix.contains("/") || (!suffix.isEmpty && (!suffix.hasPrefix(".") || suffix == ".")) {
                throw PyException.valueError("Invalid suffix \(Format.stringRepr(suffix))")
            }
            if p.name.isEmpty { throw PyException.valueError("\(try a.interpreter.reprOf(.native(p))) has an empty name") }
            let stem = suffixStart(p.name).map { String(p.name[..<$0]) } ?? p.name
            return .native(p.with(Array(p.components.dropLast()) + [stem + suffix]))
        }
        method(t, "relative_to", ["*other"]) { a, p in
            let other = try make(a.varargs, isConcrete: p.isConcrete)
            guard other.root == p.root, p.components.starts(with: other.components) else {
                throw PyException.valueError("\(Format.stringRepr(p.text)) is not in the subpath of \(Format.stringRepr(other.text))"
                    + " OR one path is relative and the other is absolute.")
            }
            return .native(PathValue(root: "", components: Array(p.components.dropFirst(other.components.count)), isConcrete: p.isConcrete))
        }
        method(t, "is_relative_to", ["*other"]) { a, p in
            let other = try make(a.varargs, isConcrete: p.isConcrete)
            return .bool(other.root == p.root && p.components.starts(with: other.components))
        }
    }
}

/// `path.parents`: the ancestors, nearest first, as CPython's `_PathParents` sequence.
final class PathParents: NativeObject {
    let path: PathValue
    init(_ path: PathValue) { self.path = path }

    var pyClass: PyType { PathTypes.pathParents }
    var items: [Value] { (0..<path.components.count).reversed().map { .native(path.with(Array(path.components.prefix($0)))) } }

    func repr(_ interpreter: Interpreter) throws -> String { "<\(path.pyClass.name).parents>" }
    func length(_ interpreter: Interpreter) throws -> Int? { path.components.count }
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var rest = items[...]
        return { rest.popFirst() }
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .object(let s as PySlice) = index { return .tuple(try interpreter.sliceElements(items, s)) }
        guard let i = try interpreter.indexValue(index) else {
            throw PyException.typeError("tuple indices must be integers or slices, not \(index.typeName)")
        }
        let count = path.components.count
        guard i >= -count && i < count else { throw PyException.indexError(String(i)) }
        return items[i < 0 ? i + count : i]
    }
}
