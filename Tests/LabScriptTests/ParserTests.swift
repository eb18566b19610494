import XCTest
@testable import LabScript

final class ParserTests: XCTestCase {
    private func parse(_ source: String, firstLine: Int = 1) throws -> [Stmt] {
        try Parser.parse(source, filename: "<test>", firstLine: firstLine)
    }

    /// The value of the only expression statement in `source`.
    private func expression(_ source: String) throws -> Expr {
        guard case .expr(let e)? = try parse(source).first?.kind else {
            throw XCTSkip("not an expression statement: \(source)")
        }
        return e
    }

    func testStatementsAndOperators() {
        XCTAssertEqual(dump("x = a if b else c\ny = not a in b\nz = a ** -b ** c"),
                       "(= x (if b a c))\n(= y (not (compare a in b)))\n(= z (** a (- (** b c))))")
    }

    func testTupleSubscriptReachesTheIndexIntact() {
        XCTAssertEqual(dump("logits[:, 0]"), "([] logits (tuple (slice _ _ _) 0))")
        XCTAssertEqual(dump("x[..., None]"), "([] x (tuple ... None))")
        XCTAssertEqual(dump("x[*a]"), "([] x (tuple (* a)))")
    }

    func testCallsWithUnpacking() {
        XCTAssertEqual(dump("model.generate(**generation_kwargs)"), "(call (. model generate) (** generation_kwargs))")
        XCTAssertEqual(dump("f(*a, b, *c, k=1, **d)"), "(call f (* a) b (* c) (k= 1) (** d))")
        XCTAssertEqual(dump("sum(x * x for x in v)"), "(call sum (genexp (* x x) (for x v)))")
    }

    func testDocstringIsAnOrdinaryExpressionStatement() {
        XCTAssertEqual(dump("def f():\n    \"\"\"Doc.\"\"\"\n    return 1"), "(def f (args) ('Doc.' (return 1)))")
    }

    func testClassIsParsedFully() {
        XCTAssertEqual(dump("@d\nclass A(B, metaclass=M):\n    x: int = 1\n    def f(self): pass"),
                       "(class A B (metaclass= M) @d ((ann x int 1) (def f (args self) ((pass)))))")
    }

    func testMagicLinesWhereStatementsStart() {
        XCTAssertEqual(dump("%pip install peft==0.4\n!aws s3 cp s3://a . --recursive\nx = 1"),
                       "(magic %pip install peft==0.4)\n(magic !aws s3 cp s3://a . --recursive)\n(= x 1)")
        XCTAssertEqual(dump("%%time\nfor i in x:\n    !echo hi"), "(magic %%time)\n(for i x ((magic !echo hi)))")
    }

