/// Proleptic Gregorian calendar arithmetic for `datetime` (day 1 is 0001-01-01, as
/// `date.toordinal()` counts), and the strftime/strptime directives.
enum Calendar {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    static func daysBeforeYear(_ y: Int) -> Int {
        let p = y - 1
        return p * 365 + p / 4 - p / 100 + p / 400
    }

    static func daysBeforeMonth(_ y: Int, _ m: Int) -> Int {
        (1..<m).reduce(0) { $0 + daysInMonth(y, $1) }
    }

    static func ordinal(_ y: Int, _ m: Int, _ d: Int) -> Int { daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

    /// The (year, month, day) of an ordinal.
    static func fromOrdinal(_ n: Int) -> (Int, Int, Int) {
        var n = n - 1
        let n400 = n / 146097; n %= 146097
        let n100 = n / 36524; n %= 36524
        let n4 = n / 1461; n %= 1461
        let n1 = n / 365; n %= 365
        var year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
        if n1 == 4 || n100 == 4 { return (year - 1, 12, 31) }
        if year < 1 { year = 1 }
        var month = 1
        while n >= daysInMonth(year, month) {
            n -= daysInMonth(year, month)
            month += 1
        }
        return (year, month, n + 1)
    }

    /// Monday is 0.
    static func weekday(_ ordinal: Int) -> Int { (ordinal + 6) % 7 }

    /// ISO year, week and weekday (Monday is 1).
    static func isoCalendar(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int, Int) {
        func week1Monday(_ year: Int) -> Int {
            let first = ordinal(year, 1, 1)
            let firstWeekday = weekday(first)
            var monday = first - firstWeekday
            if firstWeekday > 3 { monday += 7 }
            return monday
        }
        let today = ordinal(y, m, d)
        var year = y
        var start = week1Monday(year)
        if today < start {
            year -= 1
            start = week1Monday(year)
        } else if today >= week1Monday(year + 1) {
            year += 1
            start = week1Monday(year)
        }
        return (year, (today - start) / 7 + 1, (today - start) % 7 + 1)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `strftime` for a date and a time of day (glibc's output for the directives Python documents).
    static func strftime(_ format: String, date: (Int, Int, Int), time: (Int, Int, Int, Int),
                         zone: (offset: String, name: String) = ("", "")) -> String {
        let (y, m, d) = date, (hh, mm, ss, us) = time
        let ord = ordinal(y, m, d), wd = weekday(ord)
        let yday = ord - ordinal(y, 1, 1) + 1
        var out = ""
        var it = format.makeIterator()
        while let c = it.next() {
            guard c == "%" else { out.append(c); continue }
            guard let f = it.next() else { out.append("%"); break }
            switch f {
            case "Y": out += String(y)
            case "y": out += pad(y % 100, 2)
            case "m": out += pad(m, 2)
            case "d": out += pad(d, 2)
            case "e": out += (d < 10 ? " " : "") + String(d)
            case "H": out += pad(hh, 2)
            case "I": out += pad(hh % 12 == 0 ? 12 : hh % 12, 2)
            case "M": out += pad(mm, 2)
            case "S": out += pad(ss, 2)
            case "f": out += pad(us, 6)
            case "p": out += hh < 12 ? "AM" : "PM"
            case "b", "h": out += String(monthNames[m - 1].prefix(3))
            case "B": out += monthNames[m - 1]
            case "a": out += String(dayNames[wd].prefix(3))
            case "A": out += dayNames[wd]
            case "w": out += String((wd + 1) % 7)
            case "u": out += String(wd + 1)
            case "j": out += pad(yday, 3)
            case "U": out += pad((yday + 6 - (wd + 1) % 7) / 7, 2)
            case "W": out += pad((yday + 6 - wd) / 7, 2)
            case "G": out += String(isoCalendar(y, m, d).0)
            case "V": out += pad(isoCalendar(y, m, d).1, 2)
            case "C": out += pad(y / 100, 2)
            case "D": out += strftime("%m/%d/%y", date: date, time: time)
            case "F": out += strftime("%Y-%m-%d", date: date, time: time)
            case "T": out += strftime("%H:%M:%S", date: date, time: time)
            case "R": out += strftime("%H:%M", date: date, time: time)
            case "c": out += strftime("%a %b %e %H:%M:%S %Y", date: date, time: time)
            case "x": out += strftime("%m/%d/%y", date: date, time: time)
            case "X": out += strftime("%H:%M:%S", date: date, time: time)
            case "z": out += zone.offset
            case "Z": out += zone.name
            case "%": out += "%"
            case "n": out += "\n"
            case "t": out += "\t"
            default: out += "%" + String(f)
            }
        }
        return out
    }

    /// `datetime.strptime`: the fields a format fills in, or CPython's ValueError.
    static func strptime(_ text: String, _ format: String) throws -> (date: (Int, Int, Int), time: (Int, Int, Int, Int)) {
        let s = Array(text.unicodeScalars), f = Array(format.unicodeScalars)
        var i = 0, k = 0
        var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0
        var pm: Bool? = nil, hour12: Int? = nil, yearDay: Int? = nil
        let mismatch = PyException.valueError("time data \(Format.stringRepr(text)) does not match format \(Format.stringRepr(format))")
        func number(_ maxDigits: Int) throws -> Int {
            var digits = ""
            while i < s.count, digits.count < maxDigits, s[i].properties.numericType == .decimal, s[i].isASCII {
                digits.unicodeScalars.append(s[i])
                i += 1
            }
            guard let n = Int(digits) else { throw mismatch }
            return n
        }
        func name(_ names: [String]) throws -> Int {
            let rest = String(String.UnicodeScalarView(s[i...])).lowercased()
            for full in [true, false] {
                for (n, candidate) in names.enumerated() {
                    let word = full ? candidate.lowercased() : String(candidate.prefix(3)).lowercased()
                    if rest.hasPrefix(word) {
                        i += word.unicodeScalars.count
                        return n
                    }
                }
            }
            throw mismatch
        }
        while k < f.count {
            let c = f[k]
            if c.properties.isWhitespace {
                while i < s.count && s[i].properties.isWhitespace { i += 1 }
                k += 1
                continue
            }
            guard c == "%", k + 1 < f.count else {
                guard i < s.count, s[i] == c else { throw mismatch }
                i += 1
                k += 1
                continue
            }
            let d = f[k + 1]
            k += 2
            switch d {
            case "Y": year = try number(4)
            case "y":
                let n = try number(2)
                year = n < 69 ? 2000 + n : 1900 + n
            case "m": month = try number(2)
            case "d": day = try number(2)
            case "H": hour = try number(2)
            case "I": hour12 = try number(2)
            case "M": minute = try number(2)
            case "S": second = try number(2)
            case "f":
                let start = i
                let n = try number(6)
                micro = n * Int(pow(10.0, Double(6 - (i - start))))
            case "p": pm = try name(["AM", "PM"]) == 1
            case "b", "B", "h": month = try name(monthNames) + 1
            case "a", "A": _ = try name(dayNames)
            case "j": yearDay = try number(3)
            case "%":
                guard i < s.count, s[i] == "%" else { throw mismatch }
                i += 1
            default:
                throw PyException.valueError("'\(d)' is a bad directive in format '\(format)'")
            }
        }
        if i < s.count {
            throw PyException.valueError("unconverted data remains: \(String(String.UnicodeScalarView(s[i...])))")
        }
        if let h = hour12 { hour = h % 12 + (pm == true ? 12 : 0) } else if pm == true && hour < 12 { hour += 12 }
        if let n = yearDay { (year, month, day) = fromOrdinal(ordinal(year, 1, 1) + n - 1) }
        guard (1...12).contains(month), (1...daysInMonth(year, month)).contains(day), hour < 24, minute < 60, second < 62 else {
            throw PyException.valueError(day > 0 && (1...12).contains(month) ? "day is out of range for month" : "unconverted data remains")
        }
        return ((year, month, day), (hour, minute, second, micro))
    }
}

import Foundation
