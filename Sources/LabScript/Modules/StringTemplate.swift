/// `string.Template`: `$name`, `${name}` and `$$` substitution with CPython's errors.
final class StringTemplate: NativeObject {
    static let type = NativeClass("Template", module: "string", constructor: Function("Template", params: ["template"]) { args in
        .native(StringTemplate(try args.string("template")))
    }, methods: [
        Function("substitute", params: ["mapping=None", "/", "**kws"]) { args in
            try args.receiver(as: StringTemplate.self).substitute(args, safe: false)
        },
        Function("safe_substitute", params: ["mapping=None", "/", "**kws"]) { args in
            try args.receiver(as: StringTemplate.self).substitute(args, safe: true)
        },
        Function("get_identifiers") { args in
            let t = try args.receiver(as: StringTemplate.self)
            var names: [String] = []
            for piece in try t.pieces() { if case .name(let n, _) = piece, !names.contains(n) { names.append(n) } }
            return .list(PyList(names.map { .str($0) }))
        },
        Function("is_valid") { args in
            .bool((try? args.receiver(as: StringTemplate.self).pieces()) != nil)
        },
    ], properties: [
        Property("template") { v, _ in
            guard case .native(let t as StringTemplate) = v else { return .none }
            return .str(t.template)
        },
    ], attributes: ["delimiter": .str("$")]).type

    let template: String
    init(_ template: String) { self.template = template }
    var pyClass: PyType { StringTemplate.type }

    enum Piece {
        case text(String)
        /// A placeholder and the source text it came from.
        case name(String, String)
    }

    /// The template split into literal text and placeholders; ValueError for a bad `$`.
    func pieces() throws -> [Piece] {
        let s = Array(template.unicodeScalars)
        func isStart(_ c: Unicode.Scalar) -> Bool { c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        func isPart(_ c: Unicode.Scalar) -> Bool { isStart(c) || ("0"..."9").contains(c) }
        func string(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }
        var out: [Piece] = []
        var literal = 0, i = 0
        while i < s.count {
            guard s[i] == "$" else { i += 1; continue }
            if literal < i { out.append(.text(string(literal..<i))) }
            if i + 1 < s.count && s[i + 1] == "$" {
                out.append(.text("$"))
                i += 2
            } else if i + 1 < s.count && isStart(s[i + 1]) {
                var j = i + 2
                while j < s.count && isPart(s[j]) { j += 1 }
                out.append(.name(string((i + 1)..<j), string(i..<j)))
                i = j
            } else if i + 2 < s.count && s[i + 1] == "{" && isStart(s[i + 2]) {
                var j = i + 3
                while j < s.count && isPart(s[j]) { j += 1 }
                guard j < s.count && s[j] == "}" else { throw invalid(at: i, s) }
                out.append(.name(string((i + 2)..<j), string(i..<(j + 1))))
                i = j + 1
            } else {
                throw invalid(at: i, s)
            }
            literal = i
        }
        if literal < s.count { out.append(.text(string(literal..<s.count))) }
        return out
    }

    private func invalid(at index: Int, _ s: [Unicode.Scalar]) -> PyException {
        let before = s[..<index]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = index - (before.lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
        return PyException.valueError("Invalid placeholder in string: line \(line), col \(column)")
    }

    func substitute(_ args: Args, safe: Bool) throws -> Value {
        let i = args.interpreter
        var out = ""
        for piece in try pieces() {
            switch piece {
            case .text(let t): out += t
            case .name(let name, let source):
                if let v = args.kwargs.last(where: { $0.0 == name })?.1 {
                    out += try i.strOf(v)
                } else if !args["mapping"].isNone, let v = try? i.getItem(args["mapping"], .str(name)) {
                    out += try i.strOf(v)
                } else if safe {
                    out += source
                } else {
                    throw PyException.keyError(.str(name))
                }
            }
        }
        return .str(out)
    }
}
