import XCTest
@testable import LabTokenizers

final class JSONReadingTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

    func testKeysAndStringsStayExact() throws {
        let object = try parse("{\"\u{00C5}\": 1, \"A\u{030A}\": 2, \"\u{212B}\": 3, \"s\": \"\u{FEFF}bom\"}").objectValue!
        XCTAssertEqual(object.count, 4)
        XCTAssertEqual(object["\u{212B}"]?.intValue, 3)
        XCTAssertEqual(object["A\u{030A}"]?.intValue, 2)
        XCTAssertEqual(Array(object["s"]!.stringValue!.unicodeScalars).first, "\u{FEFF}")
    }

    func testEscapesAndNumbers() throws {
        let array = try parse(#"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00\udc00", -1.5e3, 0, 1000000000000000019884624838656, true, null]"#).arrayValue!
        XCTAssertEqual(array[0].stringValue, "a\"b\\c/d\n\té😀\u{FFFD}")
        XCTAssertEqual(array[1].numberValue, -1500)
        XCTAssertEqual(array[2].intValue, 0)
        XCTAssertEqual(array[3].numberValue, 1e30)
        XCTAssertNil(array[3].intValue)
        XCTAssertEqual(array[4].boolValue, true)
        XCTAssertTrue(array[5].isNull)
    }

    func testMalformedInputsAreErrors() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "\"unterminated", "[01x]", "tru", "{} {}", "\"\u{01}\"", "[\"\\q\"]",
                     String(repeating: "[", count: 600) + String(repeating: "]", count: 600)] {
            XCTAssertThrowsError(try parse(text), text.debugDescription)
        }
    }

    func testVocabularyKeepsCanonicallyEquivalentTokensApart() throws {
        let tokenizer = try Tokenizer(data: Data(#"""
        {"model": {"type": "WordLevel", "unk_token": "?", "vocab": {"?": 0, "\u00c5": 1, "A\u030a": 2, "\u212b": 3}}}
        """#.utf8))
        XCTAssertEqual(try tokenizer.encode("\u{212B}").ids, [3])
        XCTAssertEqual(try tokenizer.encode("A\u{030A}").ids, [2])
        XCTAssertEqual(tokenizer.vocabSize(withAddedTokens: false), 4)
    }
}
