extension Parser {
    /// Whether the soft keyword `match` at `current` starts a match statement
    /// (`"match" subject_expr ':' NEWLINE`); otherwise `match` is an ordinary name.
    func startsMatchStatement() -> Bool {
        guard current.kind == .name, current.text == "match" else { return false }
        let copy = Parser(copying: self)
        do {
            try copy.advance()
            guard copy.startsExpression() else { return false }
            _ = try copy.subjectExpression()
            guard try copy.match(":") else { return false }
            return copy.current.kind == .newline
        } catch {
            return false
        }
    }

    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    func matchStatement() throws -> Stmt {
        try enterNesting()
        defer { depth -= 1 }
        let start = try advance().location
        let subject = try subjectExpression()
        try consume(":")
        guard current.kind == .newline else { throw unexpected() }
        try advance()
        guard current.kind == .indent else {
            throw error("expected an indented block after 'match' statement on line \(start.line)", at: current.location,
                        kind: "IndentationError", incomplete: current.isAtEnd)
        }
        try advance()
        var cases: [MatchCase] = []
        while current.kind == .name && current.text == "case" {
            if let previous = cases.last { checkCase(previous, isLast: false) }
            cases.append(try caseBlock())
        }
        guard let last = cases.last else { throw unexpected(incomplete: current.isAtEnd) }
        checkCase(last, isLast: true)
        guard current.kind == .dedent || current.kind == .endMarker else { throw unexpected() }
        if current.kind == .dedent { try advance() }
        return Stmt(.match(subject: subject, cases: cases), start.through(lastSignificant))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    fileprivate func subjectExpression() throws -> Expr {
        let start = current.location
        let first = try starNamedExpression()
        guard check(",") else {
            if case .starred = first.kind { throw unexpected() }
            return first
        }
        var elements = [first]
        while try match(",") {
            guard startsExpression() else { break }
            elements.append(try starNamedExpression())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    /// case_block: "case" patterns guard? ':' block
    private func caseBlock() throws -> MatchCase {
        let keyword = try advance()
        let pattern = try patterns()
        let guardExpr = try matchKeyword("if") ? try namedExpression() : nil
        try consumeColon()
        let body = try block(after: "'case' statement on line \(keyword.location.line)")
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    /// patterns: open_sequence_pattern | pattern
    private func patterns() throws -> Pattern {
        let start = current.location
        let first = try maybeStarPattern()
        guard check(",") else {
            if case .matchStar = first.kind { throw unexpected() }
            return first
        }
        var items = [first]
        while try match(",") {
            if check(":") || checkKeyword("if") { break }
            items.append(try maybeStarPattern())
        }
        return Pattern(.matchSequence(items), span(from: start))
    }

    /// maybe_star_pattern: '*' NAME | pattern
    private func maybeStarPattern() throws -> Pattern {
        guard check("*") else { return try pattern() }
        let start = try advance().location
        let name = try consumeName()
        return Pattern(.matchStar(name == "_" ? nil : name), span(from: start))
    }

    /// pattern: or_pattern ['as' NAME]
    private func pattern() throws -> Pattern {
        let start = current.location
        let alternatives = try orPattern()
        guard try matchKeyword("as") else { return alternatives }
        guard current.kind == .name else { throw unexpected() }
        let target = try advance()
        if target.text == "_" { throw error("cannot use '_' as a target", at: target.location) }
        if check(".") || check("(") || check("=") { throw unexpected() }
        return Pattern(.matchAs(pattern: alternatives, name: target.text), span(from: start))
    }

    /// or_pattern: '|'.closed_pattern+
    private func orPattern() throws -> Pattern {
        let start = current.location
        let first = try closedPattern()
        guard check("|") else { return first }
        var alternatives = [first]
        while try match("|") { alternatives.append(try closedPattern()) }
        return Pattern(.matchOr(alternatives), span(from: start))
    }

    /// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
    private func closedPattern() throws -> Pattern {
        try enterNesting()
        defer { depth -= 1 }
        let token = current
        switch token.kind {
        case .number, .string:
            return try literalPattern()
        case .keyword:
            let constant: Constant
            switch token.text {
            case "None": constant = .none
            case "True": constant = .bool(true)
            case "False": constant = .bool(false)
            default: throw unexpected()
            }
            try advance()
            return Pattern(.matchSingleton(constant), token.location)
        case .name:
            return try namePattern()
        case .op:
            switch token.text {
            case "-": return try literalPattern()
            case "(": return try groupOrSequencePattern()
            case "[":
                try advance()
                let items = try sequenceItems(closing: "]")
                return Pattern(.matchSequence(items), span(from: token.location))
            case "{": return try mappingPattern()
            default: throw unexpected()
            }
        default:
            throw unexpected()
        }
    }

    /// A signed number (with an optional `+ imaginary` part) or a string literal.
    private func literalPattern() throws -> Pattern {
        let value = try literalExpression()
        return Pattern(.matchValue(value), value.location)
    }

    /// literal_expr without None/True/False: signed_number ['+'|'-' NUMBER] | strings
    private func literalExpression() throws -> Expr {
        let start = current.location
        if current.kind == .string {
            let value = try strings()
            if case .joinedStr = value.kind {
                throw error("patterns may only match literals and attribute lookups", at: value.location)
            }
            return value
        }
        let negative = try match("-")
        guard current.kind == .number else { throw unexpected() }
        let number = try advance()
        var value = Expr(.constant(number.number ?? .none), number.location)
        if negative { value = Expr(.unaryOp(.uSub, value), span(from: start)) }
        guard check("+") || check("-") else { return value }
        let op: Operator = try advance().text == "+" ? .add : .sub
        guard current.kind == .number else { throw unexpected() }
        let imaginary = try advance()
        guard case .imaginary? = imaginary.number else {
            throw error("imaginary number required in complex literal", at: imaginary.location)
        }
        return Expr(.binOp(value, op, Expr(.constant(imaginary.number!), imaginary.location)), span(from: start))
    }

    /// capture_pattern | wildcard_pattern | value_pattern (a dotted name) | class_pattern
    private func namePattern() throws -> Pattern {
        let start = current.location
        let first = try advance()
        var reference = Expr(.name(first.text), first.location)
        var dotted = false
        while try match(".") {
            let attribute = try consumeName()
            reference = Expr(.attribute(reference, attribute), span(from: start))
            dotted = true
        }
        if check("(") { return try classPattern(reference, start: start) }
        if dotted { return Pattern(.matchValue(reference), reference.location) }
        return Pattern(.matchAs(pattern: nil, name: first.text == "_" ? nil : first.text), first.location)
    }

    /// class_pattern: name_or_attr '(' [pattern (',' pattern)*] [NAME '=' pattern (',' ...)*] [','] ')'
    private func classPattern(_ cls: Expr, start: SourceLocation) throws -> Pattern {
        try advance()
        var patterns: [Pattern] = [], kwdAttrs: [String] = [], kwdPatterns: [Pattern] = []
        while !check(")") {
            if current.kind == .name, try peek(1).isOp("=") {
                kwdAttrs.append(try advance().text)
                try advance()
                kwdPatterns.append(try pattern())
            } else {
                let positional = try pattern()
                if !kwdAttrs.isEmpty {
                    throw error("positional patterns follow keyword patterns", at: positional.location)
                }
                patterns.append(positional)
            }
            guard try match(",") else { break }
        }
        try consume(")")
        return Pattern(.matchClass(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns),
                       span(from: start))
    }

    /// group_pattern: '(' pattern ')' | sequence_pattern: '(' [open_sequence_pattern] ')'
    private func groupOrSequencePattern() throws -> Pattern {
        let start = try advance().location
        if try match(")") { return Pattern(.matchSequence([]), span(from: start)) }
        let first = try maybeStarPattern()
        if try match(")") {
            if case .matchStar = first.kind { return Pattern(.matchSequence([first]), span(from: start)) }
            return first
        }
        guard try match(",") else { throw unexpected() }
        let rest = try sequenceItems(closing: ")")
        return Pattern(.matchSequence([first] + rest), span(from: start))
    }

    /// The comma-separated maybe_star_patterns up to and including `closing`.
    private func sequenceItems(closing: String) throws -> [Pattern] {
        var items: [Pattern] = []
        while !check(closing) {
            items.append(try maybeStarPattern())
            guard try match(",") else { break }
        }
        try consume(closing)
        return items
    }

    /// mapping_pattern: '{' [(literal_expr | attr) ':' pattern (',' ...)*] [',' '**' NAME] [','] '}'
    private func mappingPattern() throws -> Pattern {
        let start = try advance().location
        var keys: [Expr] = [], patterns: [Pattern] = []
        var rest: String?
        while !check("}") {
            if try match("**") {
                guard current.kind == .name, current.text != "_" else { throw unexpected() }
                rest = try advance().text
                _ = try match(",")
                break
            }
            keys.append(try mappingKey())
            try consume(":")
            patterns.append(try pattern())
            guard try match(",") else { break }
        }
        try consume("}")
        return Pattern(.matchMapping(keys: keys, patterns: patterns, rest: rest), span(from: start))
    }

    /// A mapping key: a literal (None/True/False included) or a dotted name.
    private func mappingKey() throws -> Expr {
        let token = current
        switch token.kind {
        case .keyword where ["None", "True", "False"].contains(token.text):
            try advance()
            return Expr(.constant(token.text == "None" ? .none : .bool(token.text == "True")), token.location)
        case .name:
            guard try peek(1).isOp(".") else { throw unexpected() }
            try advance()
            var reference = Expr(.name(token.text), token.location)
            while try match(".") {
                reference = Expr(.attribute(reference, try consumeName()), span(from: token.location))
            }
            return reference
        default:
            return try literalExpression()
        }
    }
}
