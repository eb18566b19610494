import LabScript
import LabTokenizers

/// `tokenizers.processors`: special tokens around encoded sequences.
enum ProcessorsModule {
    static let name = "tokenizers.processors"

    static let module = NativeModule(name, classes: [templateProcessing, robertaProcessing])

    /// `TemplateProcessing(single="$A </s>", pair="$A </s> $B:1 </s>:1", special_tokens=[("</s>", 1)])`.
    static let templateProcessing = TokenizerComponentObject.cls("TemplateProcessing", module: name, stage: .postProcessor,
                                                                 params: ["single=None", "pair=None", "special_tokens=None"]) { a in
        let single = try a.optional("single").map { try template($0, for: "single") } ?? []
        let pair = try a.optional("pair").map { try template($0, for: "pair") }
            ?? [sequence("A", typeId: 0), sequence("B", typeId: 1)]
        let specials = try specialTokens(a["special_tokens"])
        return TokenizerComponentObject.typed("TemplateProcessing", [("single", .array(single)), ("pair", .array(pair)),
                                                                     ("special_tokens", .object(specials))])
    }

    /// `RobertaProcessing(sep=("</s>", 2), cls=("<s>", 0), trim_offsets=True, add_prefix_space=True)`.
    static let robertaProcessing = TokenizerComponentObject.cls("RobertaProcessing", module: name, stage: .postProcessor,
                                                                params: ["sep", "cls", "trim_offsets=True", "add_prefix_space=True"]) { a in
        TokenizerComponentObject.typed("RobertaProcessing", [
            ("sep", try tokenAndId(a["sep"], for: "sep")), ("cls", try tokenAndId(a["cls"], for: "cls")),
            ("trim_offsets", .bool(try a.bool("trim_offsets"))), ("add_prefix_space", .bool(try a.bool("add_prefix_space"))),
        ])
    }

    /// A template given as one string of space-separated pieces or as a list of pieces.
    private static func template(_ value: Value, for what: String) throws -> [JSONLiteral] {
        let pieces: [String]
        if case .str(let text) = value {
            pieces = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        } else {
            pieces = try TokenizersArguments.strings(value, for: what)
        }
        return try pieces.map(piece)
    }

    /// `$A`, `$B`, `$` or `$1` (sequence A with that type id), or a special token; `:n` sets the type id.
    private static func piece(_ text: String) throws -> JSONLiteral {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let id = parts.first, let typeId = parts.count == 2 ? Int(parts[1]) : 0, typeId >= 0 else {
            throw PyException.valueError("Cannot build Piece from string \"\(text)\"")
        }
        guard id.hasPrefix("$") else { return special(id, typeId: typeId) }
        switch id.dropFirst() {
        case "", "A", "a": return sequence("A", typeId: typeId)
        case "B", "b": return sequence("B", typeId: typeId)
        case let rest:
            if let sequenceType = Int(rest), parts.count == 1 { return sequence("A", typeId: sequenceType) }
            return special(id, typeId: typeId)
        }
    }

    private static func sequence(_ id: String, typeId: Int) -> JSONLiteral {
        .object([("Sequence", .object([("id", .string(id)), ("type_id", .number(Double(typeId)))]))])
    }

    private static func special(_ id: String, typeId: Int) -> JSONLiteral {
        .object([("SpecialToken", .object([("id", .string(id)), ("type_id", .number(Double(typeId)))]))])
    }

    /// Special tokens as `(token, id)` pairs, keyed by token in byte order as the reference writes them.
    private static func specialTokens(_ value: Value) throws -> [(String, JSONLiteral)] {
        guard !value.isNone else { return [] }
        guard let items = Convert.sequence(value) else {
            throw PyException.typeError("special_tokens must be a list of (token, id) pairs, not \(value.typeName)")
        }
        let pairs = try items.map { item -> (String, Int) in
            guard let pair = Convert.sequence(item), pair.count == 2, case .str(let token) = pair[0], let id = pair[1].integer else {
                throw PyException.valueError("special_tokens must be a list of (token, id) pairs")
            }
            return (token, id)
        }
        return pairs.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }.map { token, id in
            (token, .object([("id", .string(token)), ("ids", .array([.number(Double(id))])), ("tokens", .array([.string(token)]))]))
        }
    }

    private static func tokenAndId(_ value: Value, for what: String) throws -> JSONLiteral {
        guard let pair = Convert.sequence(value), pair.count == 2, case .str(let token) = pair[0], let id = pair[1].integer else {
            throw PyException.typeError("\(what) must be a (token, id) pair, not \(value.typeName)")
        }
        return .array([.string(token), .number(Double(id))])
    }
}
