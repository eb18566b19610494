/// How a batch run ended.
public enum RunOutcome: Equatable, Sendable {
    /// Every planned cell ran without an uncaught exception.
    case completed
    /// A cell raised or had a syntax error.
    case failed
    /// Ctrl-C stopped a cell (KeyboardInterrupt).
    case interrupted
    /// A cell called `sys.exit()`; labrun exits with this status, as python3 would.
    case exited(Int32)
}

/// What a batch run tells its observer besides the cells' progress.
public protocol BatchRunObserver: SessionObserver {
    /// The lab has syntax errors (one per cell), so nothing ran.
    func batchRun(syntaxErrors: [(cell: Cell, error: CellError)])
    /// The run ended; `failed` lists the cells that raised.
    func batchRun(finished outcome: RunOutcome, failed: [Cell])
}
