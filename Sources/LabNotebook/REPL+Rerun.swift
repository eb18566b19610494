extension REPL {
    /// `:rerun N`: restores the state from just before cell N last ran and runs it again (its
    /// current source), so it prints what a fresh run from the top would. When that snapshot
    /// was dropped for the budget, restores the nearest older one and replays what ran between.
    func rerun(_ argument: String) {
        let cell: Cell
        do {
            cell = try file.cell(addressedBy: argument.isEmpty ? String(cursor) : argument)
        } catch {
            fail(argument.isEmpty ? "usage: :rerun N" : "\(error)")
            return
        }
        guard cell.kind == .code else {
            fail("\(cell.label) is not a code cell")
            return
        }
        guard let index = log.lastRun(of: cell.number) else {
            note("\(cell.label) has not run yet; running it")
            runCells([cell])
            return
        }
        guard let start = log.records[...index].lastIndex(where: { $0.runState != nil }),
              let state = log.records[start].runState else {
            fail("no snapshot is left from before \(cell.label) (the snapshot budget dropped them); :reset and run from the top")
            return
        }
        let replay = log.records[start..<index].map(\.cell)
        if start != index {
            note("the snapshot before \(cell.label) was dropped; re-running from the snapshot before \(log.records[start].label) and replaying \(replay.count) step\(replay.count == 1 ? "" : "s")")
        }
        let undo = UndoPoint(snapshot: takeSnapshot(), tracker: tracker, cursor: cursor)
        let rolledBackAfter = log.records[start].sequence
        let rerunStarts = tracker.sequence
        state.restore(into: session.interpreter)
        var first: (state: Snapshot?, undo: UndoPoint?) = (state, undo)
        for step in replay + [cell] {
            execute(step, label: label(for: step), runState: first.state, undo: first.undo)
            first = (nil, nil)
        }
        tracker.markRolledBack(after: rolledBackAfter, through: rerunStarts, by: ":rerun \(cell.number)")
    }
}
