import Foundation
import LabScript

extension REPL {
    /// `:save PATH`: writes the variables, the random stream, the cell statuses and outputs.
    /// Values that can't be saved (open files, generators...) are listed and left out.
    func save(to path: String) {
        guard !path.isEmpty else { return fail("usage: :save PATH") }
        let interpreter = session.interpreter
        let sources = log.records.reversed().map(\.cell.source) + loadedDefinitions.values
        let encoder = SessionValueEncoder(interpreter: interpreter, sources: SessionFileDefinitions(sources: sources))
        var globals: [Any] = []
        var skipped: [String] = []
        var unsaved: [String] = []
        for name in interpreter.globalNames {
            guard let value = interpreter.global(name) else { continue }
            do {
                globals.append([name, try encoder.encode(global: name, value)])
            } catch let unsaveable as SessionValueEncoder.Unsaveable {
                skipped.append("\(name) (\(unsaveable.reason))")
                unsaved.append(name)
            } catch {
                skipped.append("\(name) (\(error))")
                unsaved.append(name)
            }
        }
        let random = interpreter.randomState
        var payload = encoder.payload
        let randomOffset = payload.count
        for word in random.words { payload.append(contentsOf: word.littleEndianBytes) }
        var states: [[String: Any]] = []
        for state in interpreter.sessionStates {
            do {
                guard let bytes = try state.persistentState() else { continue }
                states.append(["name": state.persistentName, "offset": payload.count, "length": bytes.count])
                payload.append(bytes)
            } catch {
                return fail("cannot save the \(state.persistentName): \(error)")
            }
        }
        var manifest: [String: Any] = [
            "lab": file.path, "seed": Int(truncatingIfNeeded: options.seed), "cursor": cursor,
            "savedAt": ISO8601DateFormatter().string(from: Date()),
            "globals": globals, "objects": encoder.objects, "shared": encoder.shared,
            "definitions": encoder.definitions.map { ["name": $0.name, "source": $0.source] },
            "attributes": encoder.attributes.sorted(),
            "random": ["offset": randomOffset, "words": random.words.count, "index": random.index,
                       "gaussNext": random.gaussNext.map { $0.description } ?? NSNull()],
            "cells": tracker.records.sorted { $0.key < $1.key }.map { sessionEntry(number: $0.key, record: $0.value) },
            "skipped": skipped, "unsaved": unsaved, "sessionStates": states,
        ]
        manifest["sequence"] = tracker.sequence
        do {
            try SessionFile(manifest: manifest, payload: payload).write(to: path, signer: SessionSigner(secretPath: options.sessionSecretPath))
        } catch {
            return fail("\(error)")
        }
        stdout("saved the session to \(path) (\(globals.count) variable\(globals.count == 1 ? "" : "s"))\n")
        if !skipped.isEmpty { note("not saved: " + skipped.joined(separator: "; ")) }
    }

    /// `:load [--trust] PATH`: replaces the session with a saved one. Nothing changes unless the
    /// whole file reads back. A file that would run code (its saved definitions) loads only
    /// when this user's labrun signed it, or with `--trust`.
    func load(_ argument: String) {
        var path = argument
        let trusted = path.hasPrefix("--trust ")
        if trusted { path = path.dropFirst("--trust ".count).trimmingCharacters(in: .whitespaces) }
        path = NSString(string: path).expandingTildeInPath
        guard !path.isEmpty else { return fail("usage: :load [--trust] PATH") }
        do {
            let saved = try SessionFile(contentsOf: path)
            let runsCode = !((saved.manifest["definitions"] as? [Any])?.isEmpty ?? true)
                || !((saved.manifest["attributes"] as? [Any])?.isEmpty ?? true)
            if runsCode && !trusted && !saved.isSigned(by: SessionSigner(secretPath: options.sessionSecretPath)) {
                throw REPLError("\(path) was not saved by your labrun (or was changed since), and loading it would run "
                                + "the code of its saved functions and classes, or bind functions of modules to its names; "
                                + "if you trust it, :load --trust \(path)")
            }
            let restored = try restoreSession(from: saved)
            keepForUndo()
            session = restored.session
            session.observer = self
            tracker = restored.tracker
            log = ExecutionLog()
            cursor = restored.cursor
            loadedDefinitions = restored.definitions
            stdout("loaded the session from \(path) (\(restored.variableCount) variable\(restored.variableCount == 1 ? "" : "s"))\n")
            if let lab = saved.manifest["lab"] as? String, lab != file.path {
                note("the session was saved over \(lab); its cell statuses apply to \(file.path) by cell number")
            }
            let edited = applyEdits(savedSources: restored.sources)
            if !edited.isEmpty { note("edited since the save: cells \(edited.map(String.init).joined(separator: ", "))") }
        } catch {
            fail("\(error); the session is unchanged")
        }
    }

