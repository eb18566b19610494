/// One execution in the REPL's history: what ran, the state it ran in (for `:rerun`) and the
/// state to go back to (for `:undo`).
struct ExecutionRecord {
    /// The cell as it ran; number 0 for code typed at the prompt.
    var cell: Cell
    /// "cell 3 (Train)" or "the line `x = 1`", for messages.
    let label: String
    /// The stale tracker's sequence just before it ran.
    let sequence: Int
    /// The state it ran in; nil once dropped for the budget.
    var runState: Snapshot?
    var undo: UndoPoint

    /// The snapshots this record holds (one when the undo state is the run state).
    var snapshots: [Snapshot] {
        let run = runState.map { [$0] } ?? []
        guard let undoSnapshot = undo.snapshot, !undoSnapshot.isSame(as: runState) else { return run }
        return run + [undoSnapshot]
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

    /// Renumbers the cells that ran after a reload (`numbers`: old number -> new number). A cell
    /// that is gone gets number -1: it can still be replayed, but not addressed.
    mutating func renumber(_ numbers: [Int: Int]) {
        for index in records.indices where records[index].cell.number > 0 {
            let cell = records[index].cell
            records[index].cell = Cell(number: numbers[cell.number] ?? -1, kind: cell.kind, title: cell.title, metadata: cell.metadata,
                                       source: cell.source, firstLine: cell.firstLine, markerLine: cell.markerLine)
        }
    }

    /// The index of the last run of cell `number`.
    func lastRun(of number: Int) -> Int? {
        records.lastIndex { $0.cell.number == number }
    }

    /// Bytes held by all snapshots, counting each shared storage once.
    var byteCount: Int { Self.byteCount(of: records.flatMap(\.snapshots)) }

    static func byteCount(of snapshots: [Snapshot]) -> Int {
        var storages: [AnyHashable: Int] = [:]
        var plain = 0
        for snapshot in snapshots {
            plain += snapshot.plainByteCount
            storages.merge(snapshot.storages) { first, _ in first }
        }
        return storages.values.reduce(plain, +)
    }

    /// Drops the oldest snapshots until the rest fit in `budget` bytes. Keeps the first (the
    /// session's start, from which `:rerun` can always replay) and the newest (for `:undo`).
    /// Returns a note for each record dropped.
    mutating func enforce(budget: Int) -> [String] {
        var notes: [String] = []
        for index in records.indices.dropFirst().dropLast() {
            let total = byteCount
            guard total > budget else { break }
            guard !records[index].snapshots.isEmpty else { continue }
            records[index].dropSnapshots()
            notes.append("dropped the snapshot before \(records[index].label) (\(formatBytes(total - byteCount)) freed) to stay within the snapshot budget of \(formatBytes(budget))")
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
