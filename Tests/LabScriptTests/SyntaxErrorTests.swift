import XCTest
@testable import LabScript

/// Syntax errors with CPython 3.11's kind, message and line (recorded with python3.11's `compile`).
/// Columns are 0-based; they follow CPython where its choice points at the offending token.
final class SyntaxErrorTests: XCTestCase {
    func testIndentationErrors() {
        assertSyntaxError("if x:", "expected an indented block after \'if\' statement on line 1", line: 1, column: 5, kind: "IndentationError", incomplete: true)
        assertSyntaxError("if x:\n", "expected an indented block after \'if\' statement on line 1", line: 1, column: 5, kind: "IndentationError", incomplete: true)
        assertSyntaxError("if x:\npass", "expected an indented block after \'if\' statement on line 1", line: 2, column: 0, kind: "IndentationError")
        assertSyntaxError("  x = 1", "unexpected indent", line: 1, column: 1, kind: "IndentationError")
        assertSyntaxError("if x:\n    a\n  b", "unindent does not match any outer indentation level", line: 3, column: 3, kind: "IndentationError")
        assertSyntaxError("for x in y:\n", "expected an indented block after \'for\' statement on line 1", line: 1, column: 11, kind: "IndentationError", incomplete: true)
        assertSyntaxError("class A:", "expected an indented block after class definition on line 1", line: 1, column: 8, kind: "IndentationError", incomplete: true)
        assertSyntaxError("if x:\n\tpass\n        pass", "inconsistent use of tabs and spaces in indentation", line: 3, column: 0, kind: "TabError")
        assertSyntaxError("if x:\n  pass\nelse:", "expected an indented block after \'else\' statement on line 3", line: 3, column: 5, kind: "IndentationError", incomplete: true)
        assertSyntaxError("while 1:\n  pass\nelse:\n", "expected an indented block after \'else\' statement on line 3", line: 3, column: 5, kind: "IndentationError", incomplete: true)
        assertSyntaxError("try:\n  pass\nexcept:", "expected an indented block after \'except\' statement on line 3", line: 3, column: 7, kind: "IndentationError", incomplete: true)
        assertSyntaxError("try:\n  pass\nfinally:", "expected an indented block after \'finally\' statement on line 3", line: 3, column: 8, kind: "IndentationError", incomplete: true)
        assertSyntaxError("with a:", "expected an indented block after \'with\' statement on line 1", line: 1, column: 7, kind: "IndentationError", incomplete: true)
        assertSyntaxError("if True:\n    x = (\n1)\n  y", "unindent does not match any outer indentation level", line: 4, column: 3, kind: "IndentationError")
        assertSyntaxError("if x:\n    pass\n  else:\n    pass", "unindent does not match any outer indentation level", line: 3, column: 7, kind: "IndentationError")
        assertSyntaxError("x = 5\n  y = 6", "unexpected indent", line: 2, column: 1, kind: "IndentationError")
    }

