import BigInt
import Foundation

/// The classes of the `datetime` module, their constructors and methods.
enum DatetimeTypes {
    static let date: PyType = {
        let t = NativeClass("date", module: "datetime", constructor: Function("date", params: ["year", "month", "day"]) { a in
            .native(try DateValue(try a.int("year"), try a.int("month"), try a.int("day"), time: nil))
        }).type
        installDateMethods(t)
        return t
    }()

    static let datetime: PyType = {
        let t = NativeClass("datetime", module: "datetime", base: date, constructor: Function("datetime", params: [
            "year", "month", "day", "hour=0", "minute=0", "second=0", "microsecond=0", "tzinfo=None", "*", "fold=0",
        ]) { a in
            let time = try TimeValue.make(try a.int("hour"), try a.int("minute"), try a.int("second"), try a.int("microsecond"))
            return .native(try DateValue(try a.int("year"), try a.int("month"), try a.int("day"), time: time, tz: try zone(a["tzinfo"])))
        }).type
        installDateTimeMethods(t)
        return t
    }()

    static let time: PyType = {
        let t = NativeClass("time", module: "datetime", constructor: Function("time", params: [
            "hour=0", "minute=0", "second=0", "microsecond=0", "tzinfo=None", "*", "fold=0",
        ]) { a in
            if !a["tzinfo"].isNone { throw PyException(.notImplementedError, "time with tzinfo (time zones) is not supported by labrun") }
            return .native(TimeValue(try TimeValue.make(try a.int("hour"), try a.int("minute"), try a.int("second"), try a.int("microsecond"))))
        }, methods: [
            Function("isoformat", params: ["timespec='auto'"]) { a in
                .str(try TimeValue.isoformat(try a.receiver(as: TimeValue.self).micros, timespec: try a.string("timespec")))
            },
            Function("strftime", params: ["format"]) { a in
                .str(Calendar.strftime(try a.string("format"), date: (1900, 1, 1), time: TimeValue.parts(try a.receiver(as: TimeValue.self).micros)))
            },
            Function("__format__", params: ["format_spec", "/"]) { a in
                let t = try a.receiver(as: TimeValue.self), spec = try a.string("format_spec")
                return .str(spec.isEmpty ? try t.str(a.interpreter) : Calendar.strftime(spec, date: (1900, 1, 1), time: TimeValue.parts(t.micros)))
            },
            Function("replace", params: ["hour=None", "minute=None", "second=None", "microsecond=None"]) { a in
                let (h, m, s, us) = TimeValue.parts(try a.receiver(as: TimeValue.self).micros)
                func pick(_ name: String, _ current: Int) throws -> Int { a[name].isNone ? current : try a.int(name) }
                return .native(TimeValue(try TimeValue.make(try pick("hour", h), try pick("minute", m), try pick("second", s), try pick("microsecond", us))))
            },
        ]).type
        t.dict["min"] = .native(TimeValue(0))
        t.dict["max"] = .native(TimeValue(86_400_000_000 - 1))
        t.dict["fromisoformat"] = Builtins.function("fromisoformat", ["time_string", "/"]) { _, a in
            let s = try a.values[0].string("fromisoformat() argument")
            guard let t = try parseISOTime(s) else { throw PyException.valueError("Invalid isoformat string: \(Format.stringRepr(s))") }
            return .native(TimeValue(t))
        }
        return t
    }()

