/// `csv.reader(...)`: rows (lists of str) parsed from any iterable of lines.
final class CSVReader: NativeObject {
    let dialect: CSVDialect
    private let nextLine: () throws -> Value?
    private var parser: CSVParser
    var lineNumber = 0

    init(_ lines: Value, _ dialect: CSVDialect, _ interpreter: Interpreter) throws {
        self.dialect = dialect
        nextLine = try interpreter.makeIterator(lines)
        parser = CSVParser(dialect)
    }

    static let type = NativeClass("reader", module: "_csv", methods: [
        Function("__next__") { args in
            guard let row = try args.receiver(as: CSVReader.self).nextRow(args.interpreter) else { throw PyException.stopIteration() }
            return row
        },
        Function("__iter__") { args in args.receiver ?? .none },
    ], properties: [
        Property("line_num") { v, _ in
            guard case .native(let r as CSVReader) = v else { return .none }
            return .int(r.lineNumber)
        },
        Property("dialect") { v, _ in
            guard case .native(let r as CSVReader) = v else { return .none }
            return .native(CSVDialectObject(r.dialect))
        },
    ]).type
    var pyClass: PyType { CSVReader.type }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        // The iterator keeps the reader alive: `enumerate(csv.reader(f))` may hold nothing else.
        { try self.nextRow(interpreter) }
    }

    /// The next record, or nil at the end of the input.
    func nextRow(_ interpreter: Interpreter) throws -> Value? {
        parser.reset()
        repeat {
            guard let line = try nextLine() else {
                if parser.pending {
                    if dialect.strict { throw PyException(Interpreter.csvError, "unexpected end of data") }
                    try parser.saveField(interpreter)
                    break
                }
                return nil
            }
            guard case .str(let text) = line else {
                throw PyException(Interpreter.csvError, "iterator should return strings, not \(line.typeName) (the file should be opened in text mode)")
            }
            lineNumber += 1
            try parser.feed(text, interpreter)
        } while !parser.recordDone
        defer { parser.fields = [] }
        return .list(PyList(parser.fields))
    }
}

/// `csv.writer(...)`: records written through the file's `write` method.
final class CSVWriter: NativeObject {
    let dialect: CSVDialect
    private let write: Value

    init(_ file: Value, _ dialect: CSVDialect, _ interpreter: Interpreter) throws {
        self.dialect = dialect
        guard let write = try? interpreter.lookupAttribute(file, "write") else {
            throw PyException.typeError("argument 1 must have a \"write\" method")
        }
        self.write = write
    }

    static let type = NativeClass("writer", module: "_csv", methods: [
        Function("writerow", params: ["row", "/"]) { args in
            try args.receiver(as: CSVWriter.self).writeRow(args["row"], args.interpreter)
        },
        Function("writerows", params: ["rows", "/"]) { args in
            let w = try args.receiver(as: CSVWriter.self)
            for row in try args.interpreter.iterateToArray(args["rows"]) { _ = try w.writeRow(row, args.interpreter) }
            return .none
        },
    ], properties: [
        Property("dialect") { v, _ in
            guard case .native(let w as CSVWriter) = v else { return .none }
            return .native(CSVDialectObject(w.dialect))
        },
    ]).type
    var pyClass: PyType { CSVWriter.type }

    /// Writes one record; returns what the file's `write` returned.
    func writeRow(_ row: Value, _ interpreter: Interpreter) throws -> Value {
        let fields: [Value]
        do {
            fields = try interpreter.iterateToArray(row)
        } catch let e as PyException where e.cls === PyType.typeError {
            throw PyException(Interpreter.csvError, "iterable expected, not \(row.typeName)")
        }
        return try interpreter.call(write, [.str(try CSVRecordWriter.record(fields, dialect, interpreter))])
    }
}

extension Interpreter {
    /// The `csv` module: reader, writer, DictReader, DictWriter, dialects and quoting constants.
    func csvModule() -> [(String, Value)] {
        let registry = CSVRegistry()
        let classes = Interpreter.csvDialectClasses()
        registry.register("excel", .type(classes[1].1))
        registry.register("excel-tab", .type(classes[2].1))
        registry.register("unix", .type(classes[3].1))
        /// The dialect from a call's `dialect` argument and keyword format parameters.
        func dialect(_ a: Args, _ i: Interpreter) throws -> CSVDialect {
            try CSVDialect(a["dialect"], a.kwargs, registry: registry, i)
        }
        var members: [(String, Value)] = [
            ("QUOTE_MINIMAL", .int(CSVDialect.quoteMinimal)), ("QUOTE_ALL", .int(CSVDialect.quoteAll)),
            ("QUOTE_NONNUMERIC", .int(CSVDialect.quoteNonnumeric)), ("QUOTE_NONE", .int(CSVDialect.quoteNone)),
            ("Error", .type(Interpreter.csvError)),
            ("reader", Function("reader", params: ["csvfile", "dialect='excel'", "**fmtparams"]) { a in
                .native(try CSVReader(a["csvfile"], try dialect(a, a.interpreter), a.interpreter))
            }.value),
            ("writer", Function("writer", params: ["csvfile", "dialect='excel'", "**fmtparams"]) { a in
                .native(try CSVWriter(a["csvfile"], try dialect(a, a.interpreter), a.interpreter))
            }.value),
            ("DictReader", .type(CSVDictReader.type)),
            ("DictWriter", .type(CSVDictWriter.type)),
            ("register_dialect", Function("register_dialect", params: ["name", "dialect=None", "**fmtparams"]) { a in
                let name = try a.string("name")
                let d = try CSVDialect(a["dialect"], a.kwargs, registry: registry, a.interpreter)
                registry.register(name, .native(CSVDialectObject(d)))
                return .none
            }.value),
            ("unregister_dialect", Function("unregister_dialect", params: ["name"]) { a in
                try registry.unregister(try a.string("name"))
                return .none
            }.value),
            ("get_dialect", Function("get_dialect", params: ["name"]) { a in
                .native(CSVDialectObject(try CSVDialect(a["name"], [], registry: registry, a.interpreter)))
            }.value),
            ("list_dialects", Function("list_dialects") { _ in .list(PyList(registry.names.map { .str($0) })) }.value),
            ("field_size_limit", Function("field_size_limit") { _ in .int(CSVParser.fieldLimit) }.value),
        ]
        members += classes.map { ($0.0, .type($0.1)) }
        return members
    }
}