    func testUnclosedAndMismatchedBrackets() {
        assertSyntaxError("x = (1,\n2", "\'(\' was never closed", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = [1, 2)", "closing parenthesis \')\' does not match opening parenthesis \'[\'", line: 1, column: 9)
        assertSyntaxError("x = )", "unmatched \')\'", line: 1, column: 4)
        assertSyntaxError("x = (", "\'(\' was never closed", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = [", "\'[\' was never closed", line: 1, column: 4, incomplete: true)
        assertSyntaxError("(1))", "unmatched \')\'", line: 1, column: 3)
        assertSyntaxError("f(a b)", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 2)
        assertSyntaxError("[a b]", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 1)
        assertSyntaxError("x = [1, 2", "\'[\' was never closed", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = {\'a\': 1,\n \'b\': 2\n", "\'{\' was never closed", line: 1, column: 4, incomplete: true)
        assertSyntaxError("foo(\n", "\'(\' was never closed", line: 1, column: 3, incomplete: true)
        assertSyntaxError("from a import (b, c", "\'(\' was never closed", line: 1, column: 14, incomplete: true)
        assertSyntaxError("x = (a b)", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 5)
        assertSyntaxError("x = {a b}", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 5)
        assertSyntaxError("x = {\'a\': 1 \'b\': 2}", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 10)
        assertSyntaxError("f(a b=1)", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 2)
        assertSyntaxError("x = (\n  1,\n  2\n", "\'(\' was never closed", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = [1, 2}", "closing parenthesis \'}\' does not match opening parenthesis \'[\'", line: 1, column: 9)
        assertSyntaxError("x = (1, 2]]", "closing parenthesis \']\' does not match opening parenthesis \'(\'", line: 1, column: 9)
        assertSyntaxError("}", "unmatched \'}\'", line: 1, column: 0)
        assertSyntaxError("x = ]", "unmatched \']\'", line: 1, column: 4)
    }

    func testStringLiterals() {
        assertSyntaxError("x = \'abc", "unterminated string literal (detected at line 1)", line: 1, column: 4)
        assertSyntaxError("x = \'\'\'abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = \'a\\N{DASH}\'", "(unicode error) \'unicodeescape\' codec can\'t decode bytes in position 1-8: unknown Unicode character name", line: 1, column: 6)
        assertSyntaxError("x = \'\\xz\'", "(unicode error) \'unicodeescape\' codec can\'t decode bytes in position 0-1: truncated \\xXX escape", line: 1, column: 5)
        assertSyntaxError("x = \"abc\ny\"", "unterminated string literal (detected at line 1)", line: 1, column: 4)
        assertSyntaxError("x = \'\'\'abc\n\nd", "unterminated triple-quoted string literal (detected at line 3)", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = \'\'\'abc", "unterminated triple-quoted string literal (detected at line 1)", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x = \'a\' b\'b\'", "cannot mix bytes and nonbytes literals", line: 1, column: 4)
        assertSyntaxError("x = \'\'\'\n", "unterminated triple-quoted string literal (detected at line 1)", line: 1, column: 4, incomplete: true)
        assertSyntaxError("\"\"\"doc", "unterminated triple-quoted string literal (detected at line 1)", line: 1, column: 0, incomplete: true)
        assertSyntaxError("def f():\n    \'\'\'doc\n", "unterminated triple-quoted string literal (detected at line 2)", line: 2, column: 4, incomplete: true)
        assertSyntaxError("x = \'abc\' \'def", "unterminated string literal (detected at line 1)", line: 1, column: 10)
        assertSyntaxError("\'\'\'abc\'\'\'  \'\'\'", "unterminated triple-quoted string literal (detected at line 1)", line: 1, column: 11, incomplete: true)
    }

    func testFStrings() {
        assertSyntaxError("f\'{\'", "f-string: expecting \'}\'", line: 1, column: 3)
        assertSyntaxError("f\'{}\'", "f-string: empty expression not allowed", line: 1, column: 3)
        assertSyntaxError("f\'{x!z}\'", "f-string: invalid conversion character: expected \'s\', \'r\', or \'a\'", line: 1, column: 5)
        assertSyntaxError("f\'{a b}\'", "f-string: invalid syntax. Perhaps you forgot a comma?", line: 1, column: 3)
        assertSyntaxError("f\'{#}\'", "f-string expression part cannot include \'#\'", line: 1, column: 3)
        assertSyntaxError("f\'{\\n}\'", "f-string expression part cannot include a backslash", line: 1, column: 3)
        assertSyntaxError("x = f\'{x:{y:{z}}}\'", "f-string: expressions nested too deeply", line: 1, column: 12)
        assertSyntaxError("x = f\'{x!}\'", "f-string: invalid conversion character: expected \'s\', \'r\', or \'a\'", line: 1, column: 9)
        assertSyntaxError("x = f\'{x!r\'", "f-string: expecting \'}\'", line: 1, column: 10)
        assertSyntaxError("x = f\'{x:\'", "f-string: expecting \'}\'", line: 1, column: 9)
        assertSyntaxError("x = f\'}\'", "f-string: single \'}\' is not allowed", line: 1, column: 6)
        assertSyntaxError("x = f\'{\'", "f-string: expecting \'}\'", line: 1, column: 7)
        assertSyntaxError("x = f\'{x y}\'", "f-string: invalid syntax. Perhaps you forgot a comma?", line: 1, column: 7)
    }

    func testNumbers() {
        assertSyntaxError("x = 0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, column: 4)
        assertSyntaxError("123abc", "invalid decimal literal", line: 1, column: 2)
        assertSyntaxError("x = 1_", "invalid decimal literal", line: 1, column: 5)
        assertSyntaxError("0x", "invalid hexadecimal literal", line: 1, column: 1)
        assertSyntaxError("x = 1e", "invalid decimal literal", line: 1, column: 4)
        assertSyntaxError("x = 0_1", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, column: 4)
        assertSyntaxError("x = 0b102", "invalid digit \'2\' in binary literal", line: 1, column: 8)
        assertSyntaxError("x = 0o8", "invalid digit \'8\' in octal literal", line: 1, column: 6)
        assertSyntaxError("x = 0xg", "invalid hexadecimal literal", line: 1, column: 5)
        assertSyntaxError("x = 1__0", "invalid decimal literal", line: 1, column: 5)
        assertSyntaxError("x = 1e+", "invalid decimal literal", line: 1, column: 4)
    }

    func testInvalidTargets() {
        assertSyntaxError("f() = 1", "cannot assign to function call here. Maybe you meant \'==\' instead of \'=\'?", line: 1, column: 0)
        assertSyntaxError("1 = x", "cannot assign to literal here. Maybe you meant \'==\' instead of \'=\'?", line: 1, column: 0)
        assertSyntaxError("del 1", "cannot delete literal", line: 1, column: 4)
        assertSyntaxError("(a, b) += 1", "\'tuple\' is an illegal expression for augmented assignment", line: 1, column: 0)
        assertSyntaxError("x = yield = 1", "assignment to yield expression not possible", line: 1, column: 4)
        assertSyntaxError("a, *b, *c = d", "multiple starred expressions in assignment", line: 1, column: 0)
        assertSyntaxError("(a.b := 1)", "cannot use assignment expressions with attribute", line: 1, column: 1)
        assertSyntaxError("*a = 1", "starred assignment target must be in a list or tuple", line: 1, column: 0)
        assertSyntaxError("a + 1 = 2", "cannot assign to expression here. Maybe you meant \'==\' instead of \'=\'?", line: 1, column: 0)
        assertSyntaxError("f(x) += 1", "\'function call\' is an illegal expression for augmented assignment", line: 1, column: 0)
        assertSyntaxError("x = f() = 1", "cannot assign to function call", line: 1, column: 4)
        assertSyntaxError("a, f() = 1", "cannot assign to function call here. Maybe you meant \'==\' instead of \'=\'?", line: 1, column: 3)
        assertSyntaxError("None = 1", "cannot assign to None", line: 1, column: 0)
        assertSyntaxError("for 1 in x: pass", "cannot assign to literal", line: 1, column: 4)
        assertSyntaxError("with a as 1: pass", "cannot assign to literal", line: 1, column: 10)
        assertSyntaxError("[x for 1 in y]", "cannot assign to literal", line: 1, column: 7)
        assertSyntaxError("x = 5 = 6", "cannot assign to literal", line: 1, column: 4)
        assertSyntaxError("(a, 1) = x", "cannot assign to literal", line: 1, column: 4)
        assertSyntaxError("x = *a", "can\'t use starred expression here", line: 1, column: 4)
        assertSyntaxError("x = (*a)", "cannot use starred expression here", line: 1, column: 5)
        assertSyntaxError("del *a", "cannot delete starred", line: 1, column: 4)
        assertSyntaxError("x = [i for i in range(3)] = 5", "cannot assign to list comprehension", line: 1, column: 4)
        assertSyntaxError("True = 1", "cannot assign to True", line: 1, column: 0)
        assertSyntaxError("x = 1 = 2", "cannot assign to literal", line: 1, column: 4)
        assertSyntaxError("f() += 1", "\'function call\' is an illegal expression for augmented assignment", line: 1, column: 0)
    }

    func testCallsAndParameters() {
        assertSyntaxError("f(a=1, 2)", "positional argument follows keyword argument", line: 1, column: 7)
        assertSyntaxError("f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking", line: 1, column: 7)
        assertSyntaxError("f(x for x in y, 1)", "Generator expression must be parenthesized", line: 1, column: 2)
        assertSyntaxError("def f(a=1, b): pass", "non-default argument follows default argument", line: 1, column: 11)
        assertSyntaxError("def f(x, x): pass", "duplicate argument \'x\' in function definition", line: 1, column: 9)
        assertSyntaxError("f(**k, a)", "positional argument follows keyword argument unpacking", line: 1, column: 7)
        assertSyntaxError("lambda x, x: 1", "duplicate argument \'x\' in function definition", line: 1, column: 10)
        assertSyntaxError("def f(*): pass", "named arguments must follow bare *", line: 1, column: 6)
        assertSyntaxError("def f(**k, a): pass", "arguments cannot follow var-keyword argument", line: 1, column: 11)
        assertSyntaxError("def f(a, a=1): pass", "duplicate argument \'a\' in function definition", line: 1, column: 9)
        assertSyntaxError("def f(*a, *b): pass", "* argument may appear only once", line: 1, column: 10)
        assertSyntaxError("f(a=1, a=2)", "keyword argument repeated: a", line: 1, column: 7)
    }

    func testStatementsOutsideTheirContext() {
        assertSyntaxError("return 1", "\'return\' outside function", line: 1, column: 0)
        assertSyntaxError("break", "\'break\' outside loop", line: 1, column: 0)
        assertSyntaxError("nonlocal x", "nonlocal declaration not allowed at module level", line: 1, column: 0)
        assertSyntaxError("continue", "\'continue\' not properly in loop", line: 1, column: 0)
        assertSyntaxError("yield x", "\'yield\' outside function", line: 1, column: 0)
        assertSyntaxError("class A: return 1", "\'return\' outside function", line: 1, column: 9)
        assertSyntaxError("def f():\n  class B:\n    return 1", "\'return\' outside function", line: 3, column: 4)
        assertSyntaxError("for x in y:\n  def g():\n    break", "\'break\' outside loop", line: 3, column: 4)
        assertSyntaxError("return", "\'return\' outside function", line: 1, column: 0)
        assertSyntaxError("def f():\n  return\nreturn 5", "\'return\' outside function", line: 3, column: 0)
        assertSyntaxError("x = yield", "\'yield\' outside function", line: 1, column: 4)
    }

    func testInvalidSyntax() {
        assertSyntaxError("x = = 1", "invalid syntax", line: 1, column: 4)
        assertSyntaxError("x = 1 \\", "unexpected EOF while parsing", line: 1, column: 7, incomplete: true)
        assertSyntaxError("x = $", "invalid syntax", line: 1, column: 4)
        assertSyntaxError("x = \u{A0} 1", "invalid non-printable character U+00A0", line: 1, column: 4)
        assertSyntaxError("def f(:\n pass", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("if x\n  pass", "expected \':\'", line: 1, column: 4)
        assertSyntaxError("while x pass", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("x = 1 +", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("print \'a\'", "Missing parentheses in call to \'print\'. Did you mean print(...)?", line: 1, column: 0)
        assertSyntaxError("a b", "invalid syntax", line: 1, column: 2)
        assertSyntaxError("a = 1 if b", "expected \'else\' after \'if\' expression", line: 1, column: 4)
        assertSyntaxError("try:\n  pass\nx=1", "expected \'except\' or \'finally\' block", line: 3, column: 0)
        assertSyntaxError("@dec", "invalid syntax", line: 1, column: 4, incomplete: true)
        assertSyntaxError("x.1", "invalid syntax", line: 1, column: 1)
        assertSyntaxError("x = {**a: 1}", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("import a.b as", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("from . import", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("a := 1", "invalid syntax", line: 1, column: 2)
        assertSyntaxError("x: int, y: int = 1, 2", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("print(*)", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("[x for x in 1, 2]", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("else: pass", "invalid syntax", line: 1, column: 0)
        assertSyntaxError("a b c", "invalid syntax", line: 1, column: 2)
        assertSyntaxError("x = ’", "invalid character \'’\' (U+2019)", line: 1, column: 4)
        assertSyntaxError("x = (a for a in b, 1)", "invalid syntax", line: 1, column: 17)
        assertSyntaxError("print x", "Missing parentheses in call to \'print\'. Did you mean print(...)?", line: 1, column: 0)
        assertSyntaxError("x = \\ \ny", "unexpected character after line continuation character", line: 1, column: 5)
        assertSyntaxError("\\", "unexpected EOF while parsing", line: 1, column: 1, incomplete: true)
        assertSyntaxError("a = b = c += 1", "invalid syntax", line: 1, column: 10)
        assertSyntaxError("x = 1 if 2 else", "invalid syntax", line: 1, column: 15)
        assertSyntaxError("x = uf\'\'", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("def f(a, /, /): pass", "/ may appear only once", line: 1, column: 12)
        assertSyntaxError("x = 1 if else 2", "invalid syntax", line: 1, column: 9)
        assertSyntaxError("x.None", "invalid syntax", line: 1, column: 2)
        assertSyntaxError("import a as b.c", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("from a import b.c", "invalid syntax", line: 1, column: 15)
        assertSyntaxError("from a import b,", "trailing comma not allowed without surrounding parentheses", line: 1, column: 15)
        assertSyntaxError("not", "invalid syntax", line: 1, column: 3)
        assertSyntaxError("x = @", "invalid syntax", line: 1, column: 4)
        assertSyntaxError("@\ndef f(): pass", "invalid syntax", line: 1, column: 1)
        assertSyntaxError("x = 1 ; ; y = 2", "invalid syntax", line: 1, column: 8)
        assertSyntaxError(";", "invalid syntax", line: 1, column: 0)
        assertSyntaxError("try:\n  pass\nexcept E, F:\n  pass", "multiple exception types must be parenthesized", line: 3, column: 7)
        assertSyntaxError("try:\n  pass\nelse:\n  pass", "expected \'except\' or \'finally\' block", line: 3, column: 0)
        assertSyntaxError("x = not", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("x = a not b", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("a is", "invalid syntax", line: 1, column: 4)
        assertSyntaxError("x = [x for x in]", "invalid syntax", line: 1, column: 15)
        assertSyntaxError("x = [for x in y]", "invalid syntax", line: 1, column: 5)
        assertSyntaxError("import", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("from x import", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("global", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("del", "invalid syntax", line: 1, column: 3)
        assertSyntaxError("assert", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("x = lambda x=: 1", "invalid syntax", line: 1, column: 13)
    }

    func testForcedTokensAndHints() {
        assertSyntaxError("def f:\n  pass", "expected '('", line: 1, column: 5)
        assertSyntaxError("try x:\n  pass", "expected ':'", line: 1, column: 4)
        assertSyntaxError("if x:\n  pass\nelse x:\n  pass", "expected ':'", line: 3, column: 5)
        assertSyntaxError("if x = 1:\n  pass", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 3)
        assertSyntaxError("while a.b = 1:\n  pass", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", line: 1, column: 6)
        assertSyntaxError("{1: 2, 3}", "':' expected after dictionary key", line: 1, column: 7)
        assertSyntaxError("{1: }", "expression expected after dictionary key and ':'", line: 1, column: 2)
        assertSyntaxError("x = 1 if y z", "expected 'else' after 'if' expression", line: 1, column: 4)
        assertSyntaxError("b'\\x1'", "(value error) invalid \\x escape at position 0", line: 1, column: 2)
    }

    func testEqualsHintOnlyForSimpleTargets() {
        assertSyntaxError("a < b = c", "cannot assign to comparison", line: 1, column: 0)
        assertSyntaxError("not a = c", "cannot assign to expression", line: 1, column: 0)
        assertSyntaxError("-a = c", "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, column: 0)
    }

    func testParameterMistakes() {
        assertSyntaxError("def f((x, y), w):\n   pass\n", "Function parameters cannot be parenthesized", line: 1, column: 6)
        assertSyntaxError("lambda (x, y), w: None\n", "Lambda expression parameters cannot be parenthesized", line: 1, column: 7)
        assertSyntaxError("def foo(a,d=,c):\n   pass\n", "expected default value expression", line: 1, column: 11)
        assertSyntaxError("def foo(a,*b=3,c):\n   pass\n", "var-positional argument cannot have default value", line: 1, column: 12)
        assertSyntaxError("def foo(a,**b=3):\n   pass\n", "var-keyword argument cannot have default value", line: 1, column: 13)
        assertSyntaxError("def foo(a=1,/*,b,c):\n   pass\n", "expected comma between / and *", line: 1, column: 13)
        assertSyntaxError("f(True=1)", "cannot assign to True", line: 1, column: 2)
    }

    func testAssignmentWrittenForComparisonInDisplays() {
        assertSyntaxError("[z=3]", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 1)
        assertSyntaxError("(x, y, z=3, d, e)", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 7)
        assertSyntaxError("{1: *12+1}", "cannot use a starred expression in a dictionary value", line: 1, column: 4)
    }

    func testMissingColonAfterExceptAndParenthesizedWith() {
        assertSyntaxError("try:\n  pass\nexcept\n  pass\n", "expected ':'", line: 3, column: 6)
        assertSyntaxError("with (blech as something)\n  pass\n", "expected ':'", line: 1, column: 25)
    }

    func testDebugCannotBeBound() {
        assertSyntaxError("__debug__ = 1", "cannot assign to __debug__", line: 1, column: 0)
        assertSyntaxError("obj.__debug__ = 1", "cannot assign to __debug__", line: 1, column: 0)
        assertSyntaxError("del __debug__", "cannot delete __debug__", line: 1, column: 4)
        assertSyntaxError("f(__debug__=1)", "cannot assign to __debug__", line: 1, column: 0)
        assertSyntaxError("def f(__debug__): pass", "cannot assign to __debug__", line: 1, column: 0)
        assertSyntaxError("(__debug__ := 1)", "cannot assign to __debug__", line: 1, column: 1)
        assertSyntaxError("import x as __debug__", "cannot assign to __debug__", line: 1, column: 0)
        assertSyntaxError("for __debug__ in x: pass", "cannot assign to __debug__", line: 1, column: 4)
        XCTAssertNoThrow(try Parser.parse("x = __debug__", filename: "<test>"))
    }

    func testComprehensionMistakes() {
        assertSyntaxError("[*a for a in b]", "iterable unpacking cannot be used in comprehension", line: 1, column: 1)
        assertSyntaxError("(*a for a in b)", "iterable unpacking cannot be used in comprehension", line: 1, column: 1)
        assertSyntaxError("{**a for a in b}", "dict unpacking cannot be used in dict comprehension", line: 1, column: 1)
        assertSyntaxError("[x, y for x, y in z]", "did you forget parentheses around the comprehension target?", line: 1, column: 1)
        assertSyntaxError("{x, y for x, y in z}", "did you forget parentheses around the comprehension target?", line: 1, column: 1)
        assertSyntaxError("class A(x for x in y): pass", "invalid syntax", line: 1, column: 10)
    }

    func testBareExceptMustBeLast() {
        assertSyntaxError("try:\n pass\nexcept:\n pass\nexcept ValueError:\n pass", "default 'except:' must be last", line: 3, column: 0)
    }

    func testUnsupportedFeaturesAreNamed() {
        assertSyntaxError("async def f():\n    pass", "async functions, loops and with statements are not supported", line: 1, column: 0)
        assertSyntaxError("def f():\n    x = await g()", "'await' expressions are not supported", line: 2, column: 8)
        // An imaginary literal is a complex number.
        XCTAssertNoThrow(try Parser.parse("def f():\n    return 1 + 2j", filename: "<test>"))
        XCTAssertNoThrow(try Parser.parse("match = 1\nmatch(x)\nmatch.group(1)\nmatch[x]: int = 3\ncase = 2", filename: "<test>"))
    }

    func testExceptStarErrors() {
        let mixed = "cannot have both 'except' and 'except*' on the same 'try'"
        assertSyntaxError("try:\n    f()\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass", mixed, line: 5, column: 0)
        assertSyntaxError("try:\n    f()\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass", mixed, line: 5, column: 0)
        assertSyntaxError("try:\n    f()\nexcept*:\n    pass", "expected one or more exception types", line: 3, column: 7)
        let exit = "'break', 'continue' and 'return' cannot appear in an except* block"
        assertSyntaxError("for x in y:\n    try:\n        f()\n    except* E:\n        break", exit, line: 5, column: 8)
        assertSyntaxError("for x in y:\n    try:\n        f()\n    except* E:\n        continue", exit, line: 5, column: 8)
        assertSyntaxError("def g():\n    try:\n        f()\n    except* E:\n        return 1", exit, line: 5, column: 15)
        // A loop or function inside the block may use them.
        assertSyntaxError("try:\n    f()\nexcept* E:\n    for x in y:\n        break\n    def h():\n        return 2\nx = 1\nbreak",
                          "'break' outside loop", line: 9, column: 0)
    }

    func testMatchPatternErrorsPointAtThePattern() {
        assertSyntaxError("match x:\n    case y:\n        pass\n    case 1:\n        pass",
                          "name capture 'y' makes remaining patterns unreachable", line: 2, column: 9)
        assertSyntaxError("match x:\n    case C(a=1, 2):\n        pass", "positional patterns follow keyword patterns", line: 2, column: 16)
        assertSyntaxError("match x:\n    case [a, a]:\n        pass", "multiple assignments to name 'a' in pattern", line: 2, column: 13)
        assertSyntaxError("match x:\n    case 1 as _:\n        pass", "cannot use '_' as a target", line: 2, column: 14)
    }

    func testErrorsOrderedAsCPythonReportsThem() {
        // Errors CPython finds in its compiler come after any parse error.
        assertSyntaxError("return 1\nx = = 2", "invalid syntax", line: 2, column: 4)
        assertSyntaxError("f(a, a=1, a=2)\nx = = 1", "invalid syntax", line: 2, column: 4)
        // A tokenizer error further on wins over a parse error.
        assertSyntaxError("x = = 1\ns = 'abc", "unterminated string literal (detected at line 2)", line: 2, column: 4)
        assertSyntaxError("break\ns = 'abc", "unterminated string literal (detected at line 2)", line: 2, column: 4)
        assertSyntaxError("x = [1,\n  2\ny = = 3", "'[' was never closed", line: 1, column: 4)
        assertSyntaxError("x = = 1\ny = (", "invalid syntax", line: 1, column: 4)
        // At the end of the input, errors sit on its last line.
        assertSyntaxError("try:\n  pass\n", "expected 'except' or 'finally' block", line: 2, column: 6, incomplete: true)
        assertSyntaxError("def f():\n    # comment ", "expected an indented block after function definition on line 1",
                          line: 2, column: 14, kind: "IndentationError", incomplete: true)
        assertSyntaxError("if x:\n  pass\n  # c\n@dec\n", "invalid syntax", line: 4, column: 4, incomplete: true)
    }

    func testIncompleteInputIsFlaggedOnlyWhenMoreLinesCouldFixIt() throws {
        let incomplete = ["if x:", "s = 'abc\\\n", "for x in y:\n", "def f():\n    # body comes next\n", "x = (1,", "x = [1,\n 2",
                          "s = \'\'\'abc", "x = 1 + \\", "x = 1 + \\\n", "@dec", "try:\n    pass\n",
                          "if x:\n    y\nelse:"]
        for source in incomplete {
            XCTAssertEqual(syntaxError(source)?.isIncompleteInput, true, source)
        }
        let complete = ["x = = 1", "x = 1 +", "s = \'abc", "if x:\npass", "x = )", "f(a b)", "1 = x"]
        for source in complete {
            XCTAssertEqual(syntaxError(source)?.isIncompleteInput, false, source)
        }
    }

    func testErrorCarriesFilenameAndFileLines() throws {
        let error = syntaxError("x = 1\ny = = 2")
        XCTAssertEqual(error?.filename, "<test>")
        XCTAssertEqual(error?.description, "SyntaxError: invalid syntax")
        do {
            _ = try Parser.parse("x = 1\ny = = 2", filename: "lab.cells", firstLine: 40)
            XCTFail("expected an error")
        } catch let error as SyntaxError {
            XCTAssertEqual(error.filename, "lab.cells")
            XCTAssertEqual(error.location.line, 41)
        }
    }
}

final class SyntaxNestingLimitTests: XCTestCase {
    func testTooManyNestedParentheses() {
        let source = String(repeating: "(", count: 201) + String(repeating: ")", count: 201)
        assertSyntaxError(source, "too many nested parentheses", line: 1, column: 200)
    }

    func testDeeplyNestedBracketsWithinTheLimitParse() {
        let source = String(repeating: "[", count: 199) + "1" + String(repeating: "]", count: 199)
        XCTAssertNoThrow(try Parser.parse(source, filename: "<test>"))
    }

    func testAbsurdNestingIsARecursionErrorNotACrash() {
        for source in [String(repeating: "-", count: 5000) + "1", String(repeating: "not ", count: 5000) + "x",
                       String(repeating: "a if b else ", count: 3000) + "c", String(repeating: "lambda: ", count: 3000) + "1",
                       Array(repeating: "a", count: 5000).joined(separator: " ** ")] {
            let error = syntaxError(source)
            XCTAssertEqual(error?.kind, "RecursionError")
            XCTAssertEqual(error?.message, "maximum recursion depth exceeded during compilation")
        }
    }

    func testTooManyLevelsOfIndentation() {
        let source = (0...100).map { String(repeating: " ", count: $0) + "if x:\n" }.joined() + String(repeating: " ", count: 101) + "pass\n"
        assertSyntaxError(source, "too many levels of indentation", line: 101, column: 100, kind: "IndentationError")
    }
}

/// The symbol-table errors CPython reports once the input has parsed (recorded with python3.11).
final class ScopeErrorTests: XCTestCase {
    func testGlobalAndNonlocalMustPrecedeUses() {
        assertSyntaxError("def f():\n x = 1\n global x", "name 'x' is assigned to before global declaration", line: 3, column: 1)
        assertSyntaxError("def f():\n print(x)\n global x", "name 'x' is used prior to global declaration", line: 3, column: 1)
        assertSyntaxError("def f(x):\n global x", "name 'x' is parameter and global", line: 2, column: 1)
        assertSyntaxError("def f():\n x: int\n global x", "annotated name 'x' can't be global", line: 3, column: 1)
        assertSyntaxError("def f():\n x = 1\n def g():\n  x += 1\n  nonlocal x\n g()", "name 'x' is assigned to before nonlocal declaration",
                          line: 5, column: 2)
        assertSyntaxError("x = 1\nglobal x", "name 'x' is assigned to before global declaration", line: 2, column: 0)
    }

    func testNonlocalNeedsABindingInAnEnclosingFunction() {
        assertSyntaxError("def f():\n nonlocal x", "no binding for nonlocal 'x' found", line: 2, column: 1)
        assertSyntaxError("x = 1\ndef f():\n nonlocal x", "no binding for nonlocal 'x' found", line: 3, column: 1)
        assertSyntaxError("def f():\n x = 1\n class C:\n  def g(self):\n   nonlocal x\n   global x", "name 'x' is nonlocal and global",
                          line: 5, column: 3)
        assertSyntaxError("nonlocal x", "nonlocal declaration not allowed at module level", line: 1, column: 0)
        XCTAssertNoThrow(try Parser.parse("def f():\n def g():\n  nonlocal x\n  x = 2\n x = 1\n", filename: "<test>"))
        XCTAssertNoThrow(try Parser.parse("def f():\n [y := 1 for _ in 'a']\n def g():\n  nonlocal y\n", filename: "<test>"))
    }

    func testYieldOutsideFunction() {
        assertSyntaxError("yield 1", "'yield' outside function", line: 1, column: 0)
        assertSyntaxError("class C:\n x = yield", "'yield' outside function", line: 2, column: 5)
        assertSyntaxError("[(yield x) for x in y]", "'yield' inside list comprehension", line: 1, column: 2)
        XCTAssertNoThrow(try Parser.parse("f = lambda: (yield)", filename: "<test>"))
    }

    /// CPython's symbol-table limits on `:=` inside comprehensions (recorded with python3.11).
    func testAssignmentExpressionsInComprehensions() {
        assertSyntaxError("[(n := 1) for n in range(3)]", "assignment expression cannot rebind comprehension iteration variable 'n'", line: 1, column: 2)
        assertSyntaxError("[[(n := 1) for m in x] for n in y]", "assignment expression cannot rebind comprehension iteration variable 'n'", line: 1, column: 3)
        assertSyntaxError("def f():\n  [(n:=1) for n, (m, k) in a]\n", "assignment expression cannot rebind comprehension iteration variable 'n'", line: 2, column: 4)
        assertSyntaxError("[x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", line: 1, column: 13)
        assertSyntaxError("[x for x in a for z in (y := b)]", "assignment expression cannot be used in a comprehension iterable expression", line: 1, column: 24)
        assertSyntaxError("class A:\n  [(y := 1) for x in a]", "assignment expression within a comprehension cannot be used in a class body", line: 2, column: 4)
        assertSyntaxError("[x for x in [(y := 1) for z in w]]", "assignment expression cannot be used in a comprehension iterable expression", line: 1, column: 14)
        assertSyntaxError("[x for x in (lambda: (y := 1))()]", "assignment expression cannot be used in a comprehension iterable expression", line: 1, column: 22)
        XCTAssertNoThrow(try Parser.parse("[(x, y) for x in a if (y := x)]\nclass A:\n  y = (z := 1)\n", filename: "<test>"))
    }

    func testFutureImports() {
        XCTAssertNoThrow(try Parser.parse("\"doc\"\nfrom __future__ import annotations\nfrom __future__ import division",
                                          filename: "<test>"))
        assertSyntaxError("import os\nfrom __future__ import annotations", "from __future__ imports must occur at the beginning of the file",
                          line: 2, column: 0)
        assertSyntaxError("def f():\n  from __future__ import annotations", "from __future__ imports must occur at the beginning of the file",
                          line: 2, column: 2)
        assertSyntaxError("from __future__ import braces", "not a chance", line: 1, column: 0)
        assertSyntaxError("from __future__ import (annotations, nope)", "future feature nope is not defined", line: 1, column: 0)
    }

    func testNonlocalClassCellInMethods() {
        XCTAssertNoThrow(try Parser.parse("class A:\n def f(self):\n  nonlocal __class__\n", filename: "<test>"))
    }

    func testSymbolTableErrorsComeBeforeCompilerErrors() {
        assertSyntaxError("break\ndef f(a, a): pass", "duplicate argument 'a' in function definition", line: 2, column: 9)
    }
}
