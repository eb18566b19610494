import Foundation

/// Writes a transcript as an nbformat 4.5 notebook (the JSON Jupyter, VS Code and GitHub open),
/// laid out as Jupyter saves it.
///
/// Code cells carry `execution_count`, their outputs (`stream`, `execute_result` with every MIME
/// type of the value, `error` with `ename`, `evalue` and the traceback lines) and, in metadata,
/// Jupyter's `execution` timestamps (`iopub.status.busy` … `shell.execute_reply`) when they ran.
struct IpynbTranscriptWriter {
    let transcript: Transcript
    let formatter: TracebackFormatter

    func data() -> Data {
        Data((notebook().formatted(indent: 1) + "\n").utf8)
    }

    func notebook() -> JSONValue {
        .object([
            "nbformat": .int(4),
            "nbformat_minor": .int(5),
            "metadata": .object([
                "kernelspec": .object(["display_name": .string("Python 3"), "language": .string("python"), "name": .string("python3")]),
                "language_info": .object(["name": .string("python"), "file_extension": .string(".py"), "mimetype": .string("text/x-python")]),
                "labrun": .object(["source": .string(transcript.file.path)]),
            ]),
            "cells": .array(transcript.entries.map(cell)),
        ])
    }

    private func cell(_ entry: Transcript.Entry) -> JSONValue {
        var metadata = entry.cell.metadata
        if let title = entry.cell.title { metadata["title"] = .string(title) }
        var json: [String: JSONValue] = [
            "id": .string(entry.id),
            "cell_type": .string(entry.cell.kind.rawValue),
            "source": multiline(entry.cell.source),
        ]
        if entry.cell.kind == .code {
            json["execution_count"] = entry.result?.executionCount.map(JSONValue.int) ?? .null
            json["outputs"] = .array(entry.result.map { result in result.outputs.map { output($0, count: result.executionCount) } } ?? [])
            if let result = entry.result, result.executionCount != nil { metadata["execution"] = timing(result) }
        }
        json["metadata"] = .object(metadata)
        return .object(json)
    }

    private func output(_ output: CellOutput, count: Int?) -> JSONValue {
        switch output {
        case .stream(let name, let text):
            return .object(["output_type": .string("stream"), "name": .string(name.rawValue), "text": multiline(text)])
        case .note(let text):
            return .object(["output_type": .string("stream"), "name": .string("stderr"), "text": multiline(text + "\n")])
        case .result(let bundle):
            return .object(["output_type": .string("execute_result"), "execution_count": count.map(JSONValue.int) ?? .null,
                            "metadata": .object([:]), "data": .object(bundle.data.mapValues(multiline))])
        case .display(let bundle):
            return .object(["output_type": .string("display_data"), "metadata": .object([:]),
                            "data": .object(bundle.data.mapValues(multiline))])
        case .error(let error):
            return .object(["output_type": .string("error"), "ename": .string(error.typeName), "evalue": .string(error.message),
                            "traceback": .array(formatter.lines(for: error).map(JSONValue.string))])
        }
    }

    private func timing(_ result: CellResult) -> JSONValue {
        let start = JSONValue.string(timestamp(result.startDate)), end = JSONValue.string(timestamp(result.endDate))
        return .object(["iopub.status.busy": start, "iopub.execute_input": start,
                        "shell.execute_reply": end, "iopub.status.idle": end])
    }

    private func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// nbformat's multi-line string: a list of lines, each but the last ending in "\n".
    private func multiline(_ text: String) -> JSONValue {
        var lines: [JSONValue] = []
        var current = ""
        for char in text {
            current.append(char)
            if char == "\n" || char == "\r\n" { lines.append(.string(current)); current = "" }
        }
        if !current.isEmpty { lines.append(.string(current)) }
        return .array(lines)
    }
}
