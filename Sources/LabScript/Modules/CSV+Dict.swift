/// `csv.DictReader` and `csv.DictWriter`: rows as dicts keyed by field names, over the module's
/// own `reader` and `writer` (as CPython's csv.py builds them).
extension Interpreter {
    /// Calls `csv.<name>(args, **kwargs)` from the imported csv module, so registered dialects apply.
    fileprivate func csvFunction(_ name: String, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Value {
        guard let f = modules["csv"]?.dict[name] else { throw PyException(.importError, "csv is not imported") }
        return try call(f, args, kwargs)
    }
}

final class CSVDictReader: NativeObject {
    let reader: Value
    /// The `dialect` argument as given.
    let dialect: Value
    var fieldnames: Value
    var restkey: Value
    var restval: Value
    var lineNumber = 0

    init(reader: Value, dialect: Value, fieldnames: Value, restkey: Value, restval: Value) {
        self.reader = reader
        self.dialect = dialect
        self.fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
    }

    static let type = NativeClass("DictReader", module: "csv", constructor: Function(
        "DictReader", params: ["f", "fieldnames=None", "restkey=None", "restval=None", "dialect='excel'", "*args", "**kwds"]) { a in
        let i = a.interpreter
        let reader = try i.csvFunction("reader", [a["f"], a["dialect"]] + a.varargs, a.kwargs)
        return .native(CSVDictReader(reader: reader, dialect: a["dialect"], fieldnames: a["fieldnames"],
                                     restkey: a["restkey"], restval: a["restval"]))
    }, methods: [
        Function("__next__") { a in
            guard let row = try a.receiver(as: CSVDictReader.self).nextRow(a.interpreter) else { throw PyException.stopIteration() }
            return row
        },
        Function("__iter__") { a in a.receiver ?? .none },
    ], properties: [
        Property("fieldnames", get: { v, i in
            guard case .native(let r as CSVDictReader) = v else { return .none }
            return try r.readFieldNames(i)
        }, set: { v, new, _ in
            guard case .native(let r as CSVDictReader) = v else { return }
            r.fieldnames = new
        }),
        Property("restkey", get: { v, _ in (v.native(as: CSVDictReader.self))?.restkey ?? .none },
                 set: { v, new, _ in v.native(as: CSVDictReader.self)?.restkey = new }),
        Property("restval", get: { v, _ in (v.native(as: CSVDictReader.self))?.restval ?? .none },
                 set: { v, new, _ in v.native(as: CSVDictReader.self)?.restval = new }),
        Property("reader") { v, _ in (v.native(as: CSVDictReader.self))?.reader ?? .none },
        Property("dialect") { v, _ in v.native(as: CSVDictReader.self)?.dialect ?? .none },
        Property("line_num") { v, _ in .int(v.native(as: CSVDictReader.self)?.lineNumber ?? 0) },
    ]).type
    var pyClass: PyType { CSVDictReader.type }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        // The iterator keeps the reader alive: `enumerate(csv.reader(f))` may hold nothing else.
        { try self.nextRow(interpreter) }
    }

    private func readerLineNumber(_ i: Interpreter) throws -> Int {
        try i.getAttribute(reader, "line_num").asInt ?? 0
    }

    /// `fieldnames`: the first row, read on first use when none were given.
    func readFieldNames(_ i: Interpreter) throws -> Value {
        if fieldnames.isNone, let header = try i.nextElement(reader) { fieldnames = header }
        lineNumber = try readerLineNumber(i)
        return fieldnames
    }

    /// The next row as a dict: extra values under `restkey`, missing ones as `restval`; blank rows skipped.
    func nextRow(_ i: Interpreter) throws -> Value? {
        if lineNumber == 0 { _ = try readFieldNames(i) }
        guard var row = try i.nextElement(reader) else { return nil }
        lineNumber = try readerLineNumber(i)
        while case .list(let l) = row, l.items.isEmpty {
            guard let next = try i.nextElement(reader) else { return nil }
            row = next
        }
        lineNumber = try readerLineNumber(i)
        let values = try i.iterateToArray(row)
        _ = try i.length(fieldnames)
        let names = try i.iterateToArray(fieldnames)
        let d = PyDict()
        for (k, v) in zip(names, values) { try d.set(k, v) }
        if names.count < values.count {
            try d.set(restkey, .list(PyList(Array(values[names.count...]))))
        } else if names.count > values.count {
            for k in names[values.count...] { try d.set(k, restval) }
        }
        return .dict(d)
    }
}

