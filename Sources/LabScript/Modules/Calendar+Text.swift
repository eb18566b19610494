/// The month and year tables `calendar.TextCalendar` prints, with weeks starting on
/// `firstWeekday` (0 is Monday).
struct TextCalendarFormat {
    var firstWeekday = 0

    /// `str.center` as CPython pads: the odd space goes left when the width is odd.
    static func center(_ s: String, _ width: Int) -> String {
        let margin = width - s.count
        guard margin > 0 else { return s }
        let left = margin / 2 + (margin & width & 1)
        return String(repeating: " ", count: left) + s + String(repeating: " ", count: margin - left)
    }

    static func stripTrailing(_ s: String) -> String {
        var t = Substring(s)
        while t.last?.isWhitespace == true { t = t.dropLast() }
        return String(t)
    }

    /// Weekdays in display order.
    var weekdays: [Int] { (0..<7).map { ($0 + firstWeekday) % 7 } }

    /// The month's weeks, each seven (day, weekday) pairs; day 0 pads days outside the month.
    func weeks(_ year: Int, _ month: Int) -> [[(Int, Int)]] {
        let first = Calendar.weekday(Calendar.ordinal(year, month, 1))
        let lead = (first - firstWeekday + 7) % 7
        let days = Calendar.daysInMonth(year, month)
        var cells = (0..<lead).map { (0, ($0 + firstWeekday) % 7) }
        cells += (1...days).map { ($0, (first + $0 - 1) % 7) }
        while cells.count % 7 != 0 { cells.append((0, (firstWeekday + cells.count) % 7)) }
        return stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<$0 + 7]) }
    }

    func weekHeader(_ width: Int) -> String {
        weekdays.map { day in
            let name = width >= 9 ? Calendar.dayNames[day] : String(Calendar.dayNames[day].prefix(3))
            return Self.center(String(name.prefix(width)), width)
        }.joined(separator: " ")
    }

    func week(_ week: [(Int, Int)], _ width: Int) -> String {
        week.map { day, _ in Self.center(day == 0 ? "" : (day < 10 ? " \(day)" : "\(day)"), width) }.joined(separator: " ")
    }

    func monthName(_ year: Int, _ month: Int, _ width: Int, withYear: Bool) -> String {
        Self.center(Calendar.monthNames[month - 1] + (withYear ? " \(year)" : ""), width)
    }

    /// `TextCalendar.formatmonth(year, month, w, l)`.
    func month(_ year: Int, _ month: Int, w: Int = 0, l: Int = 0) -> String {
        let w = max(2, w), l = max(1, l), gap = String(repeating: "\n", count: l)
        var s = Self.stripTrailing(monthName(year, month, 7 * (w + 1) - 1, withYear: true)) + gap
        s += Self.stripTrailing(weekHeader(w)) + gap
        for wk in weeks(year, month) { s += Self.stripTrailing(week(wk, w)) + gap }
        return s
    }

    /// `TextCalendar.formatyear(year, w, l, c, m)`: `m` months per row, `c` spaces between.
    func year(_ year: Int, w: Int = 2, l: Int = 1, c: Int = 6, m: Int = 3) -> String {
        let w = max(2, w), l = max(1, l), c = max(2, c), m = max(1, m)
        let width = (w + 1) * 7 - 1, gap = String(repeating: "\n", count: l)
        func row(_ columns: [String]) -> String {
            Self.stripTrailing(columns.map { Self.center($0, width) }.joined(separator: String(repeating: " ", count: c)))
        }
        var s = Self.stripTrailing(Self.center(String(year), width * m + c * (m - 1))) + gap
        let header = weekHeader(w)
        for start in stride(from: 1, through: 12, by: m) {
            let months = Array(start...min(start + m - 1, 12))
            s += gap + row(months.map { monthName(year, $0, width, withYear: false) }) + gap
            s += row(months.map { _ in header }) + gap
            let tables = months.map { weeks(year, $0) }
            for j in 0..<(tables.map(\.count).max() ?? 0) {
                s += row(tables.map { j < $0.count ? week($0[j], w) : "" }) + gap
            }
        }
        return s
    }
}
