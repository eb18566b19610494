import Foundation
import JSONText

/// A text file opened with `open()`: a file descriptor read in chunks and written through a
/// buffer, as CPython's TextIOWrapper over a BufferedReader/Writer. Bytes are decoded as strict
/// UTF-8, so invalid input raises UnicodeDecodeError.
public final class PyFile: PyObject {
    public let path: String
    public let mode: String
    private var descriptor: Int32
    /// Bytes read from the descriptor and not yet returned.
    private var readBuffer: [UInt8] = []
    private var readOffset = 0
    private var atEnd = false
    /// Bytes of `readBuffer` before this index are checked UTF-8.
    private var validated = 0
    private var writeBuffer: [UInt8] = []
    public private(set) var closed = false
    /// `open()`'s newline: nil (universal) reads "\r\n" and "\r" as "\n"; "" keeps line ends and
    /// ends lines at any of "\n", "\r", "\r\n"; "\n", "\r" and "\r\n" end lines at that string
    /// only, and the last two replace each "\n" written.
    let newline: String?
    /// In universal mode a chunk ended with "\r": a "\n" starting the next chunk belongs to it.
    private var pendingCR = false
    /// A file of `tempfile.NamedTemporaryFile(delete=True)`: the path unlinked when it closes.
    var removeOnClose: String?
    /// `.name` when it is not the path (`TemporaryFile`'s is its descriptor).
    var nameValue: Value?

    init(path: String, mode: String, descriptor: Int32, newline: String? = nil) {
        self.path = path
        self.mode = mode
        self.descriptor = descriptor
        self.newline = newline
    }
    public override var pyType: PyType { .textFile }
    deinit { try? close() }

    var isReadable: Bool { mode.contains("r") || mode.contains("+") }
    var isWritable: Bool { !mode.contains("r") || mode.contains("+") }

    func close() throws {
        guard !closed else { return }
        closed = true
        defer {
            Glibc.close(descriptor)
            descriptor = -1
            if let path = removeOnClose { unlink(path) }
        }
        try flush()
    }

