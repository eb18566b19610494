import LabScript

/// CPython 3.11's finer marks under a failing binary operation or subscript: `^` under the operator
/// or the brackets, `~` under the rest (`~~^~~`, `~~~~^^^`). Offsets are in Unicode scalars from the
/// start of the failing segment.
struct CaretAnchors: Equatable {
    /// Where the `^` run starts.
    let leftEnd: Int
    /// Where the `^` run ends (exclusive).
    let rightStart: Int

    /// The anchors of `segment` (the failing expression's source, on one line), as CPython finds
    /// them: only when the segment parses as one expression statement that is a binary operation
    /// or a subscript.
    init?(segment: [Unicode.Scalar]) {
        guard let statements = try? Parser.parse(String(String.UnicodeScalarView(segment)), filename: "<traceback>"),
              statements.count == 1, case .expr(let expr) = statements[0].kind else { return nil }
        switch expr.kind {
        case .binOp(let left, _, let right) where left.location.endLine == 1 && right.location.line == 1:
            self.init(operatorBetween: left.location.endColumn, and: right.location.column, in: segment)
        case .subscript(let value, let index) where value.location.endLine == 1 && index.location.endLine == 1:
            self.init(bracketsAfter: value.location.endColumn, index: index.location.endColumn, in: segment)
        default:
            return nil
        }
    }

    /// The operator: its first character (two for a two-character operator such as `**` or `//`),
    /// past any closing parentheses of the left operand.
    private init?(operatorBetween leftEnd: Int, and rightStart: Int, in segment: [Unicode.Scalar]) {
        guard leftEnd <= rightStart, rightStart <= segment.count else { return nil }
        let between = segment[leftEnd..<rightStart]
        let offset = between.prefix { $0.properties.isWhitespace }.count
        var left = leftEnd + offset
        var right = left + 1
        if offset + 1 < between.count && !between[leftEnd + offset + 1].properties.isWhitespace { right += 1 }
        while left < segment.count && (segment[left].properties.isWhitespace || segment[left] == ")" || segment[left] == "#") {
            left += 1
            right += 1
        }
        self.leftEnd = left
        self.rightStart = right
    }

    /// The brackets: from the `[` after the value through the `]` after the index.
    private init(bracketsAfter valueEnd: Int, index indexEnd: Int, in segment: [Unicode.Scalar]) {
        var left = valueEnd
        var right = indexEnd + 1
        while left < segment.count && segment[left] != "[" { left += 1 }
        while right < segment.count && segment[right] != "]" { right += 1 }
        if right < segment.count { right += 1 }
        self.leftEnd = left
        self.rightStart = right
    }
}
