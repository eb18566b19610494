import XCTest
import JSONText

/// Against what Python's `json.dumps` writes for the same strings (ensure_ascii False and True).
final class JSONTextTests: XCTestCase {
    func testEscapesQuotesBackslashesAndControlCharacters() {
        XCTAssertEqual(JSONText.quoted("a\"b\\c\n\r\t\u{08}\u{0C}\u{01}\u{1F}"), #""a\"b\\c\n\r\t\b\f\u0001\u001f""#)
        XCTAssertEqual(JSONText.quoted("café ▁ 😀"), "\"café ▁ 😀\"")
    }

    func testAsciiOnlyEscapesEverythingAboveTilde() {
        XCTAssertEqual(JSONText.quoted("~\u{7F}é▁😀", asciiOnly: true), #""~\u007f\u00e9\u2581\ud83d\ude00""#)
    }
}
