import BigInt
import Foundation

/// `datetime.timezone`: a fixed offset from UTC (strictly within ±24 hours) with an optional
/// name. labrun's local time zone is UTC, whatever the machine's: naive datetimes are taken as
/// UTC by `timestamp()` and `astimezone()`, and `fromtimestamp(ts)` gives UTC wall time, so a
/// lab prints the same on every machine.
final class TimezoneValue: NativeObject, HashableObject {
    /// The offset in microseconds.
    let offset: Int
    let name: String?

    init(offset: Int, name: String?) {
        self.offset = offset
        self.name = name
    }

    static let utc = TimezoneValue(offset: 0, name: nil)
    /// The zone naive datetimes are taken to be in: what `astimezone()` attaches.
    static let local = TimezoneValue(offset: 0, name: "UTC")
    static let day = 86_400_000_000

    /// `datetime.tzinfo`, the abstract base: a lab may subclass it, but only `timezone`
    /// instances are accepted as a datetime's zone.
    static let baseType = PyType(name: "tzinfo", bases: [.object], module: "datetime")

    static let type: PyType = {
        let t = NativeClass("timezone", module: "datetime", base: baseType, constructor: Function("timezone", params: ["offset", "name=None"]) { a in
            guard case .native(let delta as Timedelta) = a["offset"] else {
                throw PyException.typeError("timezone() argument 1 must be datetime.timedelta, not \(a["offset"].typeName)")
            }
            var name: String? = nil
            if a.bound.wasPassed(1) {
                guard case .str(let s) = a["name"] else { throw PyException.typeError("timezone() argument 2 must be str, not \(a["name"].isNone ? "None" : a["name"].typeName)") }
                name = s
            }
            return .native(try make(delta, name: name, a.interpreter))
        }, methods: [
            Function("utcoffset", params: ["dt", "/"]) { a in
                let tz = try a.receiver(as: TimezoneValue.self)
                try checkArgument(a["dt"], "utcoffset")
                return .native(try Timedelta(total: BigInt(tz.offset)))
            },
            Function("tzname", params: ["dt", "/"]) { a in
                try checkArgument(a["dt"], "tzname")
                return .str(try a.receiver(as: TimezoneValue.self).displayName)
            },
            Function("dst", params: ["dt", "/"]) { a in
                try checkArgument(a["dt"], "dst")
                return .none
            },
            Function("fromutc", params: ["dt", "/"]) { a in
                let tz = try a.receiver(as: TimezoneValue.self)
                guard case .native(let dt as DateValue) = a["dt"], dt.isDateTime else {
                    throw PyException.typeError("fromutc: argument must be a datetime")
                }
                guard dt.tz === tz || (dt.tz.map { $0.offset == tz.offset && $0.name == tz.name } ?? false) else {
                    throw PyException.valueError("fromutc: dt.tzinfo is not self")
                }
                return .native(try dt.shifted(by: tz.offset, to: tz))
            },
        ], attributes: [:])
        return t.type
    }()

    /// `timezone(offset, name)`: the range check, and `timezone.utc` itself for a nameless zero.
    static func make(_ delta: Timedelta, name: String?, _ i: Interpreter) throws -> TimezoneValue {
        guard let total = Int(exactly: delta.total), abs(total) < day else {
            throw PyException.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not \(try i.reprOf(.native(delta))).")
        }
        if name == nil && total == 0 { return utc }
        return TimezoneValue(offset: total, name: name)
    }

    private static func checkArgument(_ dt: Value, _ method: String) throws {
        if dt.isNone { return }
        if case .native(let d as DateValue) = dt, d.isDateTime { return }
        throw PyException.typeError("\(method)(dt) argument must be a datetime instance or None, not \(dt.typeName)")
    }

    var pyClass: PyType { TimezoneValue.type }

    /// `tzname()`: the given name, else `UTC` or `UTC±HH:MM[:SS[.ffffff]]`.
    var displayName: String {
        if let name { return name }
        if offset == 0 { return "UTC" }
        return "UTC" + TimezoneValue.formatOffset(offset, separator: ":")
    }

    /// `±HH<sep>MM`, with seconds and microseconds only when present (isoformat's and %z's form).
    static func formatOffset(_ offset: Int, separator: String) -> String {
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        let (h, m, s, us) = (magnitude / 3_600_000_000, magnitude / 60_000_000 % 60, magnitude / 1_000_000 % 60, magnitude % 1_000_000)
        var text = sign + Calendar.pad(h, 2) + separator + Calendar.pad(m, 2)
        if s != 0 || us != 0 { text += separator + Calendar.pad(s, 2) }
        if us != 0 { text += "." + Calendar.pad(us, 6) }
        return text
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        if self === TimezoneValue.utc { return "datetime.timezone.utc" }
        let delta = try interpreter.reprOf(.native(try Timedelta(total: BigInt(offset))))
        guard let name else { return "datetime.timezone(\(delta))" }
        return "datetime.timezone(\(delta), \(Format.stringRepr(name)))"
    }

    func str(_ interpreter: Interpreter) throws -> String { displayName }

    func pyHash() throws -> Int? { try Timedelta(total: BigInt(offset)).hashValue() }
    func hashValue() -> Int? { try? pyHash() }
    func pyEquals(_ other: Value) -> Bool? {
        guard case .native(let o as TimezoneValue) = other else { return nil }
        return o.offset == offset
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, let equal = pyEquals(other) else { return nil }
        return .bool(op == .eq ? equal : !equal)
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? { nil }
}

extension TimezoneValue {
    /// The class attributes `utc`, `min` and `max`, set once the type exists.
    static func installConstants() {
        type.dict["utc"] = .native(utc)
        type.dict["min"] = .native(TimezoneValue(offset: -(day - 60_000_000), name: nil))
        type.dict["max"] = .native(TimezoneValue(offset: day - 60_000_000, name: nil))
    }
}