    static let timedelta: PyType = {
        let params = ["days=0", "seconds=0", "microseconds=0", "milliseconds=0", "minutes=0", "hours=0", "weeks=0"]
        let factors: [BigInt] = [86_400_000_000, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 604_800_000_000]
        let t = NativeClass("timedelta", module: "datetime", constructor: Function("timedelta", params: params) { a in
            var exact = BigInt(0)
            var fractional = 0.0
            for (p, factor) in zip(params, factors) {
                let v = a[String(p.prefix { $0 != "=" })]
                if let n = v.asBigInt { exact += n * factor; continue }
                guard case .float(let f) = v else {
                    throw PyException.typeError("unsupported type for timedelta \(p.prefix { $0 != "=" }) component: \(v.typeName)")
                }
                guard f.isFinite else { throw PyException.valueError("cannot convert float \(Format.floatRepr(f)) to integer") }
                let scaled = f * Double(factor)
                let whole = scaled.rounded(.towardZero)
                exact += BigInt(whole)
                fractional += scaled - whole
            }
            return .native(try Timedelta(total: exact + BigInt(fractional.rounded(.toNearestOrEven))))
        }, methods: [
            Function("__abs__") { a in
                let td = try a.receiver(as: Timedelta.self)
                return .native(td.days < 0 ? try Timedelta(total: -td.total) : td)
            },
            Function("total_seconds") { a in
                try a.interpreter.binary(.truediv, Value(try a.receiver(as: Timedelta.self).total), .int(1_000_000))
            },
        ]).type
        t.dict["min"] = .native(try! Timedelta(total: BigInt(-999_999_999) * Timedelta.microsPerDay))
        t.dict["max"] = .native(try! Timedelta(total: BigInt(1_000_000_000) * Timedelta.microsPerDay - 1))
        t.dict["resolution"] = .native(try! Timedelta(total: 1))
        return t
    }()

    /// (year, month, day) of a date or datetime receiver.
    private static func receiver(_ a: Args) throws -> DateValue { try a.receiver(as: DateValue.self) }

    private static func installDateMethods(_ t: PyType) {
        func method(_ name: String, _ params: [String] = [], _ body: @escaping (Args) throws -> Value) {
            t.dict[name] = .builtin(Function(name, params: params, body).makeBuiltin(owner: "date", isMethod: true))
        }
        method("isoformat") { a in .str(try receiver(a).isoformat()) }
        method("weekday") { a in .int(Calendar.weekday(try receiver(a).ordinal)) }
        method("isoweekday") { a in .int(Calendar.weekday(try receiver(a).ordinal) + 1) }
        method("toordinal") { a in .int(try receiver(a).ordinal) }
        method("isocalendar") { a in
            let (y, m, d) = try receiver(a).ymd
            let (iy, w, wd) = Calendar.isoCalendar(y, m, d)
            return try a.interpreter.instantiate(isoCalendarDate, [.int(iy), .int(w), .int(wd)], [])
        }
        method("ctime") { a in
            let v = try receiver(a)
            return .str(Calendar.strftime("%a %b %e %H:%M:%S %Y", date: v.ymd, time: v.hms))
        }
        method("strftime", ["format"]) { a in
            let v = try receiver(a)
            return .str(Calendar.strftime(try a.string("format"), date: v.ymd, time: v.hms, zone: v.zoneFields))
        }
        method("__format__", ["format_spec", "/"]) { a in
            let v = try receiver(a), spec = try a.string("format_spec")
            return .str(spec.isEmpty ? try v.str(a.interpreter) : Calendar.strftime(spec, date: v.ymd, time: v.hms, zone: v.zoneFields))
        }
        method("replace", ["year=None", "month=None", "day=None"]) { a in
            let v = try receiver(a)
            let (y, m, d) = v.ymd
            func pick(_ name: String, _ current: Int) throws -> Int { a[name].isNone ? current : try a.int(name) }
            return .native(try DateValue(try pick("year", y), try pick("month", m), try pick("day", d), time: v.timeOfDay))
        }
        method("timetuple") { a in
            let v = try receiver(a)
            let (hh, mm, ss, _) = v.hms
            return try StructTime.make(v.ymd, (hh, mm, ss), isdst: -1, a.interpreter)
        }
        t.dict["fromordinal"] = classFunction("fromordinal", ["ordinal"]) { cls, a, i in
            try DateValue(ordinal: try i.intArgument(a.values[0]), timeOfDay: cls === datetime ? 0 : nil)
        }
        t.dict["fromisoformat"] = classFunction("fromisoformat", ["date_string"]) { cls, a, _ in
            let s = try a.values[0].string("fromisoformat: argument")
            guard let v = try parseISO(s, withTime: cls === datetime) else {
                throw PyException.valueError("Invalid isoformat string: \(Format.stringRepr(s))")
            }
            return v
        }
        t.dict["today"] = classFunction("today", []) { cls, _, _ in try now(cls === datetime) }
        t.dict["min"] = .native(try! DateValue(ordinal: 1, timeOfDay: nil))
        t.dict["max"] = .native(try! DateValue(ordinal: DateValue.maxOrdinal, timeOfDay: nil))
        t.dict["resolution"] = .native(try! Timedelta(total: Timedelta.microsPerDay))
    }

