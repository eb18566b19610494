import Foundation

/// Writes a transcript as an nbformat 4.5 notebook (the JSON Jupyter, VS Code and GitHub open).
///
/// Code cells carry `execution_count`, their outputs (`stream`, `execute_result` with every MIME
/// type of the value, `error` with `ename`, `evalue` and the traceback lines) and, in metadata,
/// Jupyter's `execution` timestamps (`iopub.status.busy` … `shell.execute_reply`) when they ran.
struct IpynbTranscriptWriter {
    let transcript: Transcript
    let formatter: TracebackFormatter

    func data() throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: notebook(),
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(UInt8(ascii: "\n"))
        return data
    }

    func notebook() -> [String: Any] {
        [
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": [
                "kernelspec": ["display_name": "Python 3", "language": "python", "name": "python3"],
                "language_info": ["name": "python", "file_extension": ".py", "mimetype": "text/x-python"],
                "labrun": ["source": transcript.file.path],
            ],
            "cells": transcript.entries.map(cell),
        ]
    }

    private func cell(_ entry: Transcript.Entry) -> [String: Any] {
        var metadata = entry.cell.metadata.mapValues(\.foundation)
        if let title = entry.cell.title { metadata["title"] = title }
        var json: [String: Any] = [
            "id": entry.id,
            "cell_type": entry.cell.kind.rawValue,
            "source": multiline(entry.cell.source),
        ]
        if entry.cell.kind == .code {
            json["execution_count"] = entry.result.map { $0.executionCount as Any } ?? NSNull()
            json["outputs"] = entry.result.map { result in result.outputs.map { output($0, count: result.executionCount) } } ?? []
            if let result = entry.result { metadata["execution"] = timing(result) }
        }
        json["metadata"] = metadata
        return json
    }

    private func output(_ output: CellOutput, count: Int) -> [String: Any] {
        switch output {
        case .stream(let name, let text):
            return ["output_type": "stream", "name": name.rawValue, "text": multiline(text)]
        case .note(let text):
            return ["output_type": "stream", "name": "stderr", "text": multiline(text + "\n")]
        case .result(let bundle):
            return ["output_type": "execute_result", "execution_count": count, "metadata": [String: Any](),
                    "data": bundle.data.mapValues(multiline)]
        case .error(let error):
            return ["output_type": "error", "ename": error.typeName, "evalue": error.message,
                    "traceback": formatter.lines(for: error)]
        }
    }

    private func timing(_ result: CellResult) -> [String: String] {
        let start = timestamp(result.startDate), end = timestamp(result.endDate)
        return ["iopub.status.busy": start, "iopub.execute_input": start,
                "shell.execute_reply": end, "iopub.status.idle": end]
    }

    private func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// nbformat's multi-line string: a list of lines, each but the last ending in "\n".
    private func multiline(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for char in text {
            current.append(char)
            if char == "\n" { lines.append(current); current = "" }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
