/// The one JSON reader every layer uses: RFC 8259 text with Python `json`'s error messages and
/// positions, exact integers, members in the order written, and nesting kept on a heap stack (no
/// machine-stack recursion, whatever the depth), bounded by `Options.maxDepth`.
///
/// Numbers follow Python's grammar (`-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`): what does not match
/// ends the number, so "01" and "1." leave "Extra data".
public struct JSONReader {
    public struct Options {
        /// Whether a key written twice in one object is an error (safetensors) or both members are
        /// passed on in order (Python's `json` then keeps the last value at the first position).
        public var rejectDuplicateKeys = false
        /// Python's `NaN`, `Infinity` and `-Infinity`.
        public var allowNonFinite = false
        /// Containers may nest this deep; one more level throws `.tooDeep`.
        public var maxDepth = 1000
        /// Skip a leading UTF-8 byte order mark (tokenizer.json, datasets); otherwise it is an error,
        /// as in Python's `json.loads`.
        public var skipByteOrderMark = false
        /// A `\uD800`-style escape without its pair is an error instead of U+FFFD.
        public var rejectLoneSurrogates = false
        /// Check the bytes are UTF-8 first (when they do not come from a Swift string).
        public var validateUTF8 = false
        /// Called every few thousand values, so a long read can be interrupted by throwing.
        public var poll: (() throws -> Void)?
        /// Pass every number's text to the builder's `number(text:isInteger:)`.
        public var numberText = false

        public init(rejectDuplicateKeys: Bool = false, allowNonFinite: Bool = false, maxDepth: Int = 1000,
                    skipByteOrderMark: Bool = false, rejectLoneSurrogates: Bool = false,
                    validateUTF8: Bool = false, poll: (() throws -> Void)? = nil) {
            self.rejectDuplicateKeys = rejectDuplicateKeys
            self.allowNonFinite = allowNonFinite
            self.maxDepth = maxDepth
            self.skipByteOrderMark = skipByteOrderMark
            self.rejectLoneSurrogates = rejectLoneSurrogates
            self.validateUTF8 = validateUTF8
            self.poll = poll
        }
    }

    /// Reads exactly one JSON value (surrounded by whitespace only) from UTF-8 `bytes`.
    @inlinable
    public static func read<B: JSONBuilder>(_ bytes: UnsafeBufferPointer<UInt8>, options: Options = .init(),
                                            into builder: inout B) throws -> B.Value {
        if options.validateUTF8, let failure = UTF8Decoding.firstFailure(bytes) {
            throw JSONReadError(.invalidUTF8, failure.message, byteOffset: failure.start, in: bytes)
        }
        var scanner = Scanner(bytes: bytes, options: options)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard options.skipByteOrderMark else { throw scanner.error("Unexpected UTF-8 BOM (decode using utf-8-sig)") }
            scanner.index = 3
        }
        scanner.skipWhitespace()
        let value = try scanner.document(&builder)
        scanner.skipWhitespace()
        if scanner.index < bytes.count { throw scanner.error("Extra data") }
        return value
    }

    /// Python's `raw_decode`: one value starting exactly at character `offset` of `text` (no
    /// whitespace skipped), and the character offset just past it.
    public static func readPrefix<B: JSONBuilder>(_ text: String, fromCharacter offset: Int, options: Options = .init(),
                                                  into builder: inout B) throws -> (value: B.Value, end: Int) {
        var text = text
        return try text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, options: options)
            var scalars = 0
            while scalars < offset && scanner.index < bytes.count {
                scanner.index += 1
                while scanner.index < bytes.count && bytes[scanner.index] & 0xC0 == 0x80 { scanner.index += 1 }
                scalars += 1
            }
            let start = scanner.index
            if let c = scanner.current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { throw scanner.error("Expecting value") }
            let value = try scanner.document(&builder)
            var end = offset
            for byte in bytes[start..<scanner.index] where byte & 0xC0 != 0x80 { end += 1 }
            return (value, end)
        }
    }

    /// Reads one value from a string.
    @inlinable
    public static func read<B: JSONBuilder>(_ text: String, options: Options = .init(), into builder: inout B) throws -> B.Value {
        var text = text
        return try text.withUTF8 { try read($0, options: options, into: &builder) }
    }

    /// Reads one value from bytes, which are checked to be UTF-8.
    @inlinable
    public static func read<B: JSONBuilder>(_ bytes: [UInt8], options: Options = .init(), into builder: inout B) throws -> B.Value {
        var options = options
        options.validateUTF8 = true
        return try bytes.withUnsafeBufferPointer { try read($0, options: options, into: &builder) }
    }
}

@usableFromInline
enum Byte {
    @usableFromInline static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")
    @usableFromInline static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    @usableFromInline static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    @usableFromInline static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9"), minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+")
}

