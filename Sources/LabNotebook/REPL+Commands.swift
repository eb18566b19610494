import Foundation
import LabScript

extension REPL {
    /// Runs a `:` command; returns false when the REPL should end (`:quit`). A bad command
    /// prints an error and leaves the session as it was.
    func perform(_ command: REPLCommand) -> Bool {
        let argument = command.argument
        switch command.name {
        case "quit", "q", "exit": return false
        case "help": showHelp()
        case "cells": showCells()
        case "next", "n": runNext()
        case "run": run(argument)
        case "rerun": rerun(argument)
        case "show": show(argument)
        case "who": who(argument)
        case "undo": undo()
        case "reset":
            replaceSession()
            note("the session is empty")
        case "reload": reload()
        case "stale": showStale()
        case "save": save(to: NSString(string: argument).expandingTildeInPath)
        case "load": load(argument)
        case "time":
            options.timing.toggle()
            makeRenderer()
            stdout("timing \(options.timing ? "on" : "off")\n")
        default:
            fail("unknown command :\(command.name) (:help lists the commands)")
        }
        return true
    }

    private func showHelp() {
        let width = REPLCommand.all.map(\.usage.count).max() ?? 0
        for (usage, help) in REPLCommand.all {
            stdout(usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + help + "\n")
        }
        stdout("Anything else is code, run in the lab's session. Tab completes names and commands.\n")
        stdout("obj? (or help(obj)) shows obj's signature and description without running anything else.\n")
    }

    private func runNext() {
        guard let cell = file.cells.first(where: { $0.number > cursor && $0.kind == .code }) else {
            note("no cell after cell \(cursor); :run N runs any cell")
            return
        }
        runCells(file.cells.filter { $0.number > cursor && $0.number < cell.number } + [cell])
    }

    private func run(_ argument: String) {
        do {
            let cells = try cells(for: argument)
            if cells.isEmpty {
                note(argument == "stale" ? "no stale or edited cells" : "no cells to run")
                return
            }
            runCells(cells)
        } catch {
            fail("\(error)")
        }
    }

    /// The cells `:run` names: `N`, a title, `N-M`, `all` or `stale`.
    func cells(for argument: String) throws -> [Cell] {
        switch argument {
        case "": throw REPLError("usage: :run N|TITLE|N-M|all|stale")
        case "all": return file.cells
        case "stale":
            return file.cells.filter { [.stale, .edited].contains(tracker.status($0.number)) }
        default:
            let bounds = argument.split(separator: "-", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]) {
                guard low <= high else { throw REPLError("empty range \(argument)") }
                _ = try file.cell(addressedBy: String(low))
                _ = try file.cell(addressedBy: String(high))
                return file.cells.filter { (low...high).contains($0.number) }
            }
            return [try file.cell(addressedBy: argument)]
        }
    }

    private func undo() {
        guard let record = log.popLast() else {
            if let previous = sessionsBefore.popLast() {
                session = previous.session
                tracker = previous.tracker
                log = previous.log
                cursor = previous.cursor
                loadedDefinitions = previous.loadedDefinitions
                stdout("undid the session's replacement (:reset or :load)\n")
                return
            }
            fail("nothing to undo")
            return
        }
        guard let snapshot = record.undo.snapshot else {
            log.append(record)
            fail("cannot undo \(record.label): its snapshot was dropped to stay within the snapshot budget")
            return
        }
        snapshot.restore(into: session.interpreter)
        tracker = record.undo.tracker
        cursor = record.undo.cursor
        stdout("undid \(record.label)\n")
    }

    private func reload() {
        let fresh: CellFile
        do {
            fresh = try CellFile(contentsOf: file.path)
        } catch {
            fail("\(error); the session still uses the lab as it was")
            return
        }
        let change = applyReload(fresh)
        var summary = "reloaded \(file.path): \(file.cells.count) cells"
        if !change.edited.isEmpty { summary += "; edited: \(change.edited.map(String.init).joined(separator: ", "))" }
        if !change.stale.isEmpty { summary += "; now stale: \(change.stale.map(String.init).joined(separator: ", "))" }
        stdout(summary + "\n")
        let errors = file.syntaxErrors()
        if !errors.isEmpty { note("\(errors.count) cell\(errors.count == 1 ? " has a syntax error" : "s have syntax errors"): \(errors.map { String($0.cell.number) }.joined(separator: ", "))") }
    }

    /// Switches to `fresh`, pairing its cells with the old ones (cells may have been inserted,
    /// deleted or moved), marking cells whose source changed as edited and the cells that read
    /// what they bound as stale. Returns the numbers of both.
    @discardableResult
    func applyReload(_ fresh: CellFile) -> (edited: [Int], stale: [Int]) {
        let pairs = StaleCellMatching.match(old: file.cells, new: fresh.cells)
        let oldCells = Dictionary(uniqueKeysWithValues: file.cells.map { ($0.number, $0) })
        tracker.renumber(pairs)
        log.renumber(Dictionary(pairs.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first }))
        cursor = pairs.first { $0.value == cursor }?.key ?? min(cursor, fresh.cells.count)
        var edited: [Int] = []
        var stale: [Int] = []
        for cell in fresh.cells {
            guard let oldNumber = pairs[cell.number], let previous = oldCells[oldNumber],
                  previous.source != cell.source || previous.kind != cell.kind,
                  tracker.status(cell.number) != .notRun else { continue }
            edited.append(cell.number)
            tracker.markEdited(cell.number)
            stale += tracker.propagate(tracker.record(cell.number).writes, from: .editedCell(cell.number))
        }
        file = fresh
        makeRenderer()
        return (edited, stale.sorted())
    }
}

/// A command's failure, shown as `error: <message>`.
struct REPLError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
