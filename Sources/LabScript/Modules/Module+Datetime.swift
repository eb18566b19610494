import BigInt
import Foundation

/// `datetime.timedelta`: days, seconds (0..<86400) and microseconds (0..<10⁶), as CPython normalizes them.
final class Timedelta: NativeObject {
    static let microsPerDay = BigInt(86_400_000_000)
    let days: Int, seconds: Int, micros: Int

    /// From a total number of microseconds; OverflowError past ±999999999 days.
    init(total: BigInt) throws {
        let (q, r) = total.quotientAndRemainder(dividingBy: Timedelta.microsPerDay)
        let (d, rest) = r.sign == .minus ? (q - 1, r + Timedelta.microsPerDay) : (q, r)
        guard abs(d) <= 999_999_999, let days = Int(exactly: d) else {
            throw PyException.overflow("days=\(d); must have magnitude <= 999999999")
        }
        self.days = days
        seconds = Int(rest / 1_000_000)
        micros = Int(rest % 1_000_000)
    }

    var total: BigInt { BigInt(days) * Timedelta.microsPerDay + BigInt(seconds) * 1_000_000 + BigInt(micros) }
    var pyClass: PyType { DatetimeTypes.timedelta }

    func repr(_ interpreter: Interpreter) throws -> String {
        let parts = [("days", days), ("seconds", seconds), ("microseconds", micros)].filter { $0.1 != 0 }.map { "\($0.0)=\($0.1)" }
        return "datetime.timedelta(\(parts.isEmpty ? "0" : parts.joined(separator: ", ")))"
    }

    func str(_ interpreter: Interpreter) throws -> String {
        var s = "\(seconds / 3600):\(Calendar.pad(seconds / 60 % 60, 2)):\(Calendar.pad(seconds % 60, 2))"
        if days != 0 { s = "\(days) day\(abs(days) != 1 ? "s" : ""), " + s }
        if micros != 0 { s += "." + Calendar.pad(micros, 6) }
        return s
    }

    func hashValue() -> Int? { Hashing.hashBig(total) }
    func truthiness(_ interpreter: Interpreter) throws -> Bool? { !total.isZero }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .native(let o as Timedelta) = other else { return nil }
        return try interpreter.compare(op, Value(total), Value(o.total))
    }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .neg: return .native(try Timedelta(total: -total))
        case .pos: return .native(self)
        default: return nil
        }
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        let i = interpreter
        if case .native(let o as Timedelta) = other {
            let (a, b) = reflected ? (o.total, total) : (total, o.total)
            switch op {
            case .add: return .native(try Timedelta(total: a + b))
            case .sub: return .native(try Timedelta(total: a - b))
            case .truediv: return try i.binary(.truediv, Value(a), Value(b))
            case .floordiv: return try i.binary(.floordiv, Value(a), Value(b))
            case .mod: return .native(try Timedelta(total: try i.binary(.mod, Value(a), Value(b)).asBigInt!))
            default: return nil
            }
        }
        switch (op, other) {
        case (.mul, .int), (.mul, .bigint), (.mul, .bool): return .native(try Timedelta(total: total * other.asBigInt!))
        case (.mul, .float(let f)): return .native(try Timedelta(total: try scaled(by: f, i)))
        case (.truediv, .float(let f)) where !reflected:
            if f == 0 { throw PyException.zeroDivision("division by zero") }
            return .native(try Timedelta(total: try scaled(by: 1 / f, i, exactDivisor: f)))
        case (.truediv, .int), (.truediv, .bigint), (.floordiv, .int), (.floordiv, .bigint):
            guard !reflected else { return nil }
            let n = other.asBigInt!
            if n.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
            return .native(try Timedelta(total: op == .truediv ? roundHalfEven(total, n) : try i.binary(.floordiv, Value(total), other).asBigInt!))
        default: return nil
        }
    }

    /// total × f (or total ÷ divisor), rounded half to even, exactly as CPython computes it from
    /// the float's integer ratio.
    private func scaled(by f: Double, _ i: Interpreter, exactDivisor: Double? = nil) throws -> BigInt {
        let ratio = try i.callMethod(.float(exactDivisor ?? f), "as_integer_ratio", [], [])
        guard case .tuple(let nd) = ratio, let n = nd[0].asBigInt, let d = nd[1].asBigInt else { return total }
        return exactDivisor == nil ? roundHalfEven(total * n, d) : roundHalfEven(total * d, n)
    }

    private func roundHalfEven(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (a, b) = b.sign == .minus ? (-a, -b) : (a, b)
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if r.sign == .minus { q -= 1; r += b }
        let twice = r * 2
        if twice > b || (twice == b && !q.isMultiple(of: 2)) { q += 1 }
        return q
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "days": return .int(days)
        case "seconds": return .int(seconds)
        case "microseconds": return .int(micros)
        default: return nil
        }
    }
}

