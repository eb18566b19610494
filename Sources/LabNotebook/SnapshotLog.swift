/// One execution in the REPL's history: what ran, the state it ran in (for `:rerun`) and the
/// state to go back to (for `:undo`).
struct ExecutionRecord {
    /// The cell as it ran; number 0 for code typed at the prompt.
    let cell: Cell
    /// "cell 3 (Train)" or "the line `x = 1`", for messages.
    let label: String
    /// The stale tracker's sequence just before it ran.
    let sequence: Int
    /// The state it ran in; nil once dropped for the budget.
    var runState: Snapshot?
    var undo: UndoPoint

    /// Bytes held by this record's snapshots (the undo snapshot is often the run state itself).
    var byteCount: Int {
        let run = runState?.byteCount ?? 0
        guard let undoSnapshot = undo.snapshot else { return run }
        return undoSnapshot.isSame(as: runState) ? run : run + undoSnapshot.byteCount
    }

    mutating func dropSnapshots() {
        runState = nil
        undo = UndoPoint(snapshot: nil, tracker: undo.tracker, cursor: undo.cursor)
    }
}

/// The REPL's execution history with its snapshots, kept within a memory budget by dropping
/// the oldest snapshots first.
struct ExecutionLog {
    private(set) var records: [ExecutionRecord] = []

    mutating func append(_ record: ExecutionRecord) {
        records.append(record)
    }

    mutating func popLast() -> ExecutionRecord? {
        records.popLast()
    }

    /// The index of the last run of cell `number`.
    func lastRun(of number: Int) -> Int? {
        records.lastIndex { $0.cell.number == number }
    }

    /// Bytes held by all snapshots.
    var byteCount: Int { records.reduce(0) { $0 + $1.byteCount } }

    /// Drops the oldest snapshots until the rest fit in `budget` bytes, always keeping the
    /// newest record's so that `:undo` works. Returns a note for each record dropped.
    mutating func enforce(budget: Int) -> [String] {
        var total = byteCount
        var notes: [String] = []
        for index in records.indices.dropLast() where total > budget {
            let bytes = records[index].byteCount
            guard bytes > 0 else { continue }
            records[index].dropSnapshots()
            total -= bytes
            notes.append("dropped the snapshot before \(records[index].label) (\(formatBytes(bytes))) to stay within the snapshot budget of \(formatBytes(budget))")
        }
        return notes
    }
}

extension Snapshot {
    /// True when both are the same copy (a rerun's undo and run state often are).
    func isSame(as other: Snapshot?) -> Bool {
        guard let other else { return false }
        return identity == other.identity
    }
}

/// `1.5 GB`, `512 MB`, `12 KB`, `100 bytes`.
func formatBytes(_ bytes: Int) -> String {
    let units: [(String, Double)] = [("GB", 1_073_741_824), ("MB", 1_048_576), ("KB", 1024)]
    for (unit, size) in units where Double(bytes) >= size {
        let value = Double(bytes) / size
        return value < 10 && value != value.rounded() ? "\(String(format: "%.1f", value)) \(unit)" : "\(Int(value.rounded())) \(unit)"
    }
    return "\(bytes) bytes"
}