    private static func installDateTimeMethods(_ t: PyType) {
        func method(_ name: String, _ params: [String] = [], _ body: @escaping (Args) throws -> Value) {
            t.dict[name] = .builtin(Function(name, params: params, body).makeBuiltin(owner: "datetime", isMethod: true))
        }
        method("isoformat", ["sep='T'", "timespec='auto'"]) { a in
            .str(try receiver(a).isoformat(separator: try a.string("sep"), timespec: try a.string("timespec")))
        }
        method("date") { a in .native(try DateValue(ordinal: try receiver(a).ordinal, timeOfDay: nil)) }
        method("time") { a in .native(TimeValue(try receiver(a).timeOfDay ?? 0)) }
        method("replace", ["year=None", "month=None", "day=None", "hour=None", "minute=None", "second=None", "microsecond=None",
                           "tzinfo=True"]) { a in
            let v = try receiver(a)
            let (y, m, d) = v.ymd, (hh, mm, ss, us) = v.hms
            func pick(_ name: String, _ current: Int) throws -> Int { a[name].isNone ? current : try a.int(name) }
            let time = try TimeValue.make(try pick("hour", hh), try pick("minute", mm), try pick("second", ss), try pick("microsecond", us))
            // CPython's default, True, keeps the zone; None makes the value naive.
            let keep: Bool
            if case .bool(true) = a["tzinfo"] { keep = true } else { keep = false }
            let tz = keep ? v.tz : try zone(a["tzinfo"])
            return .native(try DateValue(try pick("year", y), try pick("month", m), try pick("day", d), time: time, tz: tz))
        }
        method("utctimetuple") { a in
            let v = try receiver(a)
            let utc = try v.shifted(by: -(v.tz?.offset ?? 0), to: nil)
            let (hh, mm, ss, _) = utc.hms
            return try StructTime.make(utc.ymd, (hh, mm, ss), isdst: 0, a.interpreter)
        }
        method("utcoffset") { a in try receiver(a).tz.map { .native(try Timedelta(total: BigInt($0.offset))) } ?? .none }
        method("tzname") { a in try receiver(a).tz.map { .str($0.displayName) } ?? .none }
        method("dst") { _ in .none }
        method("astimezone", ["tz=None"]) { a in
            let v = try receiver(a)
            let target = try zone(a["tz"]) ?? TimezoneValue.local
            return .native(try v.shifted(by: target.offset - (v.tz?.offset ?? 0), to: target))
        }
        method("timestamp") { a in
            let v = try receiver(a)
            let epoch = BigInt(Calendar.ordinal(1970, 1, 1)) * Timedelta.microsPerDay
            // Aware: (self - epoch).total_seconds(); naive (local time, which is UTC in labrun):
            // whole seconds plus microsecond / 1e6, as CPython adds them.
            if v.tz != nil { return .float(a.interpreter.bigTrueDivide(v.utcMicros - epoch, 1_000_000)) }
            let seconds = (v.micros - epoch - BigInt(v.hms.3)) / 1_000_000
            return .float(Double(seconds) + Double(v.hms.3) / 1e6)
        }
        t.dict["combine"] = classFunction("combine", ["date", "time"]) { _, a, _ in
            guard case .native(let d as DateValue) = a.values[0], case .native(let tm as TimeValue) = a.values[1] else {
                throw PyException.typeError("combine() argument 1 must be datetime.date and argument 2 datetime.time")
            }
            return try DateValue(ordinal: d.ordinal, timeOfDay: tm.micros)
        }
        t.dict["strptime"] = classFunction("strptime", ["date_string", "format"]) { _, a, _ in
            let (date, time) = try Calendar.strptime(try a.values[0].string("strptime() argument 1"), try a.values[1].string("strptime() argument 2"))
            return try DateValue(date.0, date.1, date.2, time: try TimeValue.make(time.0, time.1, time.2, time.3))
        }
        t.dict["now"] = classFunction("now", ["tz=None"]) { _, a, _ in
            let utc = try now(true)
            guard let tz = try zone(a.values[0]) else { return utc }
            return try utc.shifted(by: tz.offset, to: tz)
        }
        t.dict["utcnow"] = classFunction("utcnow", []) { _, _, _ in try now(true) }
        t.dict["fromtimestamp"] = classFunction("fromtimestamp", ["t", "tz=None"]) { _, a, i in
            let (seconds, micros) = try timestampParts(a.values[0], i)
            let epoch = BigInt(Calendar.ordinal(1970, 1, 1)) * Timedelta.microsPerDay
            let utc = try DateValue(ordinal: 1, timeOfDay: 0).shifted(by: epoch - Timedelta.microsPerDay + seconds * 1_000_000 + BigInt(micros), to: nil)
            guard let tz = try zone(a.values[1]) else { return utc }
            return try utc.shifted(by: tz.offset, to: tz)
        }
        t.dict["utcfromtimestamp"] = classFunction("utcfromtimestamp", ["t"]) { _, a, i in
            let (seconds, micros) = try timestampParts(a.values[0], i)
            let epoch = BigInt(Calendar.ordinal(1970, 1, 1)) * Timedelta.microsPerDay
            return try DateValue(ordinal: 1, timeOfDay: 0).shifted(by: epoch - Timedelta.microsPerDay + seconds * 1_000_000 + BigInt(micros), to: nil)
        }
        t.dict["min"] = .native(try! DateValue(ordinal: 1, timeOfDay: 0))
        t.dict["max"] = .native(try! DateValue(ordinal: DateValue.maxOrdinal, timeOfDay: 86_400_000_000 - 1))
        t.dict["resolution"] = .native(try! Timedelta(total: 1))
    }