/// The reader's state; inlinable so each caller's builder gets a specialized copy (about five
/// times faster than calling through the generic builder).
@usableFromInline
struct Scanner {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let options: JSONReader.Options
    @usableFromInline var index = 0
    @usableFromInline var valuesSincePoll = 0

    @inlinable init(bytes: UnsafeBufferPointer<UInt8>, options: JSONReader.Options) {
        self.bytes = bytes
        self.options = options
    }

    /// An open container on the heap stack (mutated in place, so appending never copies).
    @usableFromInline
    struct Frame<V> {
        @usableFromInline var isObject: Bool
        @usableFromInline var items: [V] = []
        @usableFromInline var members: [(key: String, value: V)] = []
        /// The key of the member being read, and the keys so far when duplicates are rejected.
        @usableFromInline var key = ""
        @usableFromInline var keys: Set<String> = []

        @inlinable init(isObject: Bool, key: String = "") {
            self.isObject = isObject
            self.key = key
        }
    }

    @usableFromInline func error(_ message: String, at position: Int? = nil) -> JSONReadError {
        JSONReadError(.syntax, message, byteOffset: position ?? index, in: bytes)
    }

    @inlinable var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    @inlinable mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// The value at `index` (whitespace skipped), containers included.
    @inlinable mutating func document<B: JSONBuilder>(_ builder: inout B) throws -> B.Value {
        var stack: [Frame<B.Value>] = []
        while true {
            // Start a value: a scalar completes at once, a non-empty container opens a frame.
            var value: B.Value
            switch current {
            case Byte.openBracket?:
                try enter(depth: stack.count, "array")
                index += 1
                skipWhitespace()
                if current == Byte.closeBracket {
                    index += 1
                    value = try builder.array([])
                } else {
                    stack.append(Frame(isObject: false))
                    continue
                }
            case Byte.openBrace?:
                try enter(depth: stack.count, "object")
                index += 1
                skipWhitespace()
                if current == Byte.closeBrace {
                    index += 1
                    value = try builder.object([])
                } else {
                    stack.append(Frame(isObject: true, key: try key(after: nil)))
                    continue
                }
            default:
                value = try scalar(&builder)
            }
            valuesSincePoll += 1
            if valuesSincePoll >= 4096, let poll = options.poll {
                valuesSincePoll = 0
                try poll()
            }
            // Complete the value: add it to the open container; close containers that end here.
            while !stack.isEmpty {
                skipWhitespace()
                let top = stack.count - 1
                if stack[top].isObject {
                    let key = stack[top].key
                    stack[top].members.append((key, value))
                    if options.rejectDuplicateKeys { stack[top].keys.insert(key) }
                    if current == Byte.comma {
                        index += 1
                        skipWhitespace()
                        stack[top].key = try self.key(after: options.rejectDuplicateKeys ? stack[top].keys : nil)
                        break
                    }
                    guard current == Byte.closeBrace else { throw error("Expecting ',' delimiter") }
                    index += 1
                    value = try builder.object(stack.removeLast().members)
                } else {
                    stack[top].items.append(value)
                    if current == Byte.comma {
                        index += 1
                        skipWhitespace()
                        break
                    }
                    guard current == Byte.closeBracket else { throw error("Expecting ',' delimiter") }
                    index += 1
                    value = try builder.array(stack.removeLast().items)
                }
            }
            if stack.isEmpty { return value }
        }
    }

    @usableFromInline func enter(depth: Int, _ container: String) throws {
        if depth >= options.maxDepth {
            throw JSONReadError(.tooDeep(container: container), "nesting deeper than \(options.maxDepth) levels",
                                byteOffset: index, in: bytes)
        }
    }

    /// A member's key and its ':' (whitespace after both skipped); `seen` holds the object's keys
    /// so far when duplicates are rejected.
    @usableFromInline mutating func key(after seen: Set<String>?) throws -> String {
        guard current == Byte.quote else { throw error("Expecting property name enclosed in double quotes") }
        let start = index
        let key = try string()
        if let seen, seen.contains(key) {
            throw JSONReadError(.duplicateKey(key), "Duplicate key '\(key)'", byteOffset: start, in: bytes)
        }
        skipWhitespace()
        guard current == Byte.colon else { throw error("Expecting ':' delimiter") }
        index += 1
        skipWhitespace()
        return key
    }

