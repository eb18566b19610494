import Foundation
import XCTest
@testable import LabScript

/// Seeded random mutation of valid inputs (the golden scripts, JSON documents): the parser and
/// the JSON reader must answer every mutant with a result or a Python error, never a crash or a
/// hang. The budget and seed are fixed, so every run tries the same inputs.
final class FuzzTests: XCTestCase {
    /// SplitMix64: a small deterministic generator, so a failure reproduces from its iteration.
    private struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    /// One to four edits: delete, duplicate or move a span, or insert a fragment.
    private func mutate(_ input: [UInt8], _ fragments: [String], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0...rng.below(4) {
            let a = rng.below(bytes.count + 1), b = min(bytes.count, a + rng.below(16))
            switch rng.below(5) {
            case 0: bytes.removeSubrange(a..<b)
            case 1: bytes.insert(contentsOf: bytes[a..<b], at: rng.below(bytes.count + 1))
            case 2: bytes.insert(contentsOf: Array(fragments[rng.below(fragments.count)].utf8), at: a)
            case 3: if a < bytes.count { bytes[a] = UInt8(truncatingIfNeeded: rng.next()) }
            default: bytes.insert(contentsOf: Array(repeating: bytes.isEmpty ? 40 : bytes[min(a, bytes.count - 1)], count: rng.below(300)), at: a)
            }
        }
        return bytes
    }

    func testParserSurvivesMutatedScripts() throws {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "Scripts", withExtension: nil))
        let seeds = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "py" }.sorted { $0.path < $1.path }
            .compactMap { try? Array(Data(contentsOf: $0)) }
        XCTAssertGreaterThan(seeds.count, 20)
        let fragments = ["(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"\"\"", "f'{", "}'", "lambda", "def ",
                         "class ", "if ", "else", "elif ", "for ", " in ", "yield", "await ", "*", "**", "=", ":=", "\\",
                         "#", "@", "return", "try:", "except", "finally:", "with ", "global ", "nonlocal ", "0x", "1e", "_",
                         "\u{0}", "\u{FEFF}", "é", "\r\n", ";", ",", ".", "..."]
        var rng = SplitMix64(state: 17)
        var parsed = 0, rejected = 0
        for iteration in 0..<3000 {
            let seed = seeds[rng.below(seeds.count)]
            let source = String(decoding: mutate(seed, fragments, &rng), as: UTF8.self)
            do {
                _ = try Parser.parse(source, filename: "<fuzz>")
                parsed += 1
            } catch is SyntaxError {
                rejected += 1
            } catch {
                XCTFail("iteration \(iteration): unexpected error \(error)")
            }
        }
        XCTAssertGreaterThan(parsed, 0)
        XCTAssertGreaterThan(rejected, 0)
    }

    func testJSONReaderSurvivesMutatedDocuments() throws {
        let interp = Interpreter(configuration: .init(stdout: { _ in }))
        let documents = [
            #"{"name": "lab", "values": [1, -2.5e3, 12345678901234567890123, true, false, null], "nested": {"a": [[], {}]}}"#,
            #"[{"text": "caf\u00e9 \ud83d\ude00 \"quoted\" \\ \n", "id": 0}, {"text": "", "id": 1}]"#,
            #"{"config": {"d_model": 8, "num_layers": 2, "vocab_size": 32, "dropout_rate": 0.1, "tags": ["a", "b"]}}"#,
            #"[NaN, Infinity, -Infinity, 0, -0, 1E+2, 0.5]"#,
        ]
        let fragments = ["{", "}", "[", "]", ",", ":", "\"", "\\u", "\\ud800", "1e999", "-", "0", ".", "e", "nul", "tru",
                         "NaN", "[[[[[[[[", "]]]]", "\u{0}", "\u{1F600}", " ", "\n", "\"\\\"", "12345678901234567890"]
        var rng = SplitMix64(state: 29)
        var accepted = 0, rejected = 0
        for iteration in 0..<4000 {
            let document = Array(documents[rng.below(documents.count)].utf8)
            let text = String(decoding: mutate(document, fragments, &rng), as: UTF8.self)
            interp.setGlobal("text", .str(text))
            do {
                _ = try interp.execute("import json\njson.loads(text)", filename: "<fuzz>")
                accepted += 1
            } catch let e as ScriptException where ["JSONDecodeError", "RecursionError"].contains(e.typeName) {
                rejected += 1
            } catch {
                XCTFail("iteration \(iteration): unexpected error \(error) for \(text.debugDescription)")
            }
        }
        XCTAssertGreaterThan(accepted, 0)
        XCTAssertGreaterThan(rejected, 0)
    }
}
