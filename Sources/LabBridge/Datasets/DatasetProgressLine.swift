import Foundation
import LabData

/// The final progress line datasets' tqdm bar leaves on stderr after a long `map` or `filter`:
/// `Map: 100%|██████████| 8017/8017 [00:01<00:00, 7512.34 examples/s]`. Passes under
/// `minimumRows` rows print nothing.
struct DatasetProgressLine {
    static let minimumRows = 1000
    let write: (String) -> Void
    let start = Date()

    /// The callback to hand to LabData's `map`/`filter`.
    var callback: DatasetProgress {
        let start = self.start, write = self.write
        return { done, total, description in
            guard done == total, total >= DatasetProgressLine.minimumRows else { return }
            write(DatasetProgressLine.line(description, total: total, seconds: Date().timeIntervalSince(start)) + "\n")
        }
    }

    static func line(_ description: String, total: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(total) / seconds : 0
        return "\(description): 100%|██████████| \(total)/\(total) [\(clock(seconds))<00:00, "
            + String(format: "%.2f", rate) + " examples/s]"
    }

    /// tqdm's `MM:SS` elapsed time.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds)
        return String(format: "%02d:%02d", whole / 60, whole % 60)
    }
}