    /// `seek(0)` and `seek(0, 2)`: the two positions a text file can reach without a `tell()`
    /// cookie (labrun has no `tell()`). Returns the new byte position.
    func seek(_ offset: Int, whence: Int) throws -> Int {
        switch (offset, whence) {
        case (_, 1) where offset != 0: throw PyException(.unsupportedOperation, "can't do nonzero cur-relative seeks")
        case (_, 2) where offset != 0: throw PyException(.unsupportedOperation, "can't do nonzero end-relative seeks")
        case (0, 0), (0, 2): break
        case (_, 0) where offset < 0: throw PyException.valueError("negative seek position \(offset)")
        case (_, 0): throw PyException(.notImplementedError, "seek to a position other than the start or the end is not supported by labrun")
        default: throw PyException.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
        try flush()
        let position = lseek(descriptor, 0, whence == 2 ? SEEK_END : SEEK_SET)
        if position < 0 { throw PyFile.systemError(errno) }
        readBuffer.removeAll(keepingCapacity: true)
        readOffset = 0
        validated = 0
        atEnd = false
        pendingCR = false
        return Int(position)
    }

    func flush() throws {
        guard !writeBuffer.isEmpty else { return }
        defer { writeBuffer.removeAll(keepingCapacity: true) }
        if let code = SystemIO.writeAll(descriptor, writeBuffer) { throw PyFile.systemError(code) }
    }

    func write(_ text: String) throws {
        if let newline, newline == "\r" || newline == "\r\n" {
            writeBuffer.append(contentsOf: text.replacingOccurrences(of: "\n", with: newline).utf8)
        } else {
            writeBuffer.append(contentsOf: text.utf8)
        }
        if writeBuffer.count > 1 << 16 { try flush() }
    }

    /// Reads the rest of the file.
    func readAll() throws -> String {
        while try fill() {}
        return try take(readBuffer.count - readOffset)
    }

    /// Reads up to `count` characters. Positions are kept relative to `readOffset`, since
    /// `fill()` may drop the bytes before it and shift the buffer.
    func read(characters count: Int) throws -> String {
        var length = 0, taken = 0
        while taken < count {
            if readOffset + length == readBuffer.count { guard try fill() else { break } }
            let sequence = PyFile.sequenceLength(readBuffer[readOffset + length])
            while readOffset + length + sequence > readBuffer.count, try fill() {}
            length = min(length + sequence, readBuffer.count - readOffset)
            taken += 1
        }
        return try take(length)
    }

    /// Reads through the next line end (or to the end): linear in the line's length.
    func readLine() throws -> String {
        // Counted from readOffset, which moves when fill() drops consumed bytes.
        var scanned = 0
        while true {
            if let end = lineEnd(from: readOffset + scanned) { return try take(end - readOffset) }
            // Look at the last byte again: a "\r" there may be followed by "\n".
            scanned = max(0, readBuffer.count - 1 - readOffset)
            guard try fill() else { return try take(readBuffer.count - readOffset) }
        }
    }

    /// The index just past the first line end at or after `start`, or nil when the buffer holds
    /// none yet (or cannot tell whether a final "\r" is followed by "\n").
    private func lineEnd(from start: Int) -> Int? {
        let rest = readBuffer[start...]
        switch newline {
        case ""?:
            guard let i = rest.firstIndex(where: { $0 == 0x0a || $0 == 0x0d }) else { return nil }
            if readBuffer[i] == 0x0a { return i + 1 }
            if i + 1 < readBuffer.count { return readBuffer[i + 1] == 0x0a ? i + 2 : i + 1 }
            return atEnd ? i + 1 : nil
        case "\r"?:
            return rest.firstIndex(of: 0x0d).map { $0 + 1 }
        case "\r\n"?:
            var i = start
            while let j = readBuffer[i...].firstIndex(of: 0x0d), j + 1 < readBuffer.count {
                if readBuffer[j + 1] == 0x0a { return j + 2 }
                i = j + 1
            }
            return nil
        default:
            return rest.firstIndex(of: 0x0a).map { $0 + 1 }
        }
    }

    /// Reads one more chunk into the buffer; false at end of file.
    private func fill() throws -> Bool {
        guard !atEnd else { return false }
        if readOffset > 1 << 16 && readOffset * 2 > readBuffer.count {
            readBuffer.removeFirst(readOffset)
            validated -= readOffset
            readOffset = 0
        }
        let chunk = 1 << 16
        let start = readBuffer.count
        readBuffer.append(contentsOf: repeatElement(0, count: chunk))
        var n: Int
        repeat {
            n = readBuffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + start, chunk) }
        } while n < 0 && errno == EINTR
        readBuffer.removeLast(chunk - max(n, 0))
        if n < 0 { throw PyFile.systemError(errno) }
        if n == 0 { atEnd = true }
        if newline == nil && n > 0 {
            translateLineEnds(from: start)
            // A chunk that was only the "\n" of a "\r\n" adds nothing: read on.
            if readBuffer.count == start { return try fill() }
        }
        try validate()
        return n > 0
    }

    /// Universal newlines: "\r\n" and "\r" in the bytes from `start` become "\n", in place.
    private func translateLineEnds(from start: Int) {
        var i = start, out = start
        if pendingCR && i < readBuffer.count && readBuffer[i] == 0x0a { i += 1 }
        pendingCR = false
        while i < readBuffer.count {
            let b = readBuffer[i]
            if b == 0x0d {
                readBuffer[out] = 0x0a
                if i + 1 == readBuffer.count {
                    pendingCR = true
                } else if readBuffer[i + 1] == 0x0a {
                    i += 1
                }
            } else {
                readBuffer[out] = b
            }
            out += 1
            i += 1
        }
        readBuffer.removeLast(readBuffer.count - out)
    }

    /// Checks the bytes read since the last check, as CPython's decoder does chunk by chunk: a
    /// sequence cut off by the chunk's end waits for the next chunk (or for the end of the file).
    private func validate() throws {
        guard let failure = UTF8Decoding.firstFailure(readBuffer[validated...]) else {
            validated = readBuffer.count
            return
        }
        if failure.reason == UTF8Decoding.unexpectedEnd && !atEnd {
            validated += failure.start
            return
        }
        throw PyException(.unicodeDecodeError, failure.message)
    }

    /// Consumes the next `count` buffered (and already checked) bytes.
    private func take(_ count: Int) throws -> String {
        let bytes = readBuffer[readOffset..<readOffset + count]
        readOffset += count
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How many bytes the UTF-8 sequence starting with `lead` takes (1 for invalid leads).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    static func systemError(_ code: Int32) -> PyException {
        let text = String(cString: strerror(code))
        let e = PyException(.osError, args: [.int(Int(code)), .str(text)])
        e.attributes["errno"] = .int(Int(code))
        e.attributes["strerror"] = .str(text)
        return e
    }
}

/// A file the interpreter tracks without keeping it open.
struct WeakFile {
    weak var value: PyFile?
}
