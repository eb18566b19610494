extension Parser {
    /// star_targets: star_target !',' | star_target (',' star_target)* [','] — the targets of `for`
    /// and comprehensions, parsed at primary level so that `in` ends them.
    func starTargets() throws -> Expr {
        let start = current.location
        let first = try starTarget()
        var target = first
        if check(",") {
            var elements = [first]
            while try match(",") {
                if checkKeyword("in") || check("=") { break }
                elements.append(try starTarget())
            }
            target = Expr(.tuple(elements), span(from: start))
        }
        try checkAssignable(target, hint: nil)
        return target
    }

    /// star_target: '*' star_target | t_primary
    func starTarget() throws -> Expr {
        guard check("*") else { return try primary() }
        try enterNesting()
        defer { depth -= 1 }
        let start = try advance().location
        let value = try starTarget()
        return Expr(.starred(value), span(from: start))
    }

    /// Throws CPython's error when `target` cannot be assigned to. `hint` is the sole target of a
    /// plain assignment, whose error suggests '==' as CPython does.
    func checkAssignable(_ target: Expr, hint: Expr?) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        case .starred:
            // CPython's compiler, not its parser, rejects these two.
            reportAfterParsing(error("starred assignment target must be in a list or tuple", at: target.location))
        case .tuple(let elements), .list(let elements):
            checkStarredCount(elements, in: target)
            let isUnparenthesized = elements.first.map {
                $0.location.line == target.location.line && $0.location.column == target.location.column
            } ?? false
            for element in elements {
                if case .starred(let inner) = element.kind {
                    try checkAssignable(inner, hint: nil)
                } else {
                    try checkAssignable(element, hint: hint != nil && isUnparenthesized ? element : nil)
                }
            }
        case .yield, .yieldFrom:
            throw error("assignment to yield expression not possible", at: target.location)
        default:
            var message = "cannot assign to \(describe(target))"
            if hint != nil, allowsEqualsHint(target) { message += " here. Maybe you meant '==' instead of '='?" }
            throw error(message, at: target.location)
        }
    }

    private func checkStarredCount(_ elements: [Expr], in target: Expr) {
        let starred = elements.filter { if case .starred = $0.kind { return true } else { return false } }
        if starred.count > 1 { reportAfterParsing(error("multiple starred expressions in assignment", at: target.location)) }
    }

    /// CPython suggests '==' only for targets at the precedence of `|` or tighter, other than
    /// True, False, None, lists and tuples.
    private func allowsEqualsHint(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant(.none), .constant(.bool), .tuple, .list, .generatorExp, .compare, .boolOp, .unaryOp(.not, _),
             .ifExp, .lambda, .namedExpr:
            return false
        default:
            return true
        }
    }

    /// Throws CPython's error when `target` cannot follow `del`.
    func checkDeletable(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let elements), .list(let elements):
            for element in elements { try checkDeletable(element) }
        default:
            throw error("cannot delete \(describe(target))", at: target.location)
        }
    }

    /// Throws CPython's error when `target` cannot be the target of `+=` and friends.
    func checkAugmentedTarget(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", at: target.location)
        }
    }

    /// How CPython names an expression in error messages ("literal", "function call", ...).
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        }
    }
}
