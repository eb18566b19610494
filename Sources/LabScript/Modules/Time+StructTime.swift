import Foundation

/// `time.struct_time`: the nine-field named tuple (`tm_year` … `tm_isdst`) that `timetuple()`,
/// `time.gmtime` and `time.localtime` return and `time.mktime`/`time.strftime` read.
enum StructTime {
    static let fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]

    static let type: PyType = {
        let i = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        guard case .type(let t)? = try? i.makeNamedTuple("struct_time", .list(PyList(fields.map { .str($0) })), defaults: .none, validate: false) else {
            preconditionFailure("struct_time is a valid namedtuple")
        }
        t.module = "time"
        Builtins.method(t, "__repr__", []) { i, a in
            let items = try i.iterateToArray(a.values[0])
            return .str("time.struct_time(" + (try zip(fields, items).map { "\($0.0)=\(try i.reprOf($0.1))" }.joined(separator: ", ")) + ")")
        }
        return t
    }()

    /// A struct_time of a calendar date and time of day; weekday and day of the year are computed.
    static func make(_ date: (Int, Int, Int), _ time: (Int, Int, Int), isdst: Int, _ interpreter: Interpreter) throws -> Value {
        let (y, m, d) = date
        let ordinal = Calendar.ordinal(y, m, d)
        let values = [y, m, d, time.0, time.1, time.2, Calendar.weekday(ordinal), ordinal - Calendar.ordinal(y, 1, 1) + 1, isdst]
        return try interpreter.instantiate(type, values.map { .int($0) }, [])
    }

    /// The nine ints of a struct_time or 9-tuple argument, as CPython's `time` functions take it.
    static func fields(of v: Value, function: String, _ interpreter: Interpreter) throws -> [Int] {
        guard v.isTupleLike else {
            throw PyException.typeError("Tuple or struct_time argument required")
        }
        let items = try interpreter.iterateToArray(v)
        guard items.count == 9 else {
            throw PyException.typeError("\(function)(): illegal time tuple argument")
        }
        return try items.map { try interpreter.intArgument($0) }
    }

    /// The broken-down time of `seconds` since the epoch in UTC: `gmtime`'s, and `localtime`'s
    /// too, since labrun's local time zone is UTC on every machine (as for `datetime`).
    static func fromSeconds(_ seconds: Value, _ interpreter: Interpreter) throws -> Value {
        let secs: Double = seconds.isNone ? Date().timeIntervalSince1970 : try interpreter.floatArgument(seconds)
        guard secs.isFinite, abs(secs) < 1e15 else { throw PyException(.overflowError, "timestamp out of range for platform time_t") }
        var t = time_t(secs.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        return try make((Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday)),
                        (Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec)), isdst: Int(parts.tm_isdst), interpreter)
    }
}

extension Value {
    /// True for a tuple or an instance of a tuple subclass (a named tuple).
    var isTupleLike: Bool {
        if case .tuple = self { return true }
        if case .object(let inst as PyInstance) = self { return inst.cls.isSubclass(of: .tuple) }
        return false
    }
}

extension Interpreter {
    /// The broken-down-time functions of the `time` module.
    func structTimeFunctions() -> [(String, Value)] {
        [
            ("struct_time", .type(StructTime.type)),
            ("gmtime", Builtins.function("gmtime", ["seconds=None", "/"]) { i, a in try StructTime.fromSeconds(a.values[0], i) }),
            ("localtime", Builtins.function("localtime", ["seconds=None", "/"]) { i, a in try StructTime.fromSeconds(a.values[0], i) }),
            ("mktime", Builtins.function("mktime", ["t", "/"]) { i, a in
                let f = try StructTime.fields(of: a.values[0], function: "mktime", i)
                var parts = tm()
                parts.tm_year = Int32(truncatingIfNeeded: f[0] - 1900)
                parts.tm_mon = Int32(truncatingIfNeeded: f[1] - 1)
                parts.tm_mday = Int32(truncatingIfNeeded: f[2])
                parts.tm_hour = Int32(truncatingIfNeeded: f[3])
                parts.tm_min = Int32(truncatingIfNeeded: f[4])
                parts.tm_sec = Int32(truncatingIfNeeded: f[5])
                parts.tm_wday = -1
                parts.tm_isdst = Int32(truncatingIfNeeded: f[8])
                // The local zone is UTC: mktime is timegm (there is no daylight saving time to apply).
                let t = timegm(&parts)
                if t == -1 && parts.tm_wday == -1 { throw PyException(.overflowError, "mktime argument out of range") }
                return .float(Double(t))
            }),
            ("strftime", Builtins.function("strftime", ["format", "t=None", "/"]) { i, a in
                let format = try a.values[0].string("strftime() argument 1")
                let t = a.values[1].isNone ? try StructTime.fromSeconds(.none, i) : a.values[1]
                let f = try StructTime.fields(of: t, function: "strftime", i)
                // CPython accepts 0 for the month and day and reads it as 1.
                let month = f[1] == 0 ? 1 : f[1], day = f[2] == 0 ? 1 : f[2]
                guard (1...12).contains(month) else { throw PyException.valueError("month out of range") }
                guard (1...31).contains(day) else { throw PyException.valueError("day of month out of range") }
                guard (0...23).contains(f[3]) else { throw PyException.valueError("hour out of range") }
                guard (0...59).contains(f[4]) else { throw PyException.valueError("minute out of range") }
                guard (0...61).contains(f[5]) else { throw PyException.valueError("seconds out of range") }
                return .str(Calendar.strftime(format, date: (f[0], month, day), time: (f[3], f[4], f[5], 0)))
            }),
        ]
    }
}
