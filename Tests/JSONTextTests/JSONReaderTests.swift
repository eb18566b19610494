import Foundation
import JSONText
import XCTest

/// The reader against CPython 3.11's `json.loads` (Fixtures/json_reader_cases.json, made by
/// scripts/fixtures/json_reader_cases.py): the same values, or the same message at the same position.
final class JSONReaderTests: XCTestCase {
    static let python = JSONReader.Options(allowNonFinite: true)

    func testMatchesPythonOnHandPickedAndMutatedTexts() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "json_reader_cases", withExtension: "json", subdirectory: "Fixtures"))
        let cases = try XCTUnwrap(JSONNode.read(Array(try Data(contentsOf: url))).items)
        XCTAssertGreaterThan(cases.count, 600)
        for entry in cases {
            let input = try XCTUnwrap(entry["input"]?.string)
            do {
                let value = try JSONNode.read(input, options: Self.python)
                if let expected = entry["error"]?.string {
                    XCTFail("\(input.debugDescription): read \(value), Python says \(expected)")
                } else {
                    XCTAssertEqual(tagged(value), try XCTUnwrap(entry["value"]), input.debugDescription)
                }
            } catch let error as JSONReadError {
                XCTAssertEqual(error.description, entry["error"]?.string, input.debugDescription)
            }
        }
    }

    /// `value` in the fixture's tagged form, objects collapsed as a Python dict collapses them.
    private func tagged(_ value: JSONNode) -> JSONNode {
        switch value {
        case .null: return .array([.string("null")])
        case .bool(let b): return .array([.string("bool"), .bool(b)])
        case .integer(let i): return .array([.string("int"), .string(String(i))])
        case .bigInteger(let digits): return .array([.string("int"), .string(digits)])
        case .float(let d): return .array([.string("float"), .string(pythonHex(d))])
        case .string(let s): return .array([.string("str"), .string(s)])
        case .array(let items): return .array([.string("list"), .array(items.map(tagged))])
        case .object(let members):
            var keys: [String] = [], values: [String: JSONNode] = [:]
            for member in members {
                if values[member.key] == nil { keys.append(member.key) }
                values[member.key] = tagged(member.value)
            }
            return .array([.string("dict"), .array(keys.map { .array([.string($0), values[$0]!]) })])
        }
    }

    /// Python's `float.hex()`: "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan".
    private func pythonHex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let exponent = d.isNormal ? Int(d.exponent) : -1022
        let lead = d.isNormal ? 1 : 0
        let mantissa = String(d.significandBitPattern, radix: 16).leftPadded(13)
        return "\(sign)0x\(lead).\(mantissa)p\(exponent < 0 ? "-" : "+")\(abs(exponent))"
    }

    func testDuplicateKeysAreKeptInOrderOrRejected() throws {
        let text = #"{"b": 1, "a": 2, "b": 3}"#
        XCTAssertEqual(try JSONNode.read(text).members?.map(\.key), ["b", "a", "b"])
        XCTAssertEqual(try JSONNode.read(text)["b"], .integer(3))
        XCTAssertThrowsError(try JSONNode.read(text, options: .init(rejectDuplicateKeys: true))) { error in
            let error = error as! JSONReadError
            XCTAssertEqual(error.kind, .duplicateKey("b"))
            XCTAssertEqual(error.description, "Duplicate key 'b': line 1 column 18 (char 17)")
        }
    }

    func testIntegersStayExact() throws {
        XCTAssertEqual(try JSONNode.read("[9223372036854775807, -9223372036854775808, 18446744073709551616]"),
                       .array([.integer(.max), .integer(.min), .bigInteger("18446744073709551616")]))
    }

    func testDeepNestingIsAnErrorNotAStackOverflow() throws {
        let deep = String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000)
        XCTAssertThrowsError(try JSONNode.read(deep)) { error in
            XCTAssertEqual((error as! JSONReadError).kind, .tooDeep(container: "array"))
            XCTAssertEqual((error as! JSONReadError).offset, 1000)
        }
        let limit = 100_000
        let allowed = String(repeating: "{\"a\":", count: limit - 1) + "{}" + String(repeating: "}", count: limit - 1)
        var builder = Depth()
        XCTAssertEqual(try JSONReader.read(allowed, options: .init(maxDepth: limit), into: &builder), limit)
    }

    /// Counts nesting without building a tree (a 100,000-deep enum would be freed recursively).
    private struct Depth: JSONBuilder {
        func null() -> Int { 0 }
        func bool(_ value: Bool) -> Int { 0 }
        func integer(_ value: Int) -> Int { 0 }
        func bigInteger(_ digits: String) -> Int { 0 }
        func float(_ value: Double) -> Int { 0 }
        func string(_ value: String) -> Int { 0 }
        func array(_ items: [Int]) -> Int { (items.max() ?? 0) + 1 }
        func object(_ members: [(key: String, value: Int)]) -> Int { (members.map(\.value).max() ?? 0) + 1 }
    }

    func testInvalidUTF8IsRejectedWithCPythonsMessage() {
        XCTAssertThrowsError(try JSONNode.read([0x22, 0x61, 0xFF, 0x22])) { error in
            let error = error as! JSONReadError
            XCTAssertEqual(error.kind, .invalidUTF8)
            XCTAssertEqual(error.message, "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte")
        }
    }

    func testByteOrderMarkAndLoneSurrogatesFollowTheOptions() throws {
        XCTAssertEqual(try JSONNode.read([0xEF, 0xBB, 0xBF, 0x31], options: .init(skipByteOrderMark: true)), .integer(1))
        XCTAssertThrowsError(try JSONNode.read([0xEF, 0xBB, 0xBF, 0x31]))
        XCTAssertEqual(try JSONNode.read(#""\ud800x""#), .string("\u{FFFD}x"))
        XCTAssertThrowsError(try JSONNode.read(#""\ud800x""#, options: .init(rejectLoneSurrogates: true)))
        XCTAssertThrowsError(try JSONNode.read("NaN"))
    }

    func testPollCanStopALongRead() {
        struct Stop: Error {}
        var polls = 0
        let text = "[" + Array(repeating: "1", count: 100_000).joined(separator: ",") + "]"
        XCTAssertThrowsError(try JSONNode.read(text, options: .init(poll: {
            polls += 1
            if polls == 3 { throw Stop() }
        }))) { XCTAssert($0 is Stop) }
        XCTAssertEqual(polls, 3)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
