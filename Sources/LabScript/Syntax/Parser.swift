import Foundation

/// A recursive-descent parser for LabScript (the Python subset), following CPython's grammar.
///
/// Grammar rules are methods named after the rules of CPython's `python.gram` (`disjunction()`,
/// `comparison()`, `primary()`, ...); they share the helpers `check`, `match`, `advance`, `peek`
/// and `consume`. Callers use only `Parser.parse` and `Parser.parseExpression`.
public final class Parser {
    let source: [Unicode.Scalar]
    let filename: String
    var lexer: Lexer
    /// The next token to consume.
    var current: Token
    /// The last consumed token (its end is the end of the node being built).
    var previous: Token
    /// The location of the last consumed token other than NEWLINE, INDENT and DEDENT.
    var lastSignificant: SourceLocation
    /// Tokens read ahead of `current` by `peek`.
    var lookahead: [Token] = []
    /// True inside a function body (not a class body nested in it).
    var isInFunction = false
    /// True inside a loop body (reset by a nested function or class).
    var isInLoop = false
    /// True inside an `except*` block, where `break`, `continue` and `return` may not leave it
    /// (reset by a nested loop, function or class).
    var isInExceptStar = false
    /// True when parsing the expression of an f-string replacement field.
    let isEmbedded: Bool
    /// The first error CPython finds only in its compiler, such as "'return' outside function":
    /// reported only if the whole input parses and passes the `ScopeChecker`.
    var errorAfterParsing: SyntaxError?
    /// True once the lexer has failed.
    var lexerFailed = false
    /// How many nested expressions (and `elif`s) are being parsed; see `maxDepth`.
    var depth = 0
    /// The deepest nesting parsed before giving up with CPython's RecursionError, well within the
    /// stack of the thread `parse` runs on.
    static let maxDepth = 1000
    /// The stack size of that thread. Debug builds use tens of kilobytes per level of brackets;
    /// the deepest input the limits allow (100 indented blocks, 200 brackets, 1000 levels) was
    /// measured to fit in 16 MB, so this leaves ample room.
    static let stackSize = 64 << 20

    /// Parses a module. `firstLine` is the file line on which `source` starts.
    /// - Throws: `SyntaxError`.
    public static func parse(_ source: String, filename: String, firstLine: Int = 1) throws -> [Stmt] {
        try onLargeStack {
            let scalars = normalizedScalars(source)
            let parser = try Parser(lexer: Lexer(source: scalars, filename: filename, line: firstLine))
            let module = try parser.reportingLexerErrorsFirst { try $0.file() }
            try parser.checkAfterParsing(module)
            return module
        }
    }

    /// Parses a single expression, as Python's `eval` does (leading blanks are ignored).
    /// - Throws: `SyntaxError`.
    public static func parseExpression(_ source: String, filename: String, firstLine: Int = 1) throws -> Expr {
        try onLargeStack {
            let scalars = normalizedScalars(source)
            let start = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.count
            let parser = try Parser(lexer: Lexer(source: scalars, filename: filename, start: start, line: firstLine))
            let value = try parser.reportingLexerErrorsFirst { parser in
                let value = try parser.starExpressions()
                while parser.current.kind == .newline { try parser.advance() }
                guard parser.current.kind == .endMarker else { throw parser.unexpected() }
                return value
            }
            try parser.checkAfterParsing([Stmt(.expr(value), value.location)])
            return value
        }
    }

