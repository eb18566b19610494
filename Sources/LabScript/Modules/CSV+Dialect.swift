/// A csv dialect: how fields are separated, quoted and escaped, and how records end.
struct CSVDialect {
    static let quoteMinimal = 0, quoteAll = 1, quoteNonnumeric = 2, quoteNone = 3

    var delimiter: Unicode.Scalar = ","
    var quotechar: Unicode.Scalar? = "\""
    var escapechar: Unicode.Scalar? = nil
    var doublequote = true
    var skipinitialspace = false
    var lineterminator = "\r\n"
    var quoting = CSVDialect.quoteMinimal
    var strict = false

    static let parameterNames = ["delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                                 "lineterminator", "quoting", "strict"]

    /// The `excel` dialect.
    init() {}

    /// A dialect from the `dialect` argument (a registered name, a Dialect class or instance, or
    /// another reader's dialect) overridden by keyword format parameters, checked as `_csv` checks it.
    init(_ dialect: Value, _ overrides: [(String, Value)], registry: CSVRegistry, _ interpreter: Interpreter) throws {
        var base = dialect
        if case .str(let name) = dialect {
            guard let registered = registry.dialects[name] else { throw PyException(Interpreter.csvError, "unknown dialect") }
            base = registered
        }
        for name in CSVDialect.parameterNames {
            var value: Value? = overrides.first(where: { $0.0 == name })?.1
            if value == nil, case .native(let d as CSVDialectObject) = base {
                value = d.attribute(name)
            } else if value == nil, !base.isNone {
                value = try interpreter.lookupAttribute(base, name)
            }
            if let value { try set(name, value, interpreter) }
        }
        for (name, _) in overrides where !CSVDialect.parameterNames.contains(name) {
            throw PyException.typeError("'\(name)' is an invalid keyword argument for this function")
        }
        // An explicit quotechar=None without a quoting means QUOTE_NONE.
        let quotingGiven = overrides.contains { $0.0 == "quoting" }
        if quotechar == nil && !quotingGiven && overrides.contains(where: { $0.0 == "quotechar" }) { quoting = CSVDialect.quoteNone }
        if quoting != CSVDialect.quoteNone && quotechar == nil {
            throw PyException.typeError("quotechar must be set if quoting enabled")
        }
    }

    private mutating func set(_ name: String, _ v: Value, _ interpreter: Interpreter) throws {
        func character(_ optional: Bool) throws -> Unicode.Scalar? {
            if optional && v.isNone { return nil }
            guard case .str(let s) = v else { throw PyException.typeError("\"\(name)\" must be string, not \(v.typeName)") }
            guard s.unicodeScalars.count == 1 else { throw PyException.typeError("\"\(name)\" must be a 1-character string") }
            return s.unicodeScalars.first
        }
        switch name {
        case "delimiter": delimiter = try character(false)!
        case "quotechar": quotechar = try character(true)
        case "escapechar": escapechar = try character(true)
        case "doublequote": doublequote = try interpreter.truthy(v)
        case "skipinitialspace": skipinitialspace = try interpreter.truthy(v)
        case "strict": strict = try interpreter.truthy(v)
        case "lineterminator":
            guard case .str(let s) = v else { throw PyException.typeError("\"lineterminator\" must be a string") }
            lineterminator = s
        default:
            guard let q = v.asInt, (0...3).contains(q) else { throw PyException.typeError("bad \"quoting\" value") }
            quoting = q
        }
    }

    /// The attribute `name` as Python sees it.
    func value(_ name: String) -> Value {
        func text(_ c: Unicode.Scalar?) -> Value { c.map { .str(String($0)) } ?? .none }
        switch name {
        case "delimiter": return text(delimiter)
        case "quotechar": return text(quotechar)
        case "escapechar": return text(escapechar)
        case "doublequote": return .bool(doublequote)
        case "skipinitialspace": return .bool(skipinitialspace)
        case "lineterminator": return .str(lineterminator)
        case "quoting": return .int(quoting)
        default: return .bool(strict)
        }
    }
}

/// The dialects `register_dialect` has named, per interpreter (`excel`, `excel-tab` and `unix` first).
final class CSVRegistry {
    var dialects: [String: Value] = [:]
    var names: [String] = []

    func register(_ name: String, _ dialect: Value) {
        if dialects[name] == nil { names.append(name) }
        dialects[name] = dialect
    }

    func unregister(_ name: String) throws {
        guard dialects.removeValue(forKey: name) != nil else { throw PyException(Interpreter.csvError, "unknown dialect") }
        names.removeAll { $0 == name }
    }
}

/// `reader.dialect`, `writer.dialect` and what `get_dialect` returns: a read-only `_csv.Dialect`.
final class CSVDialectObject: NativeObject {
    let dialect: CSVDialect
    init(_ dialect: CSVDialect) { self.dialect = dialect }
    static let type = NativeClass("Dialect", module: "_csv").type
    var pyClass: PyType { CSVDialectObject.type }
    func attribute(_ name: String) -> Value { dialect.value(name) }
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        CSVDialect.parameterNames.contains(name) ? dialect.value(name) : nil
    }
    var attributeNames: [String] { CSVDialect.parameterNames }
}

extension Interpreter {
    public static let csvError = PyType(name: "Error", bases: [.exception], module: "_csv")

    /// `csv.Dialect` and its subclasses `excel`, `excel_tab` and `unix_dialect`, as classes holding
    /// the parameters as class attributes, which user code may subclass.
    static func csvDialectClasses() -> [(String, PyType)] {
        // Python classes in CPython's csv.py: instantiable and subclassable.
        let dialect = PyType(name: "Dialect", bases: [.object], module: "csv", isUserDefined: true)
        for name in CSVDialect.parameterNames where name != "strict" { dialect.dict[name] = Value.none }
        dialect.dict["strict"] = .bool(false)
        func subclass(_ name: String, _ d: CSVDialect) -> PyType {
            let t = PyType(name: name, bases: [dialect], module: "csv", isUserDefined: true)
            for p in CSVDialect.parameterNames where p != "strict" { t.dict[p] = d.value(p) }
            return t
        }
        let excel = subclass("excel", CSVDialect())
        var tab = CSVDialect()
        tab.delimiter = "\t"
        var unix = CSVDialect()
        unix.lineterminator = "\n"
        unix.quoting = CSVDialect.quoteAll
        let excelTab = PyType(name: "excel_tab", bases: [excel], module: "csv", isUserDefined: true)
        excelTab.dict["delimiter"] = tab.value("delimiter")
        return [("Dialect", dialect), ("excel", excel), ("excel_tab", excelTab), ("unix_dialect", subclass("unix_dialect", unix))]
    }
}