/// `datetime.date` and `datetime.datetime` (a date with a time of day in microseconds, and
/// for an aware datetime a fixed-offset `timezone`).
final class DateValue: NativeObject {
    let ordinal: Int
    /// Microseconds since midnight; nil for a plain date.
    let timeOfDay: Int?
    /// The time zone of an aware datetime; nil for naive ones and dates.
    let tz: TimezoneValue?
    static let maxOrdinal = 3_652_059

    init(ordinal: Int, timeOfDay: Int?, tz: TimezoneValue? = nil) throws {
        guard (1...DateValue.maxOrdinal).contains(ordinal) else { throw PyException.overflow("date value out of range") }
        self.ordinal = ordinal
        self.timeOfDay = timeOfDay
        self.tz = tz
    }

    convenience init(_ y: Int, _ m: Int, _ d: Int, time: Int?, tz: TimezoneValue? = nil) throws {
        guard (1...9999).contains(y) else { throw PyException.valueError("year \(y) is out of range") }
        guard (1...12).contains(m) else { throw PyException.valueError("month must be in 1..12") }
        guard (1...Calendar.daysInMonth(y, m)).contains(d) else { throw PyException.valueError("day is out of range for month") }
        try self.init(ordinal: Calendar.ordinal(y, m, d), timeOfDay: time, tz: tz)
    }

    /// The instant as microseconds of UTC wall time: an aware value less its offset; a naive
    /// one as it is (labrun's local time is UTC).
    var utcMicros: BigInt { micros - BigInt(tz?.offset ?? 0) }

    /// The wall time `delta` microseconds later, in the zone `zone`.
    func shifted(by delta: BigInt, to zone: TimezoneValue?) throws -> DateValue {
        let (days, rest) = (micros + delta).quotientAndRemainder(dividingBy: Timedelta.microsPerDay)
        guard let day = Int(exactly: days), rest.sign != .minus else { throw PyException.overflow("date value out of range") }
        return try DateValue(ordinal: day, timeOfDay: Int(rest), tz: zone)
    }

    func shifted(by delta: Int, to zone: TimezoneValue?) throws -> DateValue { try shifted(by: BigInt(delta), to: zone) }

    /// What `%z` and `%Z` print: empty for naive values.
    var zoneFields: (offset: String, name: String) {
        guard let tz else { return ("", "") }
        return (TimezoneValue.formatOffset(tz.offset, separator: ""), tz.displayName)
    }

    var ymd: (Int, Int, Int) { Calendar.fromOrdinal(ordinal) }
    var hms: (Int, Int, Int, Int) { TimeValue.parts(timeOfDay ?? 0) }
    var isDateTime: Bool { timeOfDay != nil }
    var pyClass: PyType { isDateTime ? DatetimeTypes.datetime : DatetimeTypes.date }
    var micros: BigInt { BigInt(ordinal) * Timedelta.microsPerDay + BigInt(timeOfDay ?? 0) }

    func isoformat(separator: String = "T", timespec: String = "auto") throws -> String {
        let (y, m, d) = ymd
        let date = "\(Calendar.pad(y, 4))-\(Calendar.pad(m, 2))-\(Calendar.pad(d, 2))"
        guard let t = timeOfDay else { return date }
        let zone = tz.map { TimezoneValue.formatOffset($0.offset, separator: ":") } ?? ""
        return date + separator + (try TimeValue.isoformat(t, timespec: timespec)) + zone
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let (y, m, d) = ymd
        guard let t = timeOfDay else { return "datetime.date(\(y), \(m), \(d))" }
        let zone = try tz.map { ", tzinfo=" + (try interpreter.reprOf(.native($0))) } ?? ""
        return "datetime.datetime(\(y), \(m), \(d), \(TimeValue.reprFields(t))\(zone))"
    }

