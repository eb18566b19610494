import Foundation
import LabData

/// The final progress line datasets' tqdm bar leaves on stderr after a long `map` or `filter`
/// (`Map: 100%|██████████| 8017/8017 [00:01<00:00, 7512.34 examples/s]`), drawn with the tqdm
/// module's renderer. Passes under `minimumRows` rows print nothing.
struct DatasetProgressLine {
    static let minimumRows = 1000
    let write: (String) -> Void
    let start = Date()

    /// The callback to hand to LabData's `map`/`filter`.
    var callback: DatasetProgress {
        let start = self.start, write = self.write
        return { done, total, description in
            guard done == total, total >= DatasetProgressLine.minimumRows else { return }
            let line = ProgressLine(description: description, count: done, total: total,
                                    elapsed: Date().timeIntervalSince(start), unit: " examples")
            write(line.text() + "\n")
        }
    }
}
