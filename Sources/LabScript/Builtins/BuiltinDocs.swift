import Foundation

/// What `help()` says of CPython's own built-ins: the signature CPython reports and a one-line
/// summary of the docstring (``table``, generated from python3), and the docstrings of `object`'s
/// methods that a script class's undocumented overrides inherit in pydoc.
enum BuiltinDocs {
    /// The one-line summary of a built-in function or a method of a built-in type.
    static func summary(of b: PyBuiltin) -> String? {
        key(of: b).flatMap { table[$0]?.summary }
    }

    /// CPython's parameter list for a built-in (`["obj", "/"]`, methods with `self` first), nil
    /// inside when CPython reports no signature for it; nil when `b` is not one of CPython's.
    static func parameters(of b: PyBuiltin) -> [String]?? {
        guard let entry = key(of: b).flatMap({ table[$0] }) else { return nil }
        guard let signature = entry.signature else { return .some(nil) }
        let inner = signature.dropFirst().dropLast()
        return .some(inner.isEmpty ? [] : inner.components(separatedBy: ", "))
    }

    private static func key(of b: PyBuiltin) -> String? {
        if b.module == "builtins" && !b.qualname.contains(".") { return b.qualname }
        if let module = b.module, module != "builtins", !b.isMethod, b.boundSelf == nil, table[module + "." + b.qualname] != nil {
            return module + "." + b.qualname
        }
        if b.isMethod, b.qualname.contains("."), table[b.qualname] != nil, b.module == nil || b.module == "builtins" { return b.qualname }
        return nil
    }

    /// `object`'s methods' docstrings, by name.
    static let objectMethods: [String: String] = [
        "__init__": "Initialize self.  See help(type(self)) for accurate signature.",
        "__new__": "Create and return a new object.  See help(type) for accurate signature.",
        "__repr__": "Return repr(self).",
        "__str__": "Return str(self).",
        "__eq__": "Return self==value.",
        "__ne__": "Return self!=value.",
        "__lt__": "Return self<value.",
        "__le__": "Return self<=value.",
        "__gt__": "Return self>value.",
        "__ge__": "Return self>=value.",
        "__hash__": "Return hash(self).",
        "__setattr__": "Implement setattr(self, name, value).",
        "__delattr__": "Implement delattr(self, name).",
        "__getattribute__": "Return getattr(self, name).",
        "__format__": "Default object formatter.",
        "__reduce__": "Helper for pickle.",
        "__reduce_ex__": "Helper for pickle.",
        "__getstate__": "Helper for pickle.",
        "__sizeof__": "Size of object in memory, in bytes.",
        "__dir__": "Default dir() implementation.",
    ]
}
