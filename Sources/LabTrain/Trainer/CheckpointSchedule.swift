/// When the Trainer writes a checkpoint and which old ones it removes, as transformers 4.46 does:
/// `save_strategy="steps"` every `save_steps` steps and at the last step, `"epoch"` at each pass's
/// end (not here: the caller saves there), `"no"` never; at most `save_total_limit` folders
/// `checkpoint-<step>` are kept, the newest.
public struct CheckpointSchedule: Equatable, Sendable {
    /// `save_strategy`: `"no"`, `"steps"` or `"epoch"`.
    public var strategy: String
    /// `save_steps`.
    public var interval: Int
    /// `save_total_limit`; nil or 0 keeps every checkpoint.
    public var totalLimit: Int?

    public init(strategy: String, interval: Int, totalLimit: Int?) {
        (self.strategy, self.interval, self.totalLimit) = (strategy, interval, totalLimit)
    }

    /// Whether the update that made `step` (from 1) ends with a checkpoint.
    public func savesCheckpoint(afterStep step: Int, isLastStep: Bool) -> Bool {
        switch strategy {
        case "no": return false
        case "steps": return isLastStep || (interval > 0 && step % interval == 0)
        default: return isLastStep && strategy != "epoch"
        }
    }

    /// Whether each pass's end writes a checkpoint.
    public var savesAtEpochEnd: Bool { strategy == "epoch" }

    /// The folder a checkpoint of `step` is written to, inside `output_dir`.
    public static func folderName(step: Int) -> String { "checkpoint-\(step)" }

    /// The steps of the checkpoint folders among `names` to remove: all but the newest `totalLimit`.
    public func stepsToRemove(among names: [String]) -> [Int] {
        guard let limit = totalLimit, limit > 0 else { return [] }
        let prefix = "checkpoint-"
        let steps = names.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.sorted()
        return Array(steps.dropLast(limit))
    }
}
