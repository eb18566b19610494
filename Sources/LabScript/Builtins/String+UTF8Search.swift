import Foundation

/// Substring search over UTF-8 bytes for `split(sep)` and `replace`. UTF-8 is self-synchronizing,
/// so a match of a valid needle always starts and ends on code-point boundaries, and cutting or
/// joining there gives exactly the code-point result.
enum UTF8Search {
    /// The start offsets of the non-overlapping occurrences of `needle` in `haystack`, scanning
    /// from the left, at most `limit` of them (all when `limit` is negative). `needle` is not empty.
    static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, limit: Int) -> [Int] {
        var found: [Int] = []
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h, let hay = haystack.baseAddress, let pin = needle.baseAddress else { return found }
        let first = Int32(pin[0])
        var i = 0
        while i <= h - n && (limit < 0 || found.count < limit) {
            guard let hit = memchr(hay + i, first, h - n + 1 - i) else { break }
            let at = hay.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if n == 1 || memcmp(hay + at + 1, pin + 1, n - 1) == 0 {
                found.append(at)
                i = at + n
            } else {
                i = at + 1
            }
        }
        return found
    }

    /// `s.split(sep, maxsplit)` scanning from the left (`limit` = maxsplit, negative for all).
    static func split(_ s: String, _ sep: String, limit: Int) -> [Value] {
        withBytes(s) { hay in
            withBytes(sep) { pin in
                let cuts = occurrences(of: pin, in: hay, limit: limit)
                var parts: [Value] = []
                parts.reserveCapacity(cuts.count + 1)
                var start = 0
                for at in cuts {
                    parts.append(.str(String(decoding: UnsafeBufferPointer(rebasing: hay[start..<at]), as: UTF8.self)))
                    start = at + pin.count
                }
                parts.append(.str(String(decoding: UnsafeBufferPointer(rebasing: hay[start...]), as: UTF8.self)))
                return parts
            }
        }
    }

    /// `s.replace(old, new, count)` for a non-empty `old` (`limit` = count, negative for all).
    static func replace(_ s: String, _ old: String, _ new: String, limit: Int) -> String {
        withBytes(s) { hay in
            withBytes(old) { pin in
                let cuts = occurrences(of: pin, in: hay, limit: limit)
                if cuts.isEmpty { return s }
                return withBytes(new) { with in
                    let total = hay.count + cuts.count * (with.count - pin.count)
                    return String(unsafeUninitializedCapacity: total) { out in
                        var start = 0, written = 0
                        func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                            (out.baseAddress! + written).update(from: base, count: bytes.count)
                            written += bytes.count
                        }
                        for at in cuts {
                            copy(UnsafeBufferPointer(rebasing: hay[start..<at]))
                            copy(with)
                            start = at + pin.count
                        }
                        copy(UnsafeBufferPointer(rebasing: hay[start...]))
                        return written
                    }
                }
            }
        }
    }

    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = s
        return copy.withUTF8(body)
    }
}
