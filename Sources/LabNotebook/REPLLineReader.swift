import Foundation

/// What reading one line of input gave.
public enum REPLInput: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line being typed is dropped.
    case interrupted
    /// End of input (Ctrl-D, or the end of a piped script).
    case end
}

/// Where the REPL's input comes from: readline on a terminal, plain lines from a pipe, or a
/// list of lines in tests.
public protocol REPLLineReader: AnyObject {
    /// Reads one line, showing `prompt` when the reader shows prompts.
    func readLine(prompt: String) -> REPLInput
    /// Called from the Ctrl-C handler while the REPL waits at the prompt.
    func interrupt()
    /// Whether more input has already arrived (the rest of a paste), so the line just read was
    /// not typed on its own.
    var hasPendingInput: Bool { get }
}

extension REPLLineReader {
    public var hasPendingInput: Bool { false }
}

/// Reads lines from a file handle (stdin when it is not a terminal): no prompts, no editing.
/// Linear in the input, however long its lines: each byte is scanned once.
public final class PlainLineReader: REPLLineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`, and how far a newline has been looked for.
    private var start = 0
    private var scanned = 0
    private var atEnd = false

    public init(handle: FileHandle = .standardInput) {
        self.handle = handle
    }

    public func readLine(prompt: String) -> REPLInput {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1; scanned = start }
                return .line(Self.decode(buffer[start..<newline]))
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return .end }
                defer { start = buffer.count; scanned = start }
                return .line(Self.decode(buffer[start...]))
            }
            // Drop the lines already returned before reading more.
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            let chunk = handle.availableData
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    public func interrupt() {}

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}

/// Hands out fixed lines, then the end of input (for tests and for `watch`).
public final class ScriptedLineReader: REPLLineReader {
    private var lines: [String]

    public init(_ lines: [String]) {
        self.lines = lines
    }

    public func readLine(prompt: String) -> REPLInput {
        lines.isEmpty ? .end : .line(lines.removeFirst())
    }

    public func interrupt() {}
}