final class CSVDictWriter: NativeObject {
    let writer: Value
    var fieldnames: Value
    var restval: Value
    var extrasaction: String

    init(writer: Value, fieldnames: Value, restval: Value, extrasaction: String) {
        self.writer = writer
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
    }

    static let type = NativeClass("DictWriter", module: "csv", constructor: Function(
        "DictWriter", params: ["f", "fieldnames", "restval=''", "extrasaction='raise'", "dialect='excel'", "*args", "**kwds"]) { a in
        let i = a.interpreter
        let fieldnames = a["fieldnames"]
        let action = try a.string("extrasaction")
        guard ["raise", "ignore"].contains(action.lowercased()) else {
            throw PyException.valueError("extrasaction (\(action)) must be 'raise' or 'ignore'")
        }
        let writer = try i.csvFunction("writer", [a["f"], a["dialect"]] + a.varargs, a.kwargs)
        return .native(CSVDictWriter(writer: writer, fieldnames: fieldnames, restval: a["restval"], extrasaction: action))
    }, methods: [
        Function("writeheader") { a in
            let w = try a.receiver(as: CSVDictWriter.self)
            return try a.interpreter.callMethod(w.writer, "writerow", [.list(PyList(try a.interpreter.iterateToArray(w.fieldnames)))], [])
        },
        Function("writerow", params: ["rowdict"]) { a in
            let w = try a.receiver(as: CSVDictWriter.self)
            return try a.interpreter.callMethod(w.writer, "writerow", [try w.values(a["rowdict"], a.interpreter)], [])
        },
        Function("writerows", params: ["rowdicts"]) { a in
            let w = try a.receiver(as: CSVDictWriter.self)
            for row in try a.interpreter.iterateToArray(a["rowdicts"]) {
                _ = try a.interpreter.callMethod(w.writer, "writerow", [try w.values(row, a.interpreter)], [])
            }
            return .none
        },
    ], properties: [
        Property("fieldnames", get: { v, _ in v.native(as: CSVDictWriter.self)?.fieldnames ?? .none },
                 set: { v, new, _ in v.native(as: CSVDictWriter.self)?.fieldnames = new }),
        Property("restval", get: { v, _ in v.native(as: CSVDictWriter.self)?.restval ?? .none },
                 set: { v, new, _ in v.native(as: CSVDictWriter.self)?.restval = new }),
        Property("extrasaction") { v, _ in .str(v.native(as: CSVDictWriter.self)?.extrasaction ?? "") },
        Property("writer") { v, _ in v.native(as: CSVDictWriter.self)?.writer ?? .none },
    ]).type
    var pyClass: PyType { CSVDictWriter.type }

    /// The row's values in field order (`restval` for missing keys); with extrasaction 'raise',
    /// keys outside the field names are a ValueError listing them in the row's order.
    func values(_ rowdict: Value, _ i: Interpreter) throws -> Value {
        let names = try i.iterateToArray(fieldnames)
        if extrasaction == "raise" {
            let known = try PySet(names)
            let wrong = try i.iterateToArray(rowdict).filter { !known.contains($0) }
            if !wrong.isEmpty {
                throw PyException.valueError("dict contains fields not in fieldnames: " + (try wrong.map { try i.reprOf($0) }).joined(separator: ", "))
            }
        }
        return .list(PyList(try names.map { try i.callMethod(rowdict, "get", [$0, restval], []) }))
    }
}

private extension Value {
    func native<T: NativeObject>(as type: T.Type) -> T? {
        if case .native(let n) = self { return n as? T }
        return nil
    }
}
