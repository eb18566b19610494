/// Strict UTF-8 checking with CPython's UnicodeDecodeError messages ("'utf-8' codec can't decode
/// byte 0xff in position 0: invalid start byte"), for every layer that reads text files.
public enum UTF8Decoding {
    /// The reason given for a sequence cut off by the end of the data.
    public static let unexpectedEnd = "unexpected end of data"

    /// A decoding failure: the bad bytes' range (relative to the decoded data) and the reason.
    public struct Failure: Error {
        public let start: Int
        public let end: Int
        public let byte: UInt8
        public let reason: String

        /// CPython's message, without the exception name.
        public var message: String {
            if end - start == 1 {
                return "'utf-8' codec can't decode byte 0x\(String(byte, radix: 16, uppercase: false).leftPadded(2)) in position \(start): \(reason)"
            }
            return "'utf-8' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
    }

    /// The first invalid sequence in `bytes`, classified as CPython's decoder does.
    public static func firstFailure<C: Collection>(_ bytes: C) -> Failure? where C.Element == UInt8, C.Index == Int {
        let base = bytes.startIndex, end = bytes.endIndex
        var i = base
        while i < end {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xED: length = 3; high = 0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; low = 0x90
            case 0xF4: length = 4; high = 0x8F
            case 0xF1...0xF3: length = 4
            default: return Failure(start: i - base, end: i - base + 1, byte: lead, reason: "invalid start byte")
            }
            for k in 1..<length {
                guard i + k < end else {
                    return Failure(start: i - base, end: end - base, byte: lead, reason: unexpectedEnd)
                }
                let byte = bytes[i + k]
                let ok = k == 1 ? (low...high).contains(byte) : (0x80...0xBF).contains(byte)
                if !ok { return Failure(start: i - base, end: i - base + k, byte: lead, reason: "invalid continuation byte") }
            }
            i += length
        }
        return nil
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
