import CReadline
import Foundation

/// Reads lines on a terminal with GNU readline: line editing, history kept in a file (bounded),
/// tab completion through a `REPLCompleter`, and Ctrl-C at the prompt dropping the line.
///
/// Uses readline's callback interface in a `poll` loop, so that a Ctrl-C (reported through
/// `interrupt()` from the signal handler) can end the wait for input.
public final class ReadlineLineReader: REPLLineReader {
    /// Lines kept in the history file.
    public static let historyLimit: Int32 = 1000

    private let historyPath: String
    private let wakeup: (read: Int32, write: Int32)
    /// Makes a completer for the session as it is now (the REPL replaces its session on :reset).
    private let makeCompleter: () -> REPLCompleter

    nonisolated(unsafe) private static var current: ReadlineLineReader?
    nonisolated(unsafe) private static var finishedLine: REPLInput?
    nonisolated(unsafe) private static var candidates: [String] = []

    public init(historyPath: String, completer: @escaping () -> REPLCompleter) {
        self.historyPath = historyPath
        self.makeCompleter = completer
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        wakeup = (fds[0], fds[1])
        _ = fcntl(wakeup.read, F_SETFL, O_NONBLOCK)
        rl_readline_name = UnsafePointer(strdup("labrun"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 1
        rl_completer_word_break_characters = UnsafePointer(strdup(REPLCompleter.wordBreakCharacters))
        rl_attempted_completion_function = { text, start, end in ReadlineLineReader.complete(text, start, end) }
        using_history()
        stifle_history(Self.historyLimit)
        _ = read_history(historyPath)
        Self.current = self
    }

    deinit {
        close(wakeup.read)
        close(wakeup.write)
    }

    public func readLine(prompt: String) -> REPLInput {
        Self.finishedLine = nil
        rl_callback_handler_install(prompt) { line in
            // Removing the handler here keeps readline from showing the prompt again at once.
            rl_callback_handler_remove()
            guard let line else {
                ReadlineLineReader.finishedLine = .end
                return
            }
            let text = String(cString: line)
            free(line)
            ReadlineLineReader.finishedLine = .line(text)
        }
        defer { rl_callback_handler_remove() }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakeup.read, events: Int16(POLLIN), revents: 0)]
        while Self.finishedLine == nil {
            guard poll(&fds, 2, -1) >= 0 else { continue }
            if fds[1].revents != 0 {
                drainWakeup()
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            if fds[0].revents != 0 { rl_callback_read_char() }
        }
        let input = Self.finishedLine ?? .end
        if case .line(let text) = input, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(text)
            _ = write_history(historyPath)
        }
        return input
    }

    /// True while characters of a paste wait on the terminal: the REPL then keeps a blank line
    /// inside the pasted block instead of running what came before it.
    public var hasPendingInput: Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents & Int16(POLLIN) != 0
    }

    public func interrupt() {
        var byte: UInt8 = 1
        _ = write(wakeup.write, &byte, 1)
    }

    private func drainWakeup() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeup.read, &buffer, buffer.count) > 0 {}
    }

    /// readline's completion hook: completes from the line up to the cursor.
    private static func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1
        guard let reader = current, let buffer = rl_line_buffer else { return nil }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: Int(end))
        let line = String(decoding: bytes, as: UTF8.self)
        let completion = reader.makeCompleter().complete(line)
        candidates = completion.candidates
        let isCommand = line.trimmingCharacters(in: .whitespaces).hasPrefix(":") && !line.contains(" ")
        rl_completion_append_character = isCommand ? 32 : 0
        guard !candidates.isEmpty, let text else { return nil }
        return rl_completion_matches(text) { _, state in
            if state == 0 { ReadlineLineReader.candidateIndex = 0 }
            guard ReadlineLineReader.candidateIndex < ReadlineLineReader.candidates.count else { return nil }
            defer { ReadlineLineReader.candidateIndex += 1 }
            return strdup(ReadlineLineReader.candidates[ReadlineLineReader.candidateIndex])
        }
    }

    nonisolated(unsafe) private static var candidateIndex = 0
}