    private func restoreSession(from saved: SessionFile) throws -> (session: Session, tracker: StaleTracker, cursor: Int,
                                                                    variableCount: Int, definitions: [String: String], sources: [Int: String]) {
        let manifest = saved.manifest
        guard let globals = manifest["globals"] as? [[Any]], let objects = manifest["objects"] as? [Any],
              let definitionList = manifest["definitions"] as? [[String: String]], let cells = manifest["cells"] as? [[String: Any]],
              let randomEntry = manifest["random"] as? [String: Any] else {
            throw REPLError("the session file is damaged: its manifest lacks required fields")
        }
        let fresh = makeSession()
        let interpreter = fresh.interpreter
        var defined: [String: Value] = [:]
        var definitions: [String: String] = [:]
        let attributes = Set(manifest["attributes"] as? [String] ?? [])
        if attributes.contains("__future__.annotations") {
            // The session had postponed annotations on: its definitions were made that way.
            _ = try interpreter.execute("from __future__ import annotations", filename: "<session>")
        }
        for entry in definitionList {
            guard let name = entry["name"], let source = entry["source"] else { continue }
            do {
                _ = try interpreter.execute(source, filename: "<session>")
            } catch {
                throw REPLError("the saved definition of \(name) does not run: \(CellError(error).exceptionLine)")
            }
            defined[name] = interpreter.global(name)
            definitions[name] = source
        }
        let decoder = SessionValueDecoder(interpreter: interpreter, objects: objects, shared: manifest["shared"] as? [Any] ?? [],
                                          payload: saved.payload, definitions: defined,
                                          attributes: attributes)
        var values: [(String, Value)] = []
        for pair in globals {
            guard pair.count == 2, let name = pair[0] as? String else { throw REPLError("the session file is damaged: malformed variable") }
            values.append((name, try decoder.decode(pair[1])))
        }
        // Rebuilding objects (a trainer seeds its streams as trl does) may draw from or reseed the
        // session's streams: they are set last.
        interpreter.randomState = try randomState(randomEntry, payload: saved.payload)
        try restoreSessionStates(manifest["sessionStates"], into: interpreter, payload: saved.payload)
        for name in interpreter.globalNames { interpreter.deleteGlobal(name) }
        for (name, value) in values { interpreter.setGlobal(name, value) }
        var records: [Int: CellRecord] = [:]
        var sources: [Int: String] = [:]
        for entry in cells {
            let (number, record, source) = try cellRecord(entry)
            records[number] = record
            sources[number] = source
        }
        var tracker = StaleTracker(records: records, sequence: manifest["sequence"] as? Int ?? 0)
        for name in manifest["unsaved"] as? [String] ?? [] {
            // A cell whose value could not be saved has not really run in the loaded session.
            for (number, record) in records where record.writes.contains(name) && record.status == .ok {
                tracker.markStale(number, reason: "\(name) was not saved with the session")
            }
        }
        return (fresh, tracker, manifest["cursor"] as? Int ?? 0, values.count, definitions, sources)
    }

    /// Restores the states native modules registered (the ML modules' random streams), by name.
    private func restoreSessionStates(_ entries: Any?, into interpreter: Interpreter, payload: Data) throws {
        guard let entries else { return }
        guard let list = entries as? [[String: Any]] else { throw REPLError("the session file is damaged: malformed session states") }
        for entry in list {
            guard let name = entry["name"] as? String, let offset = entry["offset"] as? Int, let length = entry["length"] as? Int,
                  offset >= 0, length >= 0, offset <= payload.count, length <= payload.count - offset else {
                throw REPLError("the session file is damaged: malformed session state")
            }
            guard let state = interpreter.sessionStates.first(where: { $0.persistentName == name }) else {
                throw REPLError("the session file saves the \(name), which this labrun does not have")
            }
            do {
                try state.restorePersistentState(payload.subdata(in: offset..<offset + length))
            } catch {
                throw REPLError("the session file is damaged: its \(name) do not read back")
            }
        }
    }

