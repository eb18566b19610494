import JSONText
import XCTest

/// A seeded random mutator with a fixed budget: mutated documents must read to a value that
/// writes back and reads again to the same value, or end in a `JSONReadError` placed inside the text.
final class JSONReaderFuzzTests: XCTestCase {
    static let seeds = [
        #"{"name": "tok", "ids": [1, 2, 3], "nested": {"a": [true, false, null], "b": -1.5e3}, "s": "x\ny\u00e9"}"#,
        #"[{"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}, "\ud83d\ude00", 12345678901234567890]"#,
        #"{"a": [[], {}, [{}]], "c": "é😀", "d": 0.001, "e": NaN, "f": -Infinity, "g": "\\\"\/\b\f\r\t"}"#,
    ]
    static let insertions: [[UInt8]] = (Array("{}[]:,\"\\ -0123456789.eE+tfnNIu\n\t".utf8).map { [$0] }
        + ["null", "true", "\"k\":", "\\u", "\\ud800", "1e", "é", "😀"].map { Array($0.utf8) }
        + [[0x01], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF]])

    func testMutatedDocumentsReadOrFailCleanly() throws {
        var rng = SplitMix(seed: 17)
        var read = 0, failed = 0
        for _ in 0..<20_000 {
            var bytes = Array(Self.seeds[Int(rng.next() % UInt64(Self.seeds.count))].utf8)
            for _ in 0..<(1 + rng.next() % 4) { mutate(&bytes, &rng) }
            let options = JSONReader.Options(rejectDuplicateKeys: rng.next() % 2 == 0, allowNonFinite: rng.next() % 2 == 0,
                                             maxDepth: 1 + Int(rng.next() % 6))
            do {
                let value = try JSONNode.read(bytes, options: options)
                XCTAssertEqual(written(try JSONNode.read(written(value), options: options)), written(value), String(decoding: bytes, as: UTF8.self))
                read += 1
            } catch let error as JSONReadError {
                XCTAssert((0...bytes.count).contains(error.byteOffset), "\(error) in \(bytes)")
                XCTAssert(error.line >= 1 && error.column >= 1 && error.offset <= error.byteOffset)
                failed += 1
            }
        }
        XCTAssertGreaterThan(read, 500)
        XCTAssertGreaterThan(failed, 5_000)
    }

    private func mutate(_ bytes: inout [UInt8], _ rng: inout SplitMix) {
        let position = Int(rng.next() % UInt64(bytes.count + 1))
        switch rng.next() % 10 {
        case 0..<4: if position < bytes.count { bytes.remove(at: position) }
        case 4..<9: bytes.insert(contentsOf: Self.insertions[Int(rng.next() % UInt64(Self.insertions.count))], at: position)
        default: bytes.removeSubrange(position...)
        }
    }

    /// `value` written back as JSON text.
    private func written(_ value: JSONNode) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .bigInteger(let digits): return digits
        case .float(let d) where d.isNaN: return "NaN"
        case .float(let d) where d.isInfinite: return d < 0 ? "-1e999" : "1e999"  // as an overflowing number reads
        case .float(let d): return "\(d)".contains(where: { ".eE".contains($0) }) ? "\(d)" : "\(d).0"
        case .string(let s): return JSONText.quoted(s)
        case .array(let items): return "[" + items.map(written).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { JSONText.quoted($0.key) + ":" + written($0.value) }.joined(separator: ",") + "}"
        }
    }
}

/// SplitMix64: a small seeded generator, so the fuzz run is the same everywhere.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