    func str(_ interpreter: Interpreter) throws -> String { try isoformat(separator: " ") }
    func hashValue() -> Int? { Hashing.hashBig(utcMicros) }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .native(let o as DateValue) = other else { return nil }
        guard o.isDateTime == isDateTime else {
            if op == .eq || op == .ne { return .bool(op == .ne) }
            // date's comparison defers to datetime's, which names itself first.
            if !isDateTime { return nil }
            throw PyException.typeError("can't compare datetime.datetime to datetime.date")
        }
        if (tz == nil) != (o.tz == nil) {
            if op == .eq || op == .ne { return .bool(op == .ne) }
            throw PyException.typeError("can't compare offset-naive and offset-aware datetimes")
        }
        return try interpreter.compare(op, Value(utcMicros), Value(o.utcMicros))
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        switch (op, other) {
        case (.add, .native(let td as Timedelta)), (.sub, .native(let td as Timedelta)):
            if op == .sub && reflected { return nil }
            // A date moves by whole days only: date - td is date + timedelta(-td.days).
            if !isDateTime { return .native(try DateValue(ordinal: ordinal + (op == .add ? td.days : -td.days), timeOfDay: nil)) }
            return .native(try shifted(by: op == .add ? td.total : -td.total, to: tz))
        case (.sub, .native(let o as DateValue)) where o.isDateTime == isDateTime:
            if (tz == nil) != (o.tz == nil) { throw PyException.typeError("can't subtract offset-naive and offset-aware datetimes") }
            let (a, b) = reflected ? (o.utcMicros, utcMicros) : (utcMicros, o.utcMicros)
            return .native(try Timedelta(total: a - b))
        default: return nil
        }
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        let (y, m, d) = ymd, (hh, mm, ss, us) = hms
        switch name {
        case "year": return .int(y)
        case "month": return .int(m)
        case "day": return .int(d)
        case "hour" where isDateTime: return .int(hh)
        case "minute" where isDateTime: return .int(mm)
        case "second" where isDateTime: return .int(ss)
        case "microsecond" where isDateTime: return .int(us)
        case "tzinfo" where isDateTime: return tz.map { .native($0) } ?? Value.none
        default: return nil
        }
    }
}

/// `datetime.time`: a time of day without a date.
final class TimeValue: NativeObject {
    let micros: Int
    init(_ micros: Int) { self.micros = micros }
    var pyClass: PyType { DatetimeTypes.time }

    static func parts(_ t: Int) -> (Int, Int, Int, Int) {
        (t / 3_600_000_000, t / 60_000_000 % 60, t / 1_000_000 % 60, t % 1_000_000)
    }

    static func make(_ h: Int, _ m: Int, _ s: Int, _ us: Int) throws -> Int {
        guard (0...23).contains(h) else { throw PyException.valueError("hour must be in 0..23") }
        guard (0...59).contains(m) else { throw PyException.valueError("minute must be in 0..59") }
        guard (0...59).contains(s) else { throw PyException.valueError("second must be in 0..59") }
        guard (0...999_999).contains(us) else { throw PyException.valueError("microsecond must be in 0..999999") }
        return ((h * 60 + m) * 60 + s) * 1_000_000 + us
    }

    /// `hh, mm[, ss[, us]]`: trailing zero seconds and microseconds left out, as repr does.
    static func reprFields(_ t: Int) -> String {
        let (h, m, s, us) = parts(t)
        var fields = [h, m, s, us]
        if fields[3] == 0 { fields.removeLast(); if fields[2] == 0 { fields.removeLast() } }
        return fields.map(String.init).joined(separator: ", ")
    }

    static func isoformat(_ t: Int, timespec: String) throws -> String {
        let (h, m, s, us) = parts(t)
        let hm = "\(Calendar.pad(h, 2)):\(Calendar.pad(m, 2))", hms = hm + ":" + Calendar.pad(s, 2)
        switch timespec {
        case "auto": return us == 0 ? hms : hms + "." + Calendar.pad(us, 6)
        case "hours": return Calendar.pad(h, 2)
        case "minutes": return hm
        case "seconds": return hms
        case "milliseconds": return hms + "." + Calendar.pad(us / 1000, 3)
        case "microseconds": return hms + "." + Calendar.pad(us, 6)
        default: throw PyException.valueError("Unknown timespec value")
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String { "datetime.time(\(TimeValue.reprFields(micros)))" }
    func str(_ interpreter: Interpreter) throws -> String { try TimeValue.isoformat(micros, timespec: "auto") }
    func hashValue() -> Int? { Hashing.hashInt(micros) }
    func truthiness(_ interpreter: Interpreter) throws -> Bool? { true }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .native(let o as TimeValue) = other else { return nil }
        return try interpreter.compare(op, .int(micros), .int(o.micros))
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        let (h, m, s, us) = TimeValue.parts(micros)
        switch name {
        case "hour": return .int(h)
        case "minute": return .int(m)
        case "second": return .int(s)
        case "microsecond": return .int(us)
        case "tzinfo": return Value.none
        default: return nil
        }
    }
}

/// Equal timedeltas, dates and times find each other as dict keys and set members.
extension Timedelta: HashableObject {
    func pyHash() throws -> Int? { hashValue() }
    func pyEquals(_ other: Value) -> Bool? {
        if case .native(let o as Timedelta) = other { return o.total == total }
        return false
    }
}

extension DateValue: HashableObject {
    func pyHash() throws -> Int? { hashValue() }
    func pyEquals(_ other: Value) -> Bool? {
        if case .native(let o as DateValue) = other { return o.isDateTime == isDateTime && (o.tz == nil) == (tz == nil) && o.utcMicros == utcMicros }
        return false
    }
}

extension TimeValue: HashableObject {
    func pyHash() throws -> Int? { hashValue() }
    func pyEquals(_ other: Value) -> Bool? {
        if case .native(let o as TimeValue) = other { return o.micros == micros }
        return false
    }
}