    @inlinable mutating func scalar<B: JSONBuilder>(_ builder: inout B) throws -> B.Value {
        switch current {
        case Byte.quote?: return try builder.string(try string())
        case UInt8(ascii: "n")?: if literal("null") { return try builder.null() }
        case UInt8(ascii: "t")?: if literal("true") { return try builder.bool(true) }
        case UInt8(ascii: "f")?: if literal("false") { return try builder.bool(false) }
        case UInt8(ascii: "N")?: if options.allowNonFinite, literal("NaN") { return try builder.float(.nan) }
        case UInt8(ascii: "I")?: if options.allowNonFinite, literal("Infinity") { return try builder.float(.infinity) }
        case Byte.minus?:
            if options.allowNonFinite, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "I") {
                index += 1
                if literal("Infinity") { return try builder.float(-.infinity) }
                index -= 1
            }
            if let number = try number(&builder) { return number }
        default:
            if let number = try number(&builder) { return number }
        }
        throw error("Expecting value")
    }

    @usableFromInline mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] { return false }
        index += count
        return true
    }

    @inlinable func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= Byte.zero && bytes[at] <= Byte.nine }

    /// A number by Python's grammar, or nil (nothing consumed) if none starts here.
    @inlinable mutating func number<B: JSONBuilder>(_ builder: inout B) throws -> B.Value? {
        let start = index
        var end = index
        if end < bytes.count, bytes[end] == Byte.minus { end += 1 }
        guard isDigit(end) else { return nil }
        if bytes[end] == Byte.zero { end += 1 } else { while isDigit(end) { end += 1 } }
        let integerEnd = end
        if end < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(end + 1) {
            end += 2
            while isDigit(end) { end += 1 }
        }
        if end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e") {
            var exponent = end + 1
            if exponent < bytes.count, bytes[exponent] == Byte.plus || bytes[exponent] == Byte.minus { exponent += 1 }
            if isDigit(exponent) {
                end = exponent
                while isDigit(end) { end += 1 }
            }
        }
        index = end
        if options.numberText {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return try builder.number(text: text, isInteger: end == integerEnd)
        }
        if end == integerEnd, let small = smallInteger(start..<end) { return try builder.integer(small) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if end == integerEnd { return try builder.bigInteger(text) }
        return try builder.float(Double(text) ?? (bytes[start] == Byte.minus ? -.infinity : .infinity))
    }

    /// The integer written in `range` (an optional "-" and digits), if it fits in `Int`.
    @usableFromInline func smallInteger(_ range: Range<Int>) -> Int? {
        let negative = bytes[range.lowerBound] == Byte.minus
        var value = 0
        for k in (negative ? range.lowerBound + 1 : range.lowerBound)..<range.upperBound {
            let digit = Int(bytes[k] - Byte.zero)
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = next
        }
        return value
    }

    /// A string literal starting at its opening quote.
    @usableFromInline mutating func string() throws -> String {
        let quote = index
        index += 1
        var runStart = index
        var escaped: [UInt8]? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Byte.quote {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                guard var out = escaped else { return String(decoding: run, as: UTF8.self) }
                out.append(contentsOf: run)
                return String(decoding: out, as: UTF8.self)
            }
            if byte == Byte.backslash {
                escaped = (escaped ?? []) + UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                try escape(into: &escaped!, quote: quote)
                runStart = index
            } else if byte < 0x20 {
                throw error("Invalid control character at")
            } else {
                index += 1
            }
        }
        throw error("Unterminated string starting at", at: quote)
    }

    /// One escape at `index` (its backslash), appended as UTF-8.
    @usableFromInline mutating func escape(into out: inout [UInt8], quote: Int) throws {
        let backslash = index
        index += 1
        guard index < bytes.count else { throw error("Unterminated string starting at", at: quote) }
        let code = bytes[index]
        index += 1
        let simple: UInt8
        switch code {
        case Byte.quote, Byte.backslash, UInt8(ascii: "/"): simple = code
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            let u = index - 1
            var scalar = try hex4(u: u)
            if (0xD800..<0xDC00).contains(scalar), bytes.count - index > 6,
               bytes[index] == Byte.backslash, bytes[index + 1] == UInt8(ascii: "u") {
                let low = try hex4(u: index + 1, from: index + 2)
                if (0xDC00..<0xE000).contains(low) {
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
            }
            guard let value = Unicode.Scalar(scalar) else {
                if options.rejectLoneSurrogates { throw error("Unpaired surrogate in a \\u escape", at: u - 1) }
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                return
            }
            UTF8.encode(value) { out.append($0) }
            return
        default:
            throw error("Invalid \\escape", at: backslash)
        }
        out.append(simple)
    }

    /// Four hex digits after the `u` at `u`; Python reports a bad escape at its `u`, and, as its
    /// scanner does, wants a character after the digits.
    @usableFromInline mutating func hex4(u: Int, from start: Int? = nil) throws -> UInt32 {
        let start = start ?? index
        guard start + 4 < bytes.count else { throw error("Invalid \\uXXXX escape", at: u) }
        var value: UInt32 = 0
        for k in start..<(start + 4) {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case Byte.zero...Byte.nine: digit = byte - Byte.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("Invalid \\uXXXX escape", at: u)
            }
            value = value << 4 | UInt32(digit)
        }
        if start == index { index += 4 }
        return value
    }
}