    private func randomState(_ entry: [String: Any], payload: Data) throws -> RandomState {
        guard let offset = entry["offset"] as? Int, let count = entry["words"] as? Int, let index = entry["index"] as? Int,
              offset >= 0, count == 624, offset <= payload.count, count * 4 <= payload.count - offset else {
            throw REPLError("the session file is damaged: malformed random state")
        }
        let bytes = [UInt8](payload[payload.startIndex + offset..<payload.startIndex + offset + count * 4])
        let words = (0..<count).map { UInt32(littleEndianBytes: bytes[$0 * 4..<$0 * 4 + 4]) }
        let state = RandomState(words: words, index: index, gaussNext: (entry["gaussNext"] as? String).flatMap(Double.init))
        guard state.isValid else { throw REPLError("the session file is damaged: malformed random state") }
        return state
    }

    private func sessionEntry(number: Int, record: CellRecord) -> [String: Any] {
        var entry: [String: Any] = [
            "number": number, "status": record.status.rawValue, "reads": record.reads.sorted(),
            "writes": record.writes.sorted(), "sequence": record.sequence,
        ]
        if let reason = record.staleReason { entry["staleReason"] = reason }
        if let result = record.result {
            entry["source"] = result.cell.source
            entry["wallTime"] = result.wallTime
            entry["outputs"] = result.outputs.map(SessionOutput.encode)
        }
        return entry
    }

    private func cellRecord(_ entry: [String: Any]) throws -> (Int, CellRecord, String?) {
        guard let number = entry["number"] as? Int, let statusText = entry["status"] as? String,
              let status = CellStatus(rawValue: statusText), let reads = entry["reads"] as? [String],
              let writes = entry["writes"] as? [String] else {
            throw REPLError("the session file is damaged: malformed cell entry")
        }
        var record = CellRecord(status: status, reads: Set(reads), writes: Set(writes), result: nil,
                                staleReason: entry["staleReason"] as? String, sequence: entry["sequence"] as? Int ?? 0)
        let source = entry["source"] as? String
        if let source, let outputs = entry["outputs"] as? [[String: String]] {
            let cell = file.cells.first { $0.number == number }
                ?? Cell(number: number, kind: .code, title: nil, source: source, firstLine: 1, markerLine: nil)
            let end = Date()
            let start = end.addingTimeInterval(-(entry["wallTime"] as? Double ?? 0))
            record.result = CellResult(cell: cell, executionCount: nil, outputs: try outputs.map(SessionOutput.decode),
                                       startDate: start, endDate: end)
        }
        return (number, record, source)
    }

    /// Marks as edited the cells whose source differs from the source they ran with.
    private func applyEdits(savedSources: [Int: String]) -> [Int] {
        var edited: [Int] = []
        for (number, source) in savedSources.sorted(by: { $0.key < $1.key }) {
            guard let cell = file.cells.first(where: { $0.number == number }), cell.source != source else { continue }
            tracker.markEdited(number)
            tracker.propagate(tracker.record(number).writes, from: .editedCell(number))
            edited.append(number)
        }
        return edited
    }
}

/// A cell output as a session file stores it: text only (tracebacks keep their exception line).
enum SessionOutput {
    static func encode(_ output: CellOutput) -> [String: String] {
        switch output {
        case .stream(let stream, let text): return ["stream": stream.rawValue, "text": text]
        case .note(let text): return ["note": text]
        case .result(let bundle): return ["result": bundle.plainText]
        case .display(let bundle): return ["display": bundle.plainText]
        case .error(let error): return ["error": error.typeName, "message": error.message]
        }
    }

    static func decode(_ entry: [String: String]) throws -> CellOutput {
        if let name = entry["stream"], let stream = StreamName(rawValue: name), let text = entry["text"] { return .stream(stream, text) }
        if let text = entry["note"] { return .note(text) }
        if let text = entry["result"] { return .result(MimeBundle(plainText: text)) }
        if let text = entry["display"] { return .display(MimeBundle(plainText: text)) }
        if let typeName = entry["error"] {
            return .error(CellError(typeName: typeName, message: entry["message"] ?? "", frames: []))
        }
        throw REPLError("the session file is damaged: malformed cell output")
    }
}
