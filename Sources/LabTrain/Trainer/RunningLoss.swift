import Foundation

/// The training loss as transformers accumulates it: a float32 sum since the last log, and the
/// float64 total of the logged sums.
public struct RunningLoss: Sendable {
    private var sinceLog: Float = 0
    private var logged = 0.0
    private var lastLoggedStep = 0

    public init() {}

    public mutating func add(_ loss: Float) { sinceLog += loss }

    public func hasUnlogged(steps: Int) -> Bool { steps > lastLoggedStep }

    /// The mean loss per step since the last log, rounded to 4 digits as transformers logs it.
    public mutating func take(steps: Int) -> Double {
        let mean = Double(sinceLog) / Double(steps - lastLoggedStep)
        logged += Double(sinceLog)
        (sinceLog, lastLoggedStep) = (0, steps)
        return Double(String(format: "%.4f", mean)) ?? mean
    }

    /// The run's mean loss per step (`train_loss`).
    public mutating func total(steps: Int) -> Double {
        logged += Double(sinceLog)
        sinceLog = 0
        return logged / max(Double(steps), 0.001)
    }
}