    func testStringEscapesAreDecoded() {
        XCTAssertEqual(dump(#"'\x41\u00e9\U0001F600\101\0\a' '\N{GREEK SMALL LETTER ALPHA}' '\d' '\'"'"#),
                       "'Aé😀A\u{0}\u{7}α\\\\d\\'\"'")
        XCTAssertEqual(dump("'a\\\nb'"), "'ab'")
    }

    func testBytesLiteralsDecodeToBytes() throws {
        guard case .constant(.bytes(let bytes)) = try expression(#"b'a\x00\xff\n' B"z""#).kind else {
            return XCTFail("expected bytes")
        }
        XCTAssertEqual(bytes, [97, 0, 255, 10, 122])
        guard case .constant(.str(let raw)) = try expression(#"r'\n\'' R"\d""#).kind else { return XCTFail("expected str") }
        XCTAssertEqual(raw, #"\n\'\d"#)
    }

    func testFStringParts() {
        XCTAssertEqual(dump("f'{x:>{width}.2f}!'"), "(f (fv x _ (f '>' (fv width _ _) '.2f')) '!')")
        XCTAssertEqual(dump("f'{x=}'"), "(f 'x=' (fv x r _))")
        XCTAssertEqual(dump("f'{x = :.1%}'"), "(f 'x = ' (fv x _ (f '.1%')))")
        XCTAssertEqual(dump("f'{a!=b}'"), "(f (fv (compare a != b) _ _))")
        XCTAssertEqual(dump("f\"{d['k']}\" 'plain' f'{{x}}'"), "(f (fv ([] d 'k') _ _) 'plain{x}')")
        XCTAssertEqual(dump("f'''{\n  a +\n  b\n}'''"), "(f (fv (+ a b) _ _))")
        XCTAssertEqual(dump("f\"{f'{x}'}\""), "(f (fv (f (fv x _ _)) _ _))")
        XCTAssertEqual(dump("f'{ {\"a\": 1}[\"a\"] }'"), "(f (fv ([] (dict ('a' 1)) 'a') _ _))")
        XCTAssertEqual(dump("f'{3:{\"}\"}>10}'"), "(f (fv 3 _ (f (fv '}' _ _) '>10')))")
    }

    func testFStringExpressionsHaveSourceLocations() throws {
        let e = try expression("(f'ab{x + y!r}' if c else f'''\n{z}''')")
        guard case .ifExp(_, let body, let orelse) = e.kind,
              case .joinedStr(let parts) = body.kind, case .formattedValue(let value, _, _) = parts[1].kind,
              case .joinedStr(let parts2) = orelse.kind, case .formattedValue(let z, _, _) = parts2[1].kind else {
            return XCTFail("unexpected tree")
        }
        XCTAssertEqual(value.location, SourceLocation(line: 1, column: 6, endLine: 1, endColumn: 11))
        XCTAssertEqual(z.location, SourceLocation(line: 2, column: 1, endLine: 2, endColumn: 2))
    }

    func testLocationsCountFileLinesFromFirstLine() throws {
        let module = try parse("x = 1\n\nif x:\n    y = f(x)\n", firstLine: 12)
        XCTAssertEqual(module[0].location, SourceLocation(line: 12, column: 0, endLine: 12, endColumn: 5))
        XCTAssertEqual(module[1].location, SourceLocation(line: 14, column: 0, endLine: 15, endColumn: 12))
        guard case .if(_, let body, _) = module[1].kind, case .assign(_, let call) = body[0].kind else {
            return XCTFail("unexpected tree")
        }
        XCTAssertEqual(call.location, SourceLocation(line: 15, column: 8, endLine: 15, endColumn: 12))
    }

    func testColumnsCountUnicodeScalars() throws {
        let e = try expression("'héllo' + naïve")
        guard case .binOp(_, _, let right) = e.kind else { return XCTFail("unexpected tree") }
        XCTAssertEqual(right.location, SourceLocation(line: 1, column: 10, endLine: 1, endColumn: 15))
    }

    func testBigIntegerConstant() throws {
        guard case .constant(.bigInt(let value)) = try expression("2_000_000_000_000_000_000_000").kind else {
            return XCTFail("expected a BigInt constant")
        }
        XCTAssertEqual(value.description, "2000000000000000000000")
    }

    func testEmptyAndBlankSourcesParseToNothing() throws {
        XCTAssertTrue(try parse("").isEmpty)
        XCTAssertTrue(try parse("\n\n# only a comment\n   \n").isEmpty)
    }

    func testFileWithoutTrailingNewlineInsideBlocks() {
        XCTAssertEqual(dump("def f():\n    if x:\n        return 1"), "(def f (args) ((if x ((return 1)))))")
    }

    func testFiveThousandLinesParseQuickly() throws {
        let chunk = """
        def step(batch, *, lr=1e-3):
            loss = sum((p - t) ** 2 for p, t in zip(batch["pred"], batch["target"])) / len(batch)
            print(f"loss={loss:.4f} lr={lr:g}")
            return {"loss": loss, "items": [x[:, 0] for x in batch.values() if x is not None]}

        """
        let source = String(repeating: chunk, count: 1000)
        let start = clock()
        let module = try parse(source)
        let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)  // CPU time: immune to a busy machine
        XCTAssertEqual(module.count, 1000)
        XCTAssertLessThan(seconds, 1.0)
        print("parsed 5,000 lines in \(seconds) s of CPU time")
    }

    /// Every script of the golden corpus parses, except those whose recorded output ends in a
    /// syntax error, which must fail with that exception line.
    func testEveryScriptInTheCorpusParses() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "py" }
        try XCTSkipIf(files.isEmpty, "no scripts yet")
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            let recorded = try? String(contentsOf: file.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
            let lastLine = recorded?.split(separator: "\n").last.map(String.init) ?? ""
            let expectsSyntaxError = ["SyntaxError:", "IndentationError:", "TabError:"].contains { lastLine.hasPrefix($0) }
            do {
                _ = try Parser.parse(source, filename: file.lastPathComponent)
                XCTAssertFalse(expectsSyntaxError, "\(file.lastPathComponent) should fail with \(lastLine)")
            } catch let error as SyntaxError {
                XCTAssertEqual(error.description, expectsSyntaxError ? lastLine : "(parses)", file.lastPathComponent)
            }
        }
    }
}

final class ParserExpressionTests: XCTestCase {
    func testParseExpressionAcceptsOneExpressionLikeEval() throws {
        XCTAssertEqual(try Parser.parseExpression("  {'lr': 1e-3, 'steps': [1, 2]}\n", filename: "<p>").debugDescription,
                       "(dict ('lr' 0.001) ('steps' (list 1 2)))")
        XCTAssertEqual(try Parser.parseExpression("-5", filename: "<p>").debugDescription, "(- 5)")
        XCTAssertEqual(try Parser.parseExpression("1, 2", filename: "<p>").debugDescription, "(tuple 1 2)")
    }

    func testParseExpressionRejectsStatementsAndTrailingTokens() {
        XCTAssertThrowsError(try Parser.parseExpression("x = 1", filename: "<p>")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "invalid syntax")
        }
        XCTAssertThrowsError(try Parser.parseExpression("1\n2", filename: "<p>"))
        XCTAssertThrowsError(try Parser.parseExpression("", filename: "<p>"))
    }
}
