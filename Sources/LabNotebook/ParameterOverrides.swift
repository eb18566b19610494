import Foundation
import LabScript

/// Parameter values given on the command line, papermill-style: `-p name=value` (a Python literal)
/// and `--params FILE.json` (a JSON object). `-p` wins over the file for the same name.
public struct ParameterOverrides {
    public var assignments: [String]
    public var jsonFile: String?

    public init(assignments: [String] = [], jsonFile: String? = nil) {
        self.assignments = assignments
        self.jsonFile = jsonFile
    }

    public var isEmpty: Bool { assignments.isEmpty && jsonFile == nil }

    /// The values to inject, in the order given.
    /// - Parameter known: the names the `parameters` cell binds, or nil to accept any name.
    /// - Throws: `UsageError` for a malformed assignment or value, an unreadable or non-object
    ///   JSON file, or a name that isn't `known`.
    public func resolve(with interpreter: Interpreter, known: [String]?) throws -> [(name: String, value: Value)] {
        var values: [(name: String, value: Value)] = []
        func set(_ name: String, _ value: Value) {
            values.removeAll { $0.name == name }
            values.append((name, value))
        }
        for (name, value) in try jsonMembers(interpreter) { set(name, value) }
        for assignment in assignments {
            let (name, text) = try split(assignment)
            do {
                set(name, try interpreter.literal(text))
            } catch {
                throw UsageError("bad value for -p \(name): \(text) is not a Python literal (quote strings: -p \(name)='\(text)')")
            }
        }
        if let known {
            let unknown = values.map(\.name).filter { !known.contains($0) }
            if !unknown.isEmpty {
                let list = known.isEmpty ? "the parameters cell binds no names" : "known parameters: \(known.joined(separator: ", "))"
                throw UsageError("unknown parameter\(unknown.count > 1 ? "s" : "") \(unknown.joined(separator: ", ")); \(list)")
            }
        }
        return values
    }

    private func split(_ assignment: String) throws -> (String, String) {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw UsageError("bad -p \(assignment): expected name=value")
        }
        let name = assignment[..<equals].trimmingCharacters(in: .whitespaces)
        guard isPythonIdentifier(name) else {
            throw UsageError("bad -p \(assignment): '\(name)' is not a Python name")
        }
        return (name, String(assignment[assignment.index(after: equals)...]))
    }

    /// The file's members in file order, read as `json.load` reads them (big integers stay exact).
    private func jsonMembers(_ interpreter: Interpreter) throws -> [(String, Value)] {
        guard let path = jsonFile else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read parameters file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsageError("parameters file \(path) is not UTF-8 text")
        }
        let object: Value
        do {
            object = try interpreter.jsonDecode(text)
        } catch let error as PyException {
            let reason = error.args.first.flatMap { if case .str(let text) = $0 { return text } else { return nil } }
            throw UsageError("parameters file \(path) is not valid JSON" + (reason.map { ": \($0)" } ?? ""))
        }
        guard case .dict(let members) = object else {
            throw UsageError("parameters file \(path) is not a JSON object")
        }
        return members.storage.compactMap { key, value in
            if case .str(let name) = key.value { return (name, value) }
            return nil
        }
    }
}

/// A mistake in how labrun was called (exit status 2), with a one-line message.
public struct UsageError: Error, CustomStringConvertible {
    public let description: String

    public init(_ message: String) {
        description = message
    }
}

func isPythonIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
    return text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
}
