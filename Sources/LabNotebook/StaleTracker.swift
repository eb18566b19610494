/// The REPL's view of a cell: whether it ran, how it went, and whether it is still up to date.
public enum CellStatus: String, Sendable {
    case notRun = "not run"
    case ok, error, interrupted
    /// It ran, but something it depends on changed since.
    case stale
    /// Its source changed on disk since it ran (`:reload`).
    case edited
}

/// What the REPL remembers of one cell's last run.
public struct CellRecord: Sendable {
    public var status: CellStatus = .notRun
    /// Globals the run read.
    public var reads: Set<String> = []
    /// Globals the run bound, deleted or mutated in place.
    public var writes: Set<String> = []
    /// The run's outputs, for `:show`.
    public var result: CellResult?
    /// Why the cell is stale, e.g. `cell 9 reads ref_model, which cell 4 changed`.
    public var staleReason: String?
    /// When it last ran, in the session's execution order.
    public var sequence = 0
}

/// Who changed a set of names.
enum ChangeOrigin {
    case cell(Int)
    case prompt
    case editedCell(Int)
    /// A cell that is itself stale: what it wrote may change when it re-runs.
    case staleCell(Int)

    var phrase: String {
        switch self {
        case .cell(let number): return "cell \(number) changed"
        case .prompt: return "code typed at the prompt changed"
        case .editedCell(let number): return "edited cell \(number) binds"
        case .staleCell(let number): return "stale cell \(number) writes"
        }
    }
}

/// Tracks cell statuses and the names each run read and wrote, and marks cells stale when
/// something they read changes. A value type, so the REPL's undo restores it with the state.
struct StaleTracker {
    private(set) var records: [Int: CellRecord] = [:]
    private(set) var sequence = 0

    init(records: [Int: CellRecord] = [:], sequence: Int = 0) {
        self.records = records
        self.sequence = sequence
    }

    func record(_ number: Int) -> CellRecord { records[number] ?? CellRecord() }

    func status(_ number: Int) -> CellStatus { record(number).status }

    /// Records a finished run of cell `number`.
    mutating func recordRun(of number: Int, result: CellResult, reads: Set<String>, writes: Set<String>) {
        sequence += 1
        let status: CellStatus
        switch result.status {
        case .ok, .exited: status = .ok
        case .error: status = .error
        case .interrupted: status = .interrupted
        }
        records[number] = CellRecord(status: status, reads: reads, writes: writes, result: result,
                                     staleReason: nil, sequence: sequence)
    }

    /// Records a line typed at the prompt (it has no record of its own, but it is ordered).
    mutating func recordPromptRun() -> Int {
        sequence += 1
        return sequence
    }

    /// Marks stale every cell that ran, comes after the origin in the file (any cell for code
    /// typed at the prompt) and reads one of `changed`; then, transitively, the cells that read
    /// what those cells wrote. Returns the cells newly marked.
    @discardableResult
    mutating func propagate(_ changed: Set<String>, from origin: ChangeOrigin) -> [Int] {
        guard !changed.isEmpty else { return [] }
        var marked: [Int] = []
        var queue: [(names: Set<String>, origin: ChangeOrigin, after: Int)] = [(changed, origin, origin.cellNumber ?? 0)]
        while !queue.isEmpty {
            let change = queue.removeFirst()
            for number in records.keys.sorted() where number > change.after {
                guard let record = records[number], [.ok, .error, .interrupted].contains(record.status),
                      let name = record.reads.intersection(change.names).sorted().first else { continue }
                markStale(number, reason: "cell \(number) reads \(name), which \(change.origin.phrase)")
                marked.append(number)
                queue.append((record.writes, .staleCell(number), number))
            }
        }
        return marked
    }

    /// Marks stale the cells whose last run came after `start` and no later than `end`:
    /// restoring the snapshot taken at `start` undid them.
    mutating func markRolledBack(after start: Int, through end: Int, by command: String) {
        for (number, record) in records where record.sequence > start && record.sequence <= end
            && record.status != .edited && record.status != .notRun {
            markStale(number, reason: "cell \(number) ran after the snapshot that \(command) restored, so its effects were undone")
        }
    }

    /// Marks cell `number` edited: its source changed since it ran.
    mutating func markEdited(_ number: Int) {
        guard var record = records[number], record.status != .notRun else { return }
        record.status = .edited
        record.staleReason = nil
        records[number] = record
    }

    /// Renumbers the records after a reload (`numbers`: new number -> old number); cells that
    /// are gone are forgotten.
    mutating func renumber(_ numbers: [Int: Int]) {
        var renumbered: [Int: CellRecord] = [:]
        for (new, old) in numbers { renumbered[new] = records[old] }
        records = renumbered
    }

    mutating func markStale(_ number: Int, reason: String) {
        guard var record = records[number], record.status != .edited, record.status != .stale else { return }
        record.status = .stale
        record.staleReason = reason
        records[number] = record
    }
}

extension ChangeOrigin {
    var cellNumber: Int? {
        switch self {
        case .cell(let n), .editedCell(let n), .staleCell(let n): return n
        case .prompt: return nil
        }
    }
}
