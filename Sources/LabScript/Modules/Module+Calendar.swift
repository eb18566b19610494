extension Interpreter {
    static let illegalMonthError = PyType(name: "IllegalMonthError", bases: [.valueError], module: "calendar")

    /// `calendar`: leap years, weekdays, month tables and the text calendars `month()` and
    /// `calendar()` print. Weeks start on Monday unless `setfirstweekday` changes it.
    func calendarModule() -> [(String, Value)] {
        var shared = TextCalendarFormat()
        func month(_ v: Value) throws -> Int {
            let m = try intArgument(v)
            guard (1...12).contains(m) else { throw PyException(Interpreter.illegalMonthError, "bad month number \(m); must be 1-12") }
            return m
        }
        /// A width, spacing or line count; sizes no table could be printed at are MemoryError.
        func size(_ i: Interpreter, _ v: Value) throws -> Int {
            let n = try i.intArgument(v)
            if n > 1 << 20 { throw PyException.memoryError() }
            return n
        }
        func printed(_ i: Interpreter, _ text: String) throws -> Value {
            _ = try i.call(i.builtins["print"]!, [.str(text)], [("end", .str(""))])
            return .none
        }
        func monthTable(_ f: TextCalendarFormat, _ y: Int, _ m: Int) -> Value {
            .list(PyList(f.weeks(y, m).map { .list(PyList($0.map { .int($0.0) })) }))
        }
        let calendarClass = PyType(name: "Calendar", bases: [.object], module: "calendar")
        let textCalendarClass = PyType(name: "TextCalendar", bases: [calendarClass], module: "calendar")
        for t in [calendarClass, textCalendarClass] {
            t.constructor = { i, args, kw in
                let (sig, defaults) = Signature.parse(["firstweekday=0"])
                let a = try sig.bind(args, kw, defaults: defaults, function: t.name)
                let inst = PyInstance(cls: t)
                inst.dict["firstweekday"] = .int(try i.intArgument(a.values[0]))
                return .object(inst)
            }
        }
        func format(_ i: Interpreter, _ v: Value) throws -> TextCalendarFormat {
            TextCalendarFormat(firstWeekday: ((try i.intArgument(try i.getAttribute(v, "firstweekday")) % 7) + 7) % 7)
        }
        Builtins.method(calendarClass, "iterweekdays", []) { i, a in try i.iteratorObject(.list(PyList(try format(i, a.values[0]).weekdays.map { .int($0) }))) }
        Builtins.method(calendarClass, "monthdayscalendar", ["year", "month"]) { i, a in
            monthTable(try format(i, a.values[0]), try i.intArgument(a.values[1]), try month(a.values[2]))
        }
        Builtins.method(calendarClass, "itermonthdays", ["year", "month"]) { i, a in
            let weeks = try format(i, a.values[0]).weeks(try i.intArgument(a.values[1]), try month(a.values[2]))
            return try i.iteratorObject(.list(PyList(weeks.joined().map { .int($0.0) })))
        }
        Builtins.method(textCalendarClass, "formatmonth", ["theyear", "themonth", "w=0", "l=0"]) { i, a in
            .str(try format(i, a.values[0]).month(try i.intArgument(a.values[1]), try month(a.values[2]),
                                                 w: try size(i, a.values[3]), l: try size(i, a.values[4])))
        }
        Builtins.method(textCalendarClass, "prmonth", ["theyear", "themonth", "w=0", "l=0"]) { i, a in
            try printed(i, try format(i, a.values[0]).month(try i.intArgument(a.values[1]), try month(a.values[2]),
                                                             w: try size(i, a.values[3]), l: try size(i, a.values[4])))
        }
        Builtins.method(textCalendarClass, "formatyear", ["theyear", "w=2", "l=1", "c=6", "m=3"]) { i, a in
            let n = [try i.intArgument(a.values[1])] + (try a.values[2...5].map { try size(i, $0) })
            return .str(try format(i, a.values[0]).year(n[0], w: n[1], l: n[2], c: n[3], m: n[4]))
        }
        Builtins.method(textCalendarClass, "pryear", ["theyear", "w=2", "l=1", "c=6", "m=3"]) { i, a in
            let n = [try i.intArgument(a.values[1])] + (try a.values[2...5].map { try size(i, $0) })
            return try printed(i, try format(i, a.values[0]).year(n[0], w: n[1], l: n[2], c: n[3], m: n[4]))
        }
        let days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
        return days.enumerated().map { ($0.element, Value.int($0.offset)) } + [
            ("Calendar", .type(calendarClass)), ("TextCalendar", .type(textCalendarClass)),
            ("IllegalMonthError", .type(Interpreter.illegalMonthError)),
            ("month_name", .list(PyList([.str("")] + Calendar.monthNames.map { .str($0) }))),
            ("month_abbr", .list(PyList([.str("")] + Calendar.monthNames.map { .str(String($0.prefix(3))) }))),
            ("day_name", .list(PyList(Calendar.dayNames.map { .str($0) }))),
            ("day_abbr", .list(PyList(Calendar.dayNames.map { .str(String($0.prefix(3))) }))),
            ("isleap", Builtins.function("isleap", ["year"]) { i, a in .bool(Calendar.isLeap(try i.intArgument(a.values[0]))) }),
            ("leapdays", Builtins.function("leapdays", ["y1", "y2"]) { i, a in
                func before(_ y: Int) -> Int {
                    func floor(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
                    return floor(y - 1, 4) - floor(y - 1, 100) + floor(y - 1, 400)
                }
                return .int(before(try i.intArgument(a.values[1])) - before(try i.intArgument(a.values[0])))
            }),
            ("weekday", Builtins.function("weekday", ["year", "month", "day"]) { i, a in
                let y = try i.intArgument(a.values[0]), m = try month(a.values[1]), d = try i.intArgument(a.values[2])
                guard (1...Calendar.daysInMonth(y, m)).contains(d) else { throw PyException.valueError("day is out of range for month") }
                return .int(Calendar.weekday(Calendar.ordinal(y, m, d)))
            }),
            ("monthrange", Builtins.function("monthrange", ["year", "month"]) { i, a in
                let y = try i.intArgument(a.values[0]), m = try month(a.values[1])
                return .tuple([.int(Calendar.weekday(Calendar.ordinal(y, m, 1))), .int(Calendar.daysInMonth(y, m))])
            }),
            ("monthcalendar", Builtins.function("monthcalendar", ["year", "month"]) { i, a in
                monthTable(shared, try i.intArgument(a.values[0]), try month(a.values[1]))
            }),
            ("firstweekday", Builtins.function("firstweekday", []) { _, _ in .int(shared.firstWeekday) }),
            ("setfirstweekday", Builtins.function("setfirstweekday", ["firstweekday"]) { i, a in
                let d = try i.intArgument(a.values[0])
                guard (0...6).contains(d) else { throw PyException(Interpreter.illegalWeekdayError, "bad weekday number \(d); must be 0 (Monday) to 6 (Sunday)") }
                shared.firstWeekday = d
                return .none
            }),
            ("month", Builtins.function("month", ["theyear", "themonth", "w=0", "l=0"]) { i, a in
                .str(shared.month(try i.intArgument(a.values[0]), try month(a.values[1]), w: try size(i, a.values[2]), l: try size(i, a.values[3])))
            }),
            ("prmonth", Builtins.function("prmonth", ["theyear", "themonth", "w=0", "l=0"]) { i, a in
                try printed(i, shared.month(try i.intArgument(a.values[0]), try month(a.values[1]), w: try size(i, a.values[2]), l: try size(i, a.values[3])))
            }),
            ("calendar", Builtins.function("calendar", ["theyear", "w=2", "l=1", "c=6", "m=3"]) { i, a in
                let n = [try i.intArgument(a.values[0])] + (try a.values[1...].map { try size(i, $0) })
                return .str(shared.year(n[0], w: n[1], l: n[2], c: n[3], m: n[4]))
            }),
            ("prcal", Builtins.function("prcal", ["theyear", "w=2", "l=1", "c=6", "m=3"]) { i, a in
                let n = [try i.intArgument(a.values[0])] + (try a.values[1...].map { try size(i, $0) })
                return try printed(i, shared.year(n[0], w: n[1], l: n[2], c: n[3], m: n[4]))
            }),
            ("timegm", Builtins.function("timegm", ["tuple"]) { i, a in
                let f = try i.iterateToArray(a.values[0]).prefix(6).map { try i.intArgument($0) }
                guard f.count == 6 else { throw PyException.valueError("not enough values to unpack (expected 6, got \(f.count))") }
                let days = Calendar.ordinal(f[0], f[1], 1) - Calendar.ordinal(1970, 1, 1) + f[2] - 1
                return .int(((days * 24 + f[3]) * 60 + f[4]) * 60 + f[5])
            }),
        ]
    }

    static let illegalWeekdayError = PyType(name: "IllegalWeekdayError", bases: [.valueError], module: "calendar")
}
