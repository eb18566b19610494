/// ASCII fast paths for the hottest str methods. When every byte of a string is ASCII, each code
/// point is one UTF-8 byte, so these work on the bytes directly and give exactly what the general
/// code-point versions give.
extension String {
    /// Runs `body` on the UTF-8 bytes when the string is all ASCII; nil otherwise.
    func withASCII<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var copy = self
        return copy.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            return body(bytes)
        }
    }

    init(ascii bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self = String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}

enum ASCII {
    /// Python's `str.isspace` for one ASCII byte: \t \n \v \f \r, the separators \x1c-\x1f, space.
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || (9...13).contains(b) || (28...31).contains(b) }

    /// `s.lower()` / `s.upper()` for an ASCII string, or nil when it is not ASCII.
    static func changeCase(_ s: String, upper: Bool) -> String? {
        let (from, to): (UInt8, UInt8) = upper ? (97, 122) : (65, 90)
        return s.withASCII { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    out[i] = b >= from && b <= to ? b ^ 0x20 : b
                }
                return bytes.count
            }
        }
    }

    /// `s.strip(chars)` (and lstrip/rstrip) for an ASCII string; nil when `s` is not ASCII.
    /// Non-ASCII characters in `chars` cannot match and are ignored.
    static func strip(_ s: String, chars: String?, left: Bool, right: Bool) -> String? {
        var mask: (UInt64, UInt64) = (0, 0)
        if let chars {
            for u in chars.unicodeScalars where u.value < 128 {
                if u.value < 64 { mask.0 |= 1 << UInt64(u.value) } else { mask.1 |= 1 << UInt64(u.value - 64) }
            }
        }
        func strips(_ b: UInt8) -> Bool {
            guard chars != nil else { return isSpace(b) }
            return b < 64 ? (mask.0 >> UInt64(b)) & 1 == 1 : (mask.1 >> UInt64(b - 64)) & 1 == 1
        }
        return s.withASCII { bytes in
            var lo = 0, hi = bytes.count
            if left { while lo < hi && strips(bytes[lo]) { lo += 1 } }
            if right { while hi > lo && strips(bytes[hi - 1]) { hi -= 1 } }
            if lo == 0 && hi == bytes.count { return s }
            return String(ascii: bytes[lo..<hi])
        }
    }

    /// `s.split()` (whitespace, no maxsplit) for an ASCII string; nil when it is not ASCII.
    static func splitWhitespace(_ s: String) -> [Value]? {
        s.withASCII { bytes in
            var parts: [Value] = []
            var i = 0
            while i < bytes.count {
                while i < bytes.count && isSpace(bytes[i]) { i += 1 }
                if i == bytes.count { break }
                var j = i
                while j < bytes.count && !isSpace(bytes[j]) { j += 1 }
                parts.append(.str(String(ascii: bytes[i..<j])))
                i = j
            }
            return parts
        }
    }
}
