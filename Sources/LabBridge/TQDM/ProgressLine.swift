import Foundation

/// tqdm's status line: `desc: 40%|████      | 4/10 [00:01<00:01,  3.50it/s]`, or without a total
/// `desc: 4it [00:01,  3.50it/s]`.
struct ProgressLine {
    var description: String
    var count: Int
    var total: Int?
    var elapsed: TimeInterval
    var unit = "it"

    /// The line, with a bar of `barWidth` cells (tqdm's default of 10 when not sized to a terminal).
    func text(barWidth: Int = 10) -> String {
        let prefix = description.isEmpty ? "" : description + ": "
        let rate = elapsed > 0 ? Double(count) / elapsed : nil
        guard let total, total > 0 else {
            return prefix + "\(count)\(unit) [\(ProgressLine.clock(elapsed)), \(rateText(rate))]"
        }
        let fraction = min(1, Double(count) / Double(total))
        let remaining = rate.map { $0 > 0 ? ProgressLine.clock(Double(total - count) / $0) : "?" } ?? "?"
        let percent = String(format: "%3.0f%%", fraction * 100)
        return prefix + percent + "|" + ProgressLine.bar(fraction, width: barWidth) + "| \(count)/\(total) "
            + "[\(ProgressLine.clock(elapsed))<\(remaining), \(rateText(rate))]"
    }

    private func rateText(_ rate: Double?) -> String {
        guard let rate, rate > 0 else { return "?\(unit)/s" }
        return rate >= 1 ? String(format: "%5.2f\(unit)/s", rate) : String(format: "%5.2fs/\(unit)", 1 / rate)
    }

    /// `mm:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded(.down))
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%02d:%02d", s / 60, s % 60)
    }

    /// Full blocks, one partial block in eighths, then spaces.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighths = Int(fraction * Double(width * 8))
        let full = eighths / 8, partial = eighths % 8
        let partials = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: full)
        if full < width { bar += (partial > 0 ? partials[partial] : " ") + String(repeating: " ", count: width - full - 1) }
        return bar
    }
}