    /// Runs `body` on the parsing thread, whose stack is `stackSize`, so that deeply nested input
    /// ends in a RecursionError at `maxDepth` instead of overflowing the caller's (possibly small)
    /// stack.
    private static func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
        try ParsingThread.shared.run(body)
    }

    init(lexer: Lexer, isEmbedded: Bool = false) throws {
        var lexer = lexer
        let first = try lexer.next()
        self.source = lexer.source
        self.filename = lexer.filename
        self.lexer = lexer
        self.isEmbedded = isEmbedded
        current = first
        previous = first
        lastSignificant = first.location
    }

    /// A copy of `other` that can parse ahead without moving `other` (for error hints).
    init(copying other: Parser) {
        source = other.source
        filename = other.filename
        lexer = other.lexer
        current = other.current
        previous = other.previous
        lastSignificant = other.lastSignificant
        lookahead = other.lookahead
        isInFunction = other.isInFunction
        isInLoop = other.isInLoop
        isInExceptStar = other.isInExceptStar
        isEmbedded = other.isEmbedded
        errorAfterParsing = other.errorAfterParsing
        lexerFailed = other.lexerFailed
        depth = other.depth
    }

    /// Runs `parse`; when it fails with a parser error, a tokenizer error further on (an
    /// unterminated string, a mismatched bracket...) is reported instead, as CPython does, except
    /// after an unexpected indent or unindent.
    func reportingLexerErrorsFirst<T>(_ parse: (Parser) throws -> T) throws -> T {
        do {
            return try parse(self)
        } catch let error as SyntaxError where !lexerFailed && current.kind != .indent && current.kind != .dedent {
            lexer.isScanningRest = true
            lexer.errorLine = error.location.line
            do {
                while try lexer.next().kind != .endMarker {}
            } catch let lexerError as SyntaxError {
                throw lexerError
            }
            throw error
        }
    }

    /// The checks CPython makes once the input has parsed: its symbol table's, then its compiler's.
    func checkAfterParsing(_ module: [Stmt]) throws {
        try ScopeChecker.check(module, filename: filename)
        if let error = errorAfterParsing { throw error }
    }

    /// Keeps the first error that CPython reports only once the whole input has parsed.
    func reportAfterParsing(_ error: SyntaxError) {
        if errorAfterParsing == nil { errorAfterParsing = error }
    }

    // MARK: - Token helpers

    /// The next token from the lexer, noting when it fails.
    private func nextToken() throws -> Token {
        do {
            return try lexer.next()
        } catch {
            lexerFailed = true
            throw error
        }
    }

    /// Consumes `current` and returns it.
    @discardableResult
    func advance() throws -> Token {
        previous = current
        switch previous.kind {
        case .newline, .indent, .dedent: break
        default: lastSignificant = previous.location
        }
        current = lookahead.isEmpty ? try nextToken() : lookahead.removeFirst()
        return previous
    }

    /// The token `offset` places after `current` (0 is `current`).
    func peek(_ offset: Int) throws -> Token {
        if offset == 0 { return current }
        while lookahead.count < offset { lookahead.append(try nextToken()) }
        return lookahead[offset - 1]
    }

    func check(_ op: String) -> Bool { current.isOp(op) }
    func checkKeyword(_ word: String) -> Bool { current.isKeyword(word) }

    func match(_ op: String) throws -> Bool {
        guard check(op) else { return false }
        try advance()
        return true
    }

    func matchKeyword(_ word: String) throws -> Bool {
        guard checkKeyword(word) else { return false }
        try advance()
        return true
    }

    /// Consumes the operator `op`, or fails with "invalid syntax" at the current token.
    @discardableResult
    func consume(_ op: String) throws -> Token {
        guard check(op) else { throw unexpected() }
        return try advance()
    }

    func consumeKeyword(_ word: String) throws {
        guard checkKeyword(word) else { throw unexpected() }
        try advance()
    }

    /// Consumes an identifier and returns its text.
    func consumeName() throws -> String {
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
    func enterNesting() throws {
        depth += 1
        guard depth <= Parser.maxDepth else {
            throw error("maximum recursion depth exceeded during compilation", at: current.location, kind: "RecursionError")
        }
    }

    /// The error for a token no rule accepts here; `incomplete` when that token ends the input.
    func unexpected(incomplete: Bool = false) -> SyntaxError {
        if current.kind == .indent {
            // CPython's offset is the indentation's last column, left of the text: no caret.
            var location = current.location
            location.column = max(location.column - 1, 0)
            location.endColumn = location.column
            return error("unexpected indent", at: location, kind: "IndentationError")
        }
        if current.kind == .dedent {
            return error("unexpected unindent", at: current.location, kind: "IndentationError", incomplete: incomplete)
        }
        return error("invalid syntax", at: current.location, incomplete: incomplete)
    }
}

/// One long-lived thread with a large stack that runs parses one at a time (starting a thread
/// per parse would cost more than parsing a short cell).
private final class ParsingThread: @unchecked Sendable {
    static let shared = ParsingThread()

    private var thread: Thread?
    /// Serializes callers; the semaphores hand each job over and back.
    private let lock = NSLock()
    private let jobReady = DispatchSemaphore(value: 0)
    private let jobDone = DispatchSemaphore(value: 0)
    private var job: (() -> Void)?

    private init() {
        let thread = Thread { [unowned self] in
            while true {
                jobReady.wait()
                job?()
                jobDone.signal()
            }
        }
        thread.stackSize = Parser.stackSize
        thread.start()
        self.thread = thread
    }

    func run<T>(_ body: @escaping () throws -> T) throws -> T {
        if Thread.current === thread { return try body() }
        lock.lock()
        defer { lock.unlock() }
        var result: Result<T, Error>?
        job = { result = Result(catching: body) }
        jobReady.signal()
        jobDone.wait()
        job = nil
        return try result!.get()
    }
}

/// The source as Unicode scalars, without a leading byte-order mark and with `\r\n` and `\r`
/// line ends turned into `\n`.
func normalizedScalars(_ source: String) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(source.unicodeScalars.count)
    var afterReturn = false
    for c in source.unicodeScalars.dropFirst(source.unicodeScalars.first == "\u{FEFF}" ? 1 : 0) {
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