    static let isoCalendarDate: PyType = {
        let i = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        guard case .type(let t)? = try? i.makeNamedTuple("IsoCalendarDate", .str("year week weekday"), defaults: .none) else {
            preconditionFailure("IsoCalendarDate is a valid namedtuple")
        }
        // CPython's C type prints its module: datetime.IsoCalendarDate(year=2024, week=10, weekday=7).
        Builtins.method(t, "__repr__", []) { i, a in
            let fields = try zip(["year", "week", "weekday"], i.iterateToArray(a.values[0])).map { "\($0.0)=\(try i.reprOf($0.1))" }
            return .str("datetime.IsoCalendarDate(" + fields.joined(separator: ", ") + ")")
        }
        return t
    }()

    /// A classmethod whose body gets the class it was called on.
    private static func classFunction(_ name: String, _ params: [String], _ body: @escaping (PyType, Signature.Bound, Interpreter) throws -> NativeObject) -> Value {
        .object(PyDescriptor(.classMethod, Builtins.function(name, ["cls"] + params) { i, a in
            guard case .type(let cls) = a.values[0] else { return .none }
            var rest = a
            rest.values.removeFirst()
            return .native(try body(cls, rest, i))
        }))
    }

    /// `tzinfo=`: None, or a `timezone` (other tzinfo classes are not supported).
    static func zone(_ v: Value) throws -> TimezoneValue? {
        switch v {
        case .none: return nil
        case .native(let tz as TimezoneValue): return tz
        case .object(let inst as PyInstance):
            throw PyException(.notImplementedError, "tzinfo classes other than datetime.timezone (here \(inst.cls.name)) are not supported by labrun")
        default: throw PyException.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '\(v.typeName)'")
        }
    }

    /// A POSIX timestamp as whole seconds and microseconds, the microseconds of a float rounded
    /// half to even as CPython's `_PyTime_ObjectToTimeval` rounds them.
    private static func timestampParts(_ v: Value, _ i: Interpreter) throws -> (BigInt, Int) {
        if let n = v.asBigInt { return (n, 0) }
        let d = try i.floatArgument(v)
        guard d.isFinite else { throw PyException.valueError("Invalid value \(Format.floatRepr(d)) (type float)") }
        var whole = d.rounded(.towardZero)
        var fraction = ((d - whole) * 1e6).rounded(.toNearestOrEven)
        if fraction >= 1e6 { fraction -= 1e6; whole += 1 } else if fraction < 0 { fraction += 1e6; whole -= 1 }
        guard abs(whole) < 1e15 else { throw PyException.overflow("timestamp out of range for platform time_t") }
        return (BigInt(whole), Int(fraction))
    }

