import Foundation

/// SentencePiece's compiled normalization rules: a double-array trie over UTF-8 keys whose values point into
/// a blob of NUL-terminated replacement strings.
///
/// Layout: a little-endian `UInt32` trie size in bytes, the trie's `UInt32` units, then the replacement blob.
struct PrecompiledCharsmap {
    private let units: [UInt32]
    private let replacements: [UInt8]

    /// Parses the decoded charsmap, checking every offset it will later follow.
    init(bytes: [UInt8]) throws {
        guard bytes.count >= 4 else { throw CharsmapError("charsmap is shorter than its 4-byte header") }
        let trieSize = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        guard trieSize % 4 == 0, trieSize >= 4, 4 + trieSize <= bytes.count else {
            throw CharsmapError("charsmap trie size \(trieSize) does not fit its \(bytes.count) bytes")
        }
        units = stride(from: 4, to: 4 + trieSize, by: 4).map { offset in
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        replacements = Array(bytes[(4 + trieSize)...])
    }

    /// The replacement for the shortest key that prefixes `key`, as SentencePiece's normalizer picks it.
    func replacement(for key: Substring.UTF8View) -> String? {
        guard let start = firstPrefixValue(of: key), start < replacements.count else { return nil }
        var end = start
        while end < replacements.count && replacements[end] != 0 { end += 1 }
        return String(decoding: replacements[start..<end], as: UTF8.self)
    }

    private func firstPrefixValue(of key: Substring.UTF8View) -> Int? {
        var position = 0
        guard var unit = unit(at: position) else { return nil }
        position ^= Self.offset(unit)
        for byte in key {
            if byte == 0 { return nil }
            position ^= Int(byte)
            guard let next = self.unit(at: position), next & 0x8000_00FF == UInt32(byte) else { return nil }
            unit = next
            position ^= Self.offset(unit)
            if (unit >> 8) & 1 == 1 {
                guard let leaf = self.unit(at: position) else { return nil }
                return Int(leaf & 0x7FFF_FFFF)
            }
        }
        return nil
    }

    private func unit(at position: Int) -> UInt32? {
        position >= 0 && position < units.count ? units[position] : nil
    }

    private static func offset(_ unit: UInt32) -> Int {
        Int((unit >> 10) << ((unit & (1 << 9)) >> 6))
    }
}

struct CharsmapError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
