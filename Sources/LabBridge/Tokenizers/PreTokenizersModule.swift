import LabScript
import LabTokenizers

/// `tokenizers.pre_tokenizers`: SentencePiece's Metaspace, GPT-2's byte-level split, whitespace splits and sequences.
enum PreTokenizersModule {
    static let name = "tokenizers.pre_tokenizers"

    static let module = NativeModule(name, classes: [metaspace(module: name, stage: .preTokenizer), byteLevel(module: name, stage: .preTokenizer), whitespace, whitespaceSplit, sequence])

    /// `Metaspace(replacement="▁", prepend_scheme="always", split=True)`, also a decoder.
    static func metaspace(module: String, stage: TokenizerComponentObject.Stage) -> NativeClass {
        TokenizerComponentObject.cls("Metaspace", module: module, stage: stage,
                                     params: ["replacement=\"▁\"", "prepend_scheme=\"always\"", "split=True"]) { a in
            let scheme = try a.string("prepend_scheme")
            guard ["always", "first", "never"].contains(scheme) else {
                throw PyException.valueError("\(scheme) is an unknown variant, should be one of ['first', 'never', 'always']")
            }
            guard try a.string("replacement").unicodeScalars.count == 1 else {
                throw PyException.valueError("replacement must be a single character")
            }
            return TokenizerComponentObject.typed("Metaspace", [("replacement", .string(try a.string("replacement"))),
                                                                ("prepend_scheme", .string(scheme)), ("split", .bool(try a.bool("split")))])
        }
    }

    /// `ByteLevel(add_prefix_space=True, trim_offsets=True, use_regex=True)`, also a decoder; the
    /// pre-tokenizer's `ByteLevel.alphabet()` lists the 256 characters standing for bytes.
    static func byteLevel(module: String, stage: TokenizerComponentObject.Stage) -> NativeClass {
        let alphabet = Function("alphabet") { _ in .list(PyList(BPETrainer.byteLevelAlphabet.map { .str($0) })) }
        return TokenizerComponentObject.cls("ByteLevel", module: module, stage: stage,
                                            params: ["add_prefix_space=True", "trim_offsets=True", "use_regex=True"],
                                            staticMethods: stage == .preTokenizer ? [alphabet] : []) { a in
            TokenizerComponentObject.typed("ByteLevel", [("add_prefix_space", .bool(try a.bool("add_prefix_space"))),
                                                         ("trim_offsets", .bool(try a.bool("trim_offsets"))),
                                                         ("use_regex", .bool(try a.bool("use_regex")))])
        }
    }

    static let whitespace = TokenizerComponentObject.cls("Whitespace", module: name, stage: .preTokenizer) { _ in
        TokenizerComponentObject.typed("Whitespace")
    }

    /// `WhitespaceSplit()`: splits on whitespace only (T5's tokenizers put it before Metaspace).
    static let whitespaceSplit = TokenizerComponentObject.cls("WhitespaceSplit", module: name, stage: .preTokenizer) { _ in
        TokenizerComponentObject.typed("WhitespaceSplit")
    }

    static let sequence = TokenizerComponentObject.cls("Sequence", module: name, stage: .preTokenizer, params: ["pretokenizers"]) { a in
        let parts = try TokenizersArguments.parts(a["pretokenizers"], stage: .preTokenizer, for: "Sequence() pretokenizers")
        return TokenizerComponentObject.typed("Sequence", [("pretokenizers", .array(parts.map(\.json)))])
    }
}
