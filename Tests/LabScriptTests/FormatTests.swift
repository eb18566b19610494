import BigInt
import XCTest
@testable import LabScript

/// Python's printed forms, checked directly against values recorded from python3.
final class FormatTests: XCTestCase {
    func testFloatReprMatchesPython() {
        let cases: [(Double, String)] = [
            (0.1 + 0.2, "0.30000000000000004"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-5, "1e-05"),
            (0.0001, "0.0001"), (-0.0, "-0.0"), (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"),
            (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (123456789.0, "123456789.0"),
            (2.5, "2.5"), (1e22, "1e+22"), (9007199254740993, "9007199254740992.0"),
        ]
        for (value, expected) in cases { XCTAssertEqual(Format.floatRepr(value), expected, "\(value)") }
    }

    func testFormatSpecs() throws {
        func f(_ d: Double, _ spec: String) throws -> String { try Format.formatFloat(d, FormatSpec(spec, typeName: "float")) }
        func i(_ n: BigInt, _ spec: String) throws -> String { try Format.formatInt(n, FormatSpec(spec, typeName: "int")) }
        XCTAssertEqual(try f(3.14159, ".2f"), "3.14")
        XCTAssertEqual(try f(0.4567, ".1%"), "45.7%")
        XCTAssertEqual(try f(1234567.891, ",.2f"), "1,234,567.89")
        XCTAssertEqual(try f(-3.14159, "08.3f"), "-003.142")
        XCTAssertEqual(try f(0.00001234, "g"), "1.234e-05")
        XCTAssertEqual(try f(123456789, ".3g"), "1.23e+08")
        XCTAssertEqual(try f(1.0, ".3"), "1.0")
        XCTAssertEqual(try f(2.675, ".2f"), "2.67")
        XCTAssertEqual(try f(1234.5, "0=+12,.2f"), "+0,001,234.50")
        XCTAssertEqual(try i(1234567, ","), "1,234,567")
        XCTAssertEqual(try i(255, "#010x"), "0x000000ff")
        XCTAssertEqual(try i(-42, "+d"), "-42")
        XCTAssertEqual(try i(12, "^+9d"), "   +12   ")
        XCTAssertEqual(try Format.formatString("hi", FormatSpec("*^6", typeName: "str")), "**hi**")
        XCTAssertThrowsError(try Format.formatString("x", FormatSpec("=5", typeName: "str")))
    }

    func testStringRepr() {
        XCTAssertEqual(Format.stringRepr("it's"), "\"it's\"")
        XCTAssertEqual(Format.stringRepr("both ' and \""), "'both \\' and \"'")
        XCTAssertEqual(Format.stringRepr("\t\n\u{0}\u{7f}é\u{200b}"), "'\\t\\n\\x00\\x7fé\\u200b'")
        XCTAssertEqual(Format.asciiEscaped(Format.stringRepr("é😀")), "'\\xe9\\U0001f600'")
    }

    func testHashingMatchesPythonForNumbers() throws {
        XCTAssertEqual(try Hashing.hash(.int(-1)), -2)
        XCTAssertEqual(try Hashing.hash(.float(1.5)), 1152921504606846977)
        XCTAssertEqual(try Hashing.hash(.int(1)), try Hashing.hash(.float(1.0)))
        XCTAssertEqual(try Hashing.hash(.bool(true)), 1)
        XCTAssertEqual(try Hashing.hash(.tuple([.int(1), .int(2)])), -3550055125485641917)
        XCTAssertEqual(try Hashing.hash(Value(BigInt(2).power(64))), 8)
        XCTAssertThrowsError(try Hashing.hash(.list(PyList())))
    }

    func testSetIterationOrderFollowsCPythonTable() throws {
        // Expected orders from python3: s = set([100, 50, 25, 12, 6, 3]); list(s); s.discard(100); s.add(8)
        let s = try PySet([100, 50, 25, 12, 6, 3].map { Value.int($0) })
        XCTAssertEqual(s.items.compactMap { $0.asInt }, [3, 100, 6, 12, 50, 25])
        try s.discard(.int(100))
        try s.add(.int(8))
        XCTAssertEqual(s.items.compactMap { $0.asInt }, [3, 6, 8, 12, 50, 25])
    }

    func testDictKeysUsePythonEquality() throws {
        let d = PyDict()
        try d.set(.int(1), .str("int"))
        try d.set(.float(1.0), .str("float"))
        try d.set(.bool(true), .str("bool"))
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.keys.first?.asInt, 1)
        XCTAssertEqual(d.version, 3)
    }

    func testNearestDoubleRoundsHalfToEven() {
        XCTAssertEqual((BigInt(1) << 53 + 1).nearestDouble, 9007199254740992.0)
        XCTAssertEqual((BigInt(1) << 53 + 3).nearestDouble, 9007199254740996.0)
        XCTAssertEqual((BigInt(10).power(23)).nearestDouble, 1e23)
    }
}
