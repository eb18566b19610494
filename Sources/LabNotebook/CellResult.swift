import Foundation

/// What running one cell produced. The session builds it; renderers and transcripts read it.
public struct CellResult: Sendable {
    public enum Status: String, Sendable {
        case ok, error, interrupted
        /// The cell called `sys.exit()`.
        case exited
    }

    public let cell: Cell
    /// Jupyter's execution count (`In [n]`), counting the code cells run so far; nil for a cell
    /// that didn't execute (Markdown, or code with a syntax error).
    public let executionCount: Int?
    public internal(set) var outputs: [CellOutput] = []
    public internal(set) var startDate: Date
    public internal(set) var endDate: Date

    public init(cell: Cell, executionCount: Int?, outputs: [CellOutput] = [], startDate: Date, endDate: Date) {
        self.cell = cell
        self.executionCount = executionCount
        self.outputs = outputs
        self.startDate = startDate
        self.endDate = endDate
    }

    public var wallTime: TimeInterval { endDate.timeIntervalSince(startDate) }

    /// The value displayed as `Out[n]`, if any.
    public var displayed: MimeBundle? {
        outputs.lazy.compactMap { if case .result(let bundle) = $0 { return bundle } else { return nil } }.first
    }

    public var error: CellError? {
        outputs.lazy.compactMap { if case .error(let error) = $0 { return error } else { return nil } }.first
    }

    public var status: Status {
        guard let error else { return .ok }
        if error.exitStatus != nil { return .exited }
        return error.isInterrupt ? .interrupted : .error
    }
}
