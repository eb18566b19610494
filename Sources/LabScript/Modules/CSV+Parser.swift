/// The csv reader's state machine, fed one line at a time, as `_csv` parses: quoted fields may
/// span lines, and a record ends only at a line end outside quotes.
struct CSVParser {
    enum State {
        case startRecord, startField, escapedChar, inField, inQuotedField, escapeInQuotedField,
             quoteInQuotedField, eatCRNL, afterEscapedCRNL
    }

    let dialect: CSVDialect
    var state = State.startRecord
    var fields: [Value] = []
    var field: [Unicode.Scalar] = []
    /// The unquoted field is a number (QUOTE_NONNUMERIC).
    var numeric = false
    static let fieldLimit = 131072

    init(_ dialect: CSVDialect) { self.dialect = dialect }

    /// True when a record is complete after the line just fed.
    var recordDone: Bool { state == .startRecord }
    /// Input ended in the middle of a record.
    var pending: Bool { !field.isEmpty || state == .inQuotedField }

    mutating func reset() {
        state = .startRecord
        fields = []
        field = []
        numeric = false
    }

    mutating func feed(_ line: String, _ interpreter: Interpreter) throws {
        for c in line.unicodeScalars { try process(c, interpreter) }
        try process(nil, interpreter)
    }

    mutating func saveField(_ interpreter: Interpreter) throws {
        let text = String(String.UnicodeScalarView(field))
        field = []
        if numeric {
            numeric = false
            fields.append(.float(try interpreter.makeFloat(.str(text))))
        } else {
            fields.append(.str(text))
        }
    }

    private mutating func add(_ c: Unicode.Scalar) throws {
        guard field.count < CSVParser.fieldLimit else {
            throw PyException(Interpreter.csvError, "field larger than field limit (\(CSVParser.fieldLimit))")
        }
        field.append(c)
    }

    private func isLineEnd(_ c: Unicode.Scalar?) -> Bool { c == nil || c == "\n" || c == "\r" }

    /// One character, or nil for the end of a line (`_csv`'s EOL).
    private mutating func process(_ c: Unicode.Scalar?, _ interpreter: Interpreter) throws {
        let quoting = dialect.quoting != CSVDialect.quoteNone
        switch state {
        case .startRecord:
            if c == nil { return }
            if c == "\n" || c == "\r" {
                state = .eatCRNL
                return
            }
            state = .startField
            try process(c, interpreter)
        case .startField:
            if isLineEnd(c) {
                try saveField(interpreter)
                state = c == nil ? .startRecord : .eatCRNL
            } else if c == dialect.quotechar && quoting {
                state = .inQuotedField
            } else if c == dialect.escapechar {
                state = .escapedChar
            } else if c == " " && dialect.skipinitialspace {
            } else if c == dialect.delimiter {
                try saveField(interpreter)
            } else {
                if dialect.quoting == CSVDialect.quoteNonnumeric { numeric = true }
                try add(c!)
                state = .inField
            }
        case .escapedChar:
            if c == "\n" || c == "\r" {
                try add(c!)
                state = .afterEscapedCRNL
                return
            }
            try add(c ?? "\n")
            state = .inField
        case .afterEscapedCRNL, .inField:
            if state == .afterEscapedCRNL && c == nil { return }
            if isLineEnd(c) {
                try saveField(interpreter)
                state = c == nil ? .startRecord : .eatCRNL
            } else if c == dialect.escapechar {
                state = .escapedChar
            } else if c == dialect.delimiter {
                try saveField(interpreter)
                state = .startField
            } else {
                try add(c!)
                state = .inField
            }
        case .inQuotedField:
            if c == nil {
            } else if c == dialect.escapechar {
                state = .escapeInQuotedField
            } else if c == dialect.quotechar && quoting {
                state = dialect.doublequote ? .quoteInQuotedField : .inField
            } else {
                try add(c!)
            }
        case .escapeInQuotedField:
            try add(c ?? "\n")
            state = .inQuotedField
        case .quoteInQuotedField:
            if quoting && c == dialect.quotechar {
                try add(c!)
                state = .inQuotedField
            } else if c == dialect.delimiter {
                try saveField(interpreter)
                state = .startField
            } else if isLineEnd(c) {
                try saveField(interpreter)
                state = c == nil ? .startRecord : .eatCRNL
            } else if !dialect.strict {
                try add(c!)
                state = .inField
            } else {
                throw PyException(Interpreter.csvError, "'\(dialect.delimiter)' expected after '\(dialect.quotechar.map { String($0) } ?? "")'")
            }
        case .eatCRNL:
            if c == "\n" || c == "\r" {
            } else if c == nil {
                state = .startRecord
            } else {
                throw PyException(Interpreter.csvError, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
            }
        }
    }
}

/// The csv writer's quoting of one record, as `_csv` writes it.
enum CSVRecordWriter {
    /// The record's text, line terminator included.
    static func record(_ fields: [Value], _ d: CSVDialect, _ interpreter: Interpreter) throws -> String {
        var out = ""
        for (k, field) in fields.enumerated() {
            var quoted: Bool
            switch d.quoting {
            case CSVDialect.quoteNonnumeric: quoted = !isNumber(field)
            case CSVDialect.quoteAll: quoted = true
            default: quoted = false
            }
            let text: String
            switch field {
            case .str(let s): text = s
            case .none: text = ""
            default: text = try interpreter.strOf(field)
            }
            if k > 0 { out.unicodeScalars.append(d.delimiter) }
            out += try quote(text, d, &quoted)
        }
        if fields.count == 1 && out.isEmpty {
            guard d.quoting != CSVDialect.quoteNone else {
                throw PyException(Interpreter.csvError, "single empty field record must be quoted")
            }
            let q = String(d.quotechar!)
            out = q + q
        }
        return out + d.lineterminator
    }

    private static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bigint, .float, .bool: return true
        default: return false
        }
    }

    /// One field: special characters escaped or the field quoted, as the dialect says.
    private static func quote(_ field: String, _ d: CSVDialect, _ quoted: inout Bool) throws -> String {
        var body = String.UnicodeScalarView()
        let terminator = Set(d.lineterminator.unicodeScalars)
        for c in field.unicodeScalars {
            var escape = false
            if c == d.delimiter || c == d.escapechar || c == d.quotechar || terminator.contains(c) {
                if d.quoting == CSVDialect.quoteNone {
                    escape = true
                } else {
                    if c == d.quotechar {
                        if d.doublequote { body.append(c) } else { escape = true }
                    } else if c == d.escapechar {
                        escape = true
                    }
                    if !escape { quoted = true }
                }
                if escape {
                    guard let e = d.escapechar else { throw PyException(Interpreter.csvError, "need to escape, but no escapechar set") }
                    body.append(e)
                }
            }
            body.append(c)
        }
        let text = String(body)
        guard quoted, let q = d.quotechar else { return text }
        return String(q) + text + String(q)
    }
}
