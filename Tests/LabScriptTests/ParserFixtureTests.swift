import Foundation
import XCTest
@testable import LabScript

/// Compares the parser with CPython 3.11 on the snippets recorded by
/// scripts/fixtures/parser_snippets.py: the same tree and the same location on every statement and
/// expression, including those inside f-strings.
final class ParserFixtureTests: XCTestCase {
    private struct Snippet: Decodable {
        let source: String
        let ast: String
        let locations: String
    }

    private func snippets() throws -> [Snippet] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/parser_snippets.json")
        return try JSONDecoder().decode([Snippet].self, from: Data(contentsOf: url))
    }

    func testTreesMatchCPython() throws {
        for snippet in try snippets() {
            XCTAssertEqual(dump(snippet.source), snippet.ast, "source: \(snippet.source.debugDescription)")
        }
    }

    func testLocationsMatchCPython() throws {
        for snippet in try snippets() {
            guard let module = try? Parser.parse(snippet.source, filename: "<test>") else { continue }
            var walker = LocationWalker()
            module.forEach { walker.visit($0) }
            XCTAssertEqual(walker.found.joined(separator: " "), snippet.locations, "source: \(snippet.source.debugDescription)")
        }
    }
}

/// Lists node locations in the pre-order of CPython's `ast.iter_child_nodes`.
private struct LocationWalker {
    var found: [String] = []

    mutating func record(_ l: SourceLocation) {
        found.append("\(l.line):\(l.column)-\(l.endLine):\(l.endColumn)")
    }

    mutating func visit(_ s: Stmt) {
        record(s.location)
        switch s.kind {
        case .functionDef(_, let args, let body, let decorators, let returns):
            visit(args)
            body.forEach { visit($0) }
            decorators.forEach { visit($0) }
            visit(returns)
        case .classDef(_, let bases, let keywords, let body, let decorators):
            bases.forEach { visit($0) }
            keywords.forEach { visit($0.value) }
            body.forEach { visit($0) }
            decorators.forEach { visit($0) }
        case .return(let value): visit(value)
        case .delete(let targets): targets.forEach { visit($0) }
        case .assign(let targets, let value): (targets + [value]).forEach { visit($0) }
        case .augAssign(let target, _, let value): [target, value].forEach { visit($0) }
        case .annAssign(let target, let annotation, let value):
            [target, annotation].forEach { visit($0) }
            visit(value)
        case .for(let target, let iter, let body, let orelse):
            [target, iter].forEach { visit($0) }
            (body + orelse).forEach { visit($0) }
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            visit(test)
            (body + orelse).forEach { visit($0) }
        case .with(let items, let body):
            for item in items {
                visit(item.contextExpr)
                visit(item.optionalVars)
            }
            body.forEach { visit($0) }
        case .raise(let exc, let cause):
            visit(exc)
            visit(cause)
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            body.forEach { visit($0) }
            for handler in handlers {
                visit(handler.type)
                handler.body.forEach { visit($0) }
            }
            (orelse + finalbody).forEach { visit($0) }
        case .assert(let test, let msg):
            visit(test)
            visit(msg)
        case .match(let subject, let cases):
            visit(subject)
            for c in cases {
                visit(c.guardExpr)
                c.body.forEach { visit($0) }
            }
        case .expr(let value): visit(value)
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue, .magic: break
        }
    }

    mutating func visit(_ a: Arguments) {
        for arg in a.posonly + a.args + [a.vararg].compactMap({ $0 }) + a.kwonly { visit(arg.annotation) }
        a.kwDefaults.forEach { visit($0) }
        visit(a.kwarg?.annotation)
        a.defaults.forEach { visit($0) }
    }

    mutating func visit(_ comprehensions: [Comprehension]) {
        for c in comprehensions {
            visit(c.target)
            visit(c.iter)
            c.ifs.forEach { visit($0) }
        }
    }

    mutating func visit(_ e: Expr?) {
        guard let e else { return }
        record(e.location)
        switch e.kind {
        case .boolOp(_, let values): values.forEach { visit($0) }
        case .namedExpr(let a, let b), .binOp(let a, _, let b), .subscript(let a, let b): [a, b].forEach { visit($0) }
        case .unaryOp(_, let a), .starred(let a), .attribute(let a, _), .yieldFrom(let a): visit(a)
        case .yield(let a): visit(a)
        case .lambda(let args, let body):
            visit(args)
            visit(body)
        case .ifExp(let test, let body, let orelse): [test, body, orelse].forEach { visit($0) }
        case .dict(let keys, let values):
            keys.forEach { visit($0) }
            values.forEach { visit($0) }
        case .set(let elements), .list(let elements), .tuple(let elements): elements.forEach { visit($0) }
        case .listComp(let element, let c), .setComp(let element, let c), .generatorExp(let element, let c):
            visit(element)
            visit(c)
        case .dictComp(let key, let value, let c):
            visit(key)
            visit(value)
            visit(c)
        case .compare(let left, _, let rest): ([left] + rest).forEach { visit($0) }
        case .call(let function, let args, let keywords):
            visit(function)
            args.forEach { visit($0) }
            keywords.forEach { visit($0.value) }
        case .slice(let lower, let upper, let step): [lower, upper, step].forEach { visit($0) }
        case .joinedStr(let parts): parts.forEach { visit($0) }
        case .formattedValue(let value, _, let spec):
            visit(value)
            visit(spec)
        case .constant, .name: break
        }
    }
}
