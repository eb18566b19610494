import XCTest
@testable import LabScript

final class LexerTests: XCTestCase {
    /// The tokens of `source`, one word each: `x`, `=`, `1`, `NEWLINE`, `INDENT`, ...
    private func tokens(_ source: String, firstLine: Int = 1) throws -> [String] {
        var lexer = Lexer(source: normalizedScalars(source), filename: "<test>", line: firstLine)
        var words: [String] = []
        while true {
            let token = try lexer.next()
            switch token.kind {
            case .name, .keyword, .op: words.append(token.text)
            case .number: words.append(token.number!.debugDescription)
            case .string: words.append("STRING")
            case .magic: words.append("MAGIC(\(token.text))")
            case .newline: words.append("NEWLINE")
            case .indent: words.append("INDENT")
            case .dedent: words.append("DEDENT")
            case .endMarker: words.append("END"); return words
            }
        }
    }

    private func lexerError(_ source: String) -> SyntaxError? {
        XCTAssertThrowsError(try tokens(source))
        do { _ = try tokens(source) } catch { return error as? SyntaxError }
        return nil
    }

    func testIndentationProducesIndentAndDedentTokens() throws {
        XCTAssertEqual(try tokens("if x:\n    y\n    if z:\n        w\nv\n"),
                       ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "if", "z", ":", "NEWLINE", "INDENT", "w",
                        "NEWLINE", "DEDENT", "DEDENT", "v", "NEWLINE", "END"])
    }

    func testEndOfInputClosesOpenBlocksAndTheLastLine() throws {
        XCTAssertEqual(try tokens("if x:\n  y"), ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "END"])
    }

    func testBlankAndCommentLinesAreSkipped() throws {
        XCTAssertEqual(try tokens("\n# c\nif x:\n\n    # inner\n      \n    y  # trailing\n"),
                       ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "END"])
    }

    func testNewlinesInsideBracketsAndAfterBackslashJoinLines() throws {
        XCTAssertEqual(try tokens("x = (1,\n  2)\ny = 1 + \\\n    2\n"),
                       ["x", "=", "(", "1", ",", "2", ")", "NEWLINE", "y", "=", "1", "+", "2", "NEWLINE", "END"])
    }

    func testTabsCountToTheNextMultipleOfEight() throws {
        XCTAssertEqual(try tokens("if x:\n\ty\n\tz\n"), ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "z", "NEWLINE", "DEDENT", "END"])
    }

    func testCarriageReturnLineEnds() throws {
        XCTAssertEqual(try tokens("x = 1\r\ny = 2\rz"), ["x", "=", "1", "NEWLINE", "y", "=", "2", "NEWLINE", "z", "NEWLINE", "END"])
    }

    func testOperatorsTakeTheLongestMatch() throws {
        XCTAssertEqual(try tokens("a **= b // c >>= d != e := f -> ..."),
                       ["a", "**=", "b", "//", "c", ">>=", "d", "!=", "e", ":=", "f", "->", "...", "NEWLINE", "END"])
    }

    func testKeywordsAndIdentifiers() throws {
        var lexer = Lexer(source: normalizedScalars("if café _x1 None"), filename: "<test>")
        let kinds = try (0..<4).map { _ in try lexer.next().kind }
        XCTAssertEqual(kinds, [.keyword, .name, .name, .keyword])
    }

    func testIntegerLiterals() throws {
        XCTAssertEqual(try tokens("42 1_000_000 0xFF 0o17 0b1010 0 00 0x_f"),
                       ["42", "1000000", "255", "15", "10", "0", "0", "15", "NEWLINE", "END"])
    }

    func testIntegersBeyondIntBecomeBigInt() throws {
        var lexer = Lexer(source: normalizedScalars("123456789012345678901234567890 9223372036854775807"), filename: "<test>")
        guard case .bigInt(let big)? = try lexer.next().number else { return XCTFail("expected a BigInt") }
        XCTAssertEqual(big.description, "123456789012345678901234567890")
        guard case .int(let max)? = try lexer.next().number else { return XCTFail("expected an Int") }
        XCTAssertEqual(max, Int.max)
    }

    func testFloatLiterals() throws {
        XCTAssertEqual(try tokens("1.5 .5 1. 1e10 1.41e-5 1_000.0 2E+3 1e400"),
                       ["1.5", "0.5", "1.0", "10000000000.0", "1.41e-05", "1000.0", "2000.0", "inf", "NEWLINE", "END"])
    }

    func testNumberMayTouchAFewKeywords() throws {
        XCTAssertEqual(try tokens("1if x else 0o7in y"), ["1", "if", "x", "else", "7", "in", "y", "NEWLINE", "END"])
    }

    func testMagicLinesAreWholeLineTokens() throws {
        XCTAssertEqual(try tokens("%pip install x  \n!aws s3 cp a b\n%%time\nif x:\n    !ls\n"),
                       ["MAGIC(%pip install x)", "NEWLINE", "MAGIC(!aws s3 cp a b)", "NEWLINE", "MAGIC(%%time)", "NEWLINE",
                        "if", "x", ":", "NEWLINE", "INDENT", "MAGIC(!ls)", "NEWLINE", "DEDENT", "END"])
    }

    func testStringPrefixesAreRecognisedInAnyCase() throws {
        var lexer = Lexer(source: normalizedScalars("Rb'x' F\"y\" rf'''z''' u'w' br\"v\""), filename: "<test>")
        var flags: [String] = []
        for _ in 0..<5 {
            let s = try lexer.next().string!
            flags.append((s.isRaw ? "r" : "") + (s.isBytes ? "b" : "") + (s.isFormatted ? "f" : "") + "\(s.quoteLength)")
        }
        XCTAssertEqual(flags, ["rb1", "f1", "rf3", "1", "rb1"])
    }

    func testTokenLocationsCountScalarsAndFileLines() throws {
        var lexer = Lexer(source: normalizedScalars("é = 'a'\n  \nx"), filename: "<test>", line: 10)
        let name = try lexer.next(), equals = try lexer.next(), string = try lexer.next()
        XCTAssertEqual(name.location, SourceLocation(line: 10, column: 0, endLine: 10, endColumn: 1))
        XCTAssertEqual(equals.location.column, 2)
        XCTAssertEqual(string.location, SourceLocation(line: 10, column: 4, endLine: 10, endColumn: 7))
        _ = try lexer.next()
        XCTAssertEqual(try lexer.next().location.line, 12)
    }

    func testTripleQuotedStringSpansLines() throws {
        var lexer = Lexer(source: normalizedScalars("x = '''a\nb'''"), filename: "<test>")
        _ = try lexer.next()
        _ = try lexer.next()
        XCTAssertEqual(try lexer.next().location, SourceLocation(line: 1, column: 4, endLine: 2, endColumn: 4))
    }

    func testInvalidCharacters() {
        XCTAssertEqual(lexerError("x = ’")?.message, "invalid character '’' (U+2019)")
        XCTAssertEqual(lexerError("x = \u{A0}1")?.message, "invalid non-printable character U+00A0")
    }

    func testInvalidNumbers() {
        XCTAssertEqual(lexerError("0777")?.message,
                       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        XCTAssertEqual(lexerError("1__0")?.message, "invalid decimal literal")
        XCTAssertEqual(lexerError("1_")?.message, "invalid decimal literal")
        XCTAssertEqual(lexerError("123abc")?.message, "invalid decimal literal")
        XCTAssertEqual(lexerError("1e")?.message, "invalid decimal literal")
        XCTAssertEqual(lexerError("0x")?.message, "invalid hexadecimal literal")
        XCTAssertEqual(lexerError("0b102")?.message, "invalid digit '2' in binary literal")
        XCTAssertEqual(lexerError("0o8")?.message, "invalid digit '8' in octal literal")
        XCTAssertNoThrow(try tokens("1j"))
        XCTAssertEqual(lexerError("0x1j")?.message, "invalid hexadecimal literal")
    }
}

final class LexerNormalizationTests: XCTestCase {
    func testIdentifiersAreComparedInNFKC() throws {
        XCTAssertEqual(dump("ﬁle = 1"), "(= file 1)")
    }

    func testLeadingByteOrderMarkIsIgnored() throws {
        XCTAssertEqual(dump("\u{FEFF}x = 1"), "(= x 1)")
    }
}
