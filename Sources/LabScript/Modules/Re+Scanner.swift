/// `re.Scanner(lexicon, flags=0)`: a tokenizer from (pattern, action) pairs. `scan(string)` matches
/// the phrases one after another from the start, and returns the actions' results (an action is
/// called as `action(scanner, token)`, a None action drops the token, another value is kept as
/// is) and the text left where no phrase matched or a phrase matched the empty string.
final class RegexScanner: NativeObject {
    static let cls = NativeClass("Scanner", module: "re", constructor: Function("Scanner", params: ["lexicon", "flags=0"]) { a in
        let i = a.interpreter
        var phrases: [String] = [], actions: [Value] = []
        for entry in try i.iterateToArray(a["lexicon"]) {
            let pair = try i.iterateToArray(entry)
            guard pair.count == 2 else { throw PyException.valueError("too many values to unpack (expected 2)") }
            phrases.append(try pair[0].string("phrase"))
            actions.append(pair[1])
        }
        let pattern = try RegexPattern(phrases.map { "(" + $0 + ")" }.joined(separator: "|"), flags: try a.interpreter.regexFlags(a["flags"]))
        return .native(RegexScanner(lexicon: a["lexicon"], pattern: pattern, actions: actions))
    }, methods: [
        Function("scan", params: ["string"]) { a in
            let scanner = try a.receiver(as: RegexScanner.self)
            let (results, rest) = try scanner.scan(try a.string("string"), a.receiver!, a.interpreter)
            return .tuple([.list(PyList(results)), .str(rest)])
        },
    ], properties: [
        Property("lexicon") { v, _ in
            guard case .native(let s as RegexScanner) = v else { return .none }
            return s.lexicon
        },
        Property("match") { v, _ in
            guard case .native(let s as RegexScanner) = v else { return .none }
            return s.lastMatch
        },
    ])

    let lexicon: Value
    let pattern: RegexPattern
    let actions: [Value]
    /// The match an action is being called for (`scanner.match`).
    var lastMatch: Value = .none

    init(lexicon: Value, pattern: RegexPattern, actions: [Value]) {
        self.lexicon = lexicon
        self.pattern = pattern
        self.actions = actions
    }

    var pyClass: PyType { RegexScanner.cls.type }

    func scan(_ s: String, _ receiver: Value, _ interp: Interpreter) throws -> ([Value], String) {
        var results: [Value] = []
        var i = 0
        // The group number that wraps each phrase (phrases may hold groups of their own).
        let phraseGroups = pattern.parents.indices.filter { $0 > 0 && pattern.parents[$0] == 0 }
        while case .native(let m as RegexMatch) = try pattern.first(s, mode: .match, window: RegexPattern.Window(pos: i), interp) {
            let j = m.span(0).1
            if j == i { break }
            guard let which = phraseGroups.firstIndex(where: { m.span($0).0 >= 0 }) else { break }
            var action = actions[which]
            if interp.isCallableValue(action) {
                lastMatch = .native(m)
                action = try interp.call(action, [receiver, m.group(0)])
            }
            if !action.isNone { results.append(action) }
            i = j
        }
        return (results, String(String.UnicodeScalarView(s.unicodeScalars.dropFirst(i))))
    }
}
