import LabScript
import LabTokenizers

/// `tokenizers.normalizers`: Unicode forms, lowercasing, replacement and sequences of them.
enum NormalizersModule {
    static let name = "tokenizers.normalizers"

    static let module = NativeModule(name, classes: ["NFC", "NFD", "NFKC", "NFKD", "Lowercase", "StripAccents"].map(plain)
                                        + [sequence, replace])

    private static func plain(_ type: String) -> NativeClass {
        TokenizerComponentObject.cls(type, module: name, stage: .normalizer) { _ in TokenizerComponentObject.typed(type) }
    }

    static let sequence = TokenizerComponentObject.cls("Sequence", module: name, stage: .normalizer, params: ["normalizers"]) { a in
        let parts = try TokenizersArguments.parts(a["normalizers"], stage: .normalizer, for: "Sequence() normalizers")
        return TokenizerComponentObject.typed("Sequence", [("normalizers", .array(parts.map(\.json)))])
    }

    /// `Replace(pattern, content)`: `pattern` is a string or a `tokenizers.Regex`.
    static let replace = TokenizerComponentObject.cls("Replace", module: name, stage: .normalizer, params: ["pattern", "content"]) { a in
        TokenizerComponentObject.typed("Replace", [("pattern", try TokenizersArguments.pattern(a["pattern"])),
                                                   ("content", .string(try a.string("content")))])
    }
}

/// Argument conversions shared by the `tokenizers` classes.
enum TokenizersArguments {
    /// A list of parts of one stage.
    static func parts(_ value: Value, stage: TokenizerComponentObject.Stage, for what: String) throws -> [TokenizerComponentObject] {
        guard let items = Convert.sequence(value) else { throw PyException.typeError("\(what) must be a list, not \(value.typeName)") }
        return try items.map { try TokenizerComponentObject.part($0, stage: stage, for: what) }
    }

    /// A pattern: `{"String": text}` for a string, or a `Regex` object's `{"Regex": pattern}`.
    static func pattern(_ value: Value) throws -> JSONLiteral {
        if case .str(let text) = value { return .object([("String", .string(text))]) }
        return try TokenizerComponentObject.part(value, stage: .pattern, for: "pattern").json
    }

    /// A list of strings, such as special tokens.
    static func strings(_ value: Value, for what: String) throws -> [String] {
        if value.isNone { return [] }
        guard let items = Convert.sequence(value) else { throw PyException.typeError("\(what) must be a list of str, not \(value.typeName)") }
        return try items.map {
            guard case .str(let text) = $0 else { throw PyException.typeError("\(what) must be a list of str, not of \($0.typeName)") }
            return text
        }
    }

    /// An optional string as JSON (`null` for None).
    static func optionalString(_ a: Args, _ name: String) throws -> JSONLiteral {
        a.optional(name) == nil ? .null : .string(try a.string(name))
    }
}
