import LabScript

/// Runs a lab from start to end (`labrun run`): checks the whole file's syntax first, then runs
/// the planned cells in one session, stopping at the first failure unless told to keep going,
/// and keeps the transcript up to date so it can be written at any point.
public final class BatchRun {
    public let file: CellFile
    public let session: Session
    public let plan: RunPlan
    public let parameters: [(name: String, value: Value)]
    public let keepGoing: Bool
    public weak var observer: BatchRunObserver?
    public private(set) var transcript: Transcript

    /// A file without any `# %%` marker runs as a plain script: like python3, it displays no values.
    public init(file: CellFile, session: Session, plan: RunPlan,
                parameters: [(name: String, value: Value)] = [], keepGoing: Bool = false) {
        self.file = file
        self.session = session
        self.plan = plan
        self.parameters = parameters
        self.keepGoing = keepGoing
        self.transcript = Transcript(file: file)
        if !file.hasCellMarkers { session.displaysValues = false }
    }

    public func run() -> RunOutcome {
        let syntaxErrors = file.syntaxErrors()
        guard syntaxErrors.isEmpty else {
            for (cell, error) in syntaxErrors {
                transcript.record(CellResult(cell: cell, executionCount: nil, outputs: [.error(error)],
                                             startDate: .init(), endDate: .init()))
            }
            observer?.batchRun(syntaxErrors: syntaxErrors)
            return .failed
        }
        var failed: [Cell] = []
        var outcome = RunOutcome.completed
        for step in plan.steps {
            let result: CellResult
            switch step {
            case .cell(let cell):
                result = session.run(cell)
                transcript.record(result)
            case .injectParameters:
                result = session.inject(parameters)
                transcript.recordInjected(result, afterNumber: plan.injectionAfter)
            }
            if result.status == .interrupted { outcome = .interrupted; break }
            if let status = result.error?.exitStatus { outcome = .exited(status); break }
            if result.status == .error {
                failed.append(result.cell)
                outcome = .failed
                if !keepGoing { break }
            }
        }
        observer?.batchRun(finished: outcome, failed: failed)
        return outcome
    }
}
