import Foundation

/// A recursive-descent parser for LabScript (the Python subset), following CPython's grammar.
///
/// Grammar rules are methods named after the rules of CPython's `python.gram` (`disjunction()`,
/// `comparison()`, `primary()`, ...); they share the helpers `check`, `match`, `advance`, `peek`
/// and `consume`. Callers use only `Parser.parse`.
public struct Parser {
    let source: [Unicode.Scalar]
    let filename: String
    var lexer: Lexer
    /// The next token to consume.
    var current: Token
    /// The last consumed token (its end is the end of the node being built).
    var previous: Token
    /// Tokens read ahead of `current` by `peek`.
    var lookahead: [Token] = []
    /// True inside a function or lambda body (not a class body nested in it).
    var isInFunction = false
    /// True inside a loop body (reset by a nested function or class).
    var isInLoop = false
    /// True when parsing the expression of an f-string replacement field.
    let isEmbedded: Bool
    /// How many nested expressions (and `elif`s) are being parsed; see `maxDepth`.
    var depth = 0
    /// The deepest nesting parsed before giving up with CPython's RecursionError, well within the
    /// stack of the thread `parse` runs on.
    static let maxDepth = 1000
    /// The stack size of that thread: debug builds use tens of kilobytes per nesting level.
    static let stackSize = 256 << 20

    /// Parses a module. `firstLine` is the file line on which `source` starts.
    /// - Throws: `SyntaxError`.
    public static func parse(_ source: String, filename: String, firstLine: Int = 1) throws -> [Stmt] {
        try onLargeStack {
            let scalars = normalizedScalars(source)
            var parser = try Parser(lexer: Lexer(source: scalars, filename: filename, line: firstLine))
            return try parser.file()
        }
    }

    /// Parses a single expression, as Python's `eval` does (leading blanks are ignored).
    /// - Throws: `SyntaxError`.
    public static func parseExpression(_ source: String, filename: String, firstLine: Int = 1) throws -> Expr {
        try onLargeStack {
            let scalars = normalizedScalars(source)
            let start = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.count
            var parser = try Parser(lexer: Lexer(source: scalars, filename: filename, start: start, line: firstLine))
            let value = try parser.starExpressions()
            while parser.current.kind == .newline { try parser.advance() }
            guard parser.current.kind == .endMarker else { throw parser.unexpected() }
            return value
        }
    }

    /// Runs `body` on a thread with a `stackSize` stack, so that deeply nested input ends in a
    /// RecursionError at `maxDepth` instead of overflowing the caller's (possibly small) stack.
    private static func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result(catching: body)
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return try box.result!.get()
    }

    init(lexer: Lexer, isEmbedded: Bool = false) throws {
        self.source = lexer.source
        self.filename = lexer.filename
        self.lexer = lexer
        self.isEmbedded = isEmbedded
        let first = try self.lexer.next()
        current = first
        previous = first
    }

    // MARK: - Token helpers

    /// Consumes `current` and returns it.
    @discardableResult
    mutating func advance() throws -> Token {
        previous = current
        current = lookahead.isEmpty ? try lexer.next() : lookahead.removeFirst()
        return previous
    }

    /// The token `offset` places after `current` (0 is `current`).
    mutating func peek(_ offset: Int) throws -> Token {
        if offset == 0 { return current }
        while lookahead.count < offset { lookahead.append(try lexer.next()) }
        return lookahead[offset - 1]
    }

    func check(_ op: String) -> Bool { current.isOp(op) }
    func checkKeyword(_ word: String) -> Bool { current.isKeyword(word) }

    mutating func match(_ op: String) throws -> Bool {
        guard check(op) else { return false }
        try advance()
        return true
    }

    mutating func matchKeyword(_ word: String) throws -> Bool {
        guard checkKeyword(word) else { return false }
        try advance()
        return true
    }

    /// Consumes the operator `op`, or fails with "invalid syntax" at the current token.
    @discardableResult
    mutating func consume(_ op: String) throws -> Token {
        guard check(op) else { throw unexpected() }
        return try advance()
    }

    mutating func consumeKeyword(_ word: String) throws {
        guard checkKeyword(word) else { throw unexpected() }
        try advance()
    }

    /// Consumes an identifier and returns its text.
    mutating func consumeName() throws -> String {
        guard current.kind == .name else { throw unexpected() }
        return try advance().text
    }

    /// The span from `start` to the end of the last consumed token.
    func span(from start: SourceLocation) -> SourceLocation {
        start.through(previous.location)
    }

    // MARK: - Errors

    /// A syntax error at `location`; `fString` (or parsing inside an f-string) adds the "f-string: " prefix.
    func error(_ message: String, at location: SourceLocation, kind: String = "SyntaxError",
               incomplete: Bool = false, fString: Bool = false) -> SyntaxError {
        SyntaxError(kind: kind, message: isEmbedded || fString ? "f-string: " + message : message,
                    filename: filename, location: location, isIncompleteInput: incomplete)
    }

    /// Counts one more level of nesting; past `maxDepth`, fails as CPython's compiler does.
    mutating func enterNesting() throws {
        depth += 1
        guard depth <= Parser.maxDepth else {
            throw error("maximum recursion depth exceeded during compilation", at: current.location, kind: "RecursionError")
        }
    }

    /// The error for a token no rule accepts here.
    func unexpected() -> SyntaxError {
        if current.kind == .indent {
            return error("unexpected indent", at: current.location, kind: "IndentationError")
        }
        if current.kind == .dedent {
            return error("unindent does not match any outer indentation level", at: current.location,
                         kind: "IndentationError")
        }
        return error("invalid syntax", at: current.location)
    }
}

/// Carries a result from the parsing thread; the semaphore orders the write before the read.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// The source as Unicode scalars, with `\r\n` and `\r` line ends turned into `\n`.
func normalizedScalars(_ source: String) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(source.unicodeScalars.count)
    var afterReturn = false
    for c in source.unicodeScalars {
        if c == "\r" {
            scalars.append("\n")
            afterReturn = true
            continue
        }
        if !(c == "\n" && afterReturn) { scalars.append(c) }
        afterReturn = false
    }
    return scalars
}