    /// The current date (and time) as UTC wall time: labrun's local time zone is UTC.
    private static func now(_ withTime: Bool) throws -> DateValue {
        var utc = Foundation.Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: Date())
        let time = try TimeValue.make(c.hour ?? 0, c.minute ?? 0, c.second ?? 0, (c.nanosecond ?? 0) / 1000)
        return try DateValue(c.year ?? 1970, c.month ?? 1, c.day ?? 1, time: withTime ? time : nil)
    }

    /// `YYYY-MM-DD` (or `YYYYMMDD`), and for datetimes an optional `[T ]HH[:MM[:SS[.fff[fff]]]]`;
    /// nil when the text has another shape, the range error when a field is out of range.
    private static func parseISO(_ s: String, withTime: Bool) throws -> DateValue? {
        let chars = Array(s)
        let basic = chars.count >= 8 && chars[0..<8].allSatisfy { $0.isASCII && $0.isNumber }
        let dateLength = basic ? 8 : 10
        guard chars.count >= dateLength else { return nil }
        let (ys, ms, ds) = basic ? (chars[0..<4], chars[4..<6], chars[6..<8]) : (chars[0..<4], chars[5..<7], chars[8..<10])
        guard basic || (chars[4] == "-" && chars[7] == "-"), let y = Int(String(ys)), let m = Int(String(ms)), let d = Int(String(ds)) else { return nil }
        var time: Int? = withTime ? 0 : nil
        var zone: TimezoneValue? = nil
        if chars.count > dateLength {
            guard withTime, chars[dateLength] == "T" || chars[dateLength] == " " else { return nil }
            var rest = chars[(dateLength + 1)...]
            // A UTC offset after the time: "Z" or ±HH:MM[:SS[.ffffff]].
            if let mark = rest.firstIndex(where: { $0 == "+" || $0 == "-" || $0 == "Z" }) {
                let text = String(rest[mark...])
                if text == "Z" {
                    zone = TimezoneValue.utc
                } else {
                    guard let magnitude = try parseISOTime(String(text.dropFirst())) else { return nil }
                    let offset = text.hasPrefix("-") ? -magnitude : magnitude
                    zone = offset == 0 ? TimezoneValue.utc : TimezoneValue(offset: offset, name: nil)
                }
                rest = rest[..<mark]
            }
            guard let t = try parseISOTime(String(rest)) else { return nil }
            time = t
        }
        return try DateValue(y, m, d, time: time, tz: zone)
    }

    static func parseISOTime(_ s: String) throws -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 2, let h = Int(parts[0]) else { return nil }
        var m = 0, sec = 0, us = 0
        if parts.count > 1 { guard parts[1].count == 2, let v = Int(parts[1]) else { return nil }; m = v }
        if parts.count > 2 {
            let secParts = parts[2].split(separator: ".", omittingEmptySubsequences: false)
            guard secParts[0].count == 2, let v = Int(secParts[0]) else { return nil }
            sec = v
            if secParts.count == 2 {
                // 3.11 takes any number of digits, keeping the first six.
                let f = String(secParts[1])
                guard !f.isEmpty, f.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                us = Int(String((f + "00000").prefix(6)))!
            }
        }
        return try TimeValue.make(h, m, sec, us)
    }
}

extension Interpreter {
    /// The `datetime` module: date, time, datetime, timedelta and fixed-offset timezones.
    func datetimeModule() -> [(String, Value)] {
        TimezoneValue.installConstants()
        return [
            ("date", .type(DatetimeTypes.date)), ("datetime", .type(DatetimeTypes.datetime)),
            ("time", .type(DatetimeTypes.time)), ("timedelta", .type(DatetimeTypes.timedelta)),
            ("timezone", .type(TimezoneValue.type)), ("tzinfo", .type(TimezoneValue.baseType)), ("UTC", .native(TimezoneValue.utc)),
            ("MINYEAR", .int(1)), ("MAXYEAR", .int(9999)),
        ]
    }
}
