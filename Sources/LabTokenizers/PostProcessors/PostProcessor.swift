/// The fourth stage of the pipeline: adds special tokens around the encoded sequence(s) and sets type ids.
public protocol PostProcessor {
    /// How many special tokens processing adds to a single input or a pair.
    func addedTokens(isPair: Bool) -> Int
    /// Processes one or two encodings, usually merging them into one.
    func process(_ encodings: [Encoding], addSpecialTokens: Bool) throws -> [Encoding]
}

/// Builds a post-processor from its tokenizer.json object, choosing the implementation by `"type"`.
enum PostProcessorFactory {
    static func make(_ json: JSONObject) throws -> PostProcessor {
        let type = try json.string("type")
        switch type {
        case "TemplateProcessing": return try TemplateProcessing(json: json)
        case "RobertaProcessing": return try ClsSepProcessing(json: json, style: .roberta)
        case "BertProcessing": return try ClsSepProcessing(json: json, style: .bert)
        case "ByteLevel": return ByteLevelProcessing()
        case "Sequence": return ProcessorSequence(processors: try json.objects("processors").map(make))
        default: throw json.failure("unknown post-processor type \(type)", key: "type")
        }
    }
}

/// Applies several post-processors in order.
struct ProcessorSequence: PostProcessor {
    let processors: [PostProcessor]

    func addedTokens(isPair: Bool) -> Int {
        processors.reduce(0) { $0 + $1.addedTokens(isPair: isPair) }
    }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) throws -> [Encoding] {
        try processors.reduce(encodings) { try $1.process($0, addSpecialTokens: addSpecialTokens) }
    }
}

/// The byte-level post-processor only trims offsets, which ids do not carry.
struct ByteLevelProcessing: PostProcessor {
    func addedTokens(isPair: Bool) -> Int { 0 }
    func process(_ encodings: [Encoding], addSpecialTokens: Bool) throws -> [Encoding] { encodings }
}

/// BERT's `[CLS] A [SEP] B [SEP]` and RoBERTa's `<s> A </s></s> B </s>`.
struct ClsSepProcessing: PostProcessor {
    enum Style { case bert, roberta }
    let cls: Int
    let sep: Int
    let style: Style

    init(json: JSONObject, style: Style) throws {
        cls = try Self.tokenId(json, "cls")
        sep = try Self.tokenId(json, "sep")
        self.style = style
    }

    /// Reads a `[token, id]` pair.
    private static func tokenId(_ json: JSONObject, _ key: String) throws -> Int {
        let pair = try json.array(key)
        guard pair.count == 2, pair[0].stringValue != nil, let id = pair[1].intValue else {
            throw json.failure("expected [token, id]", key: key)
        }
        return id
    }

    func addedTokens(isPair: Bool) -> Int {
        isPair ? (style == .bert ? 3 : 4) : 2
    }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) throws -> [Encoding] {
        let pairTypeId = style == .bert ? 1 : 0
        let first = encodings[0].withTypeId(0)
        let second = encodings.count > 1 ? encodings[1].withTypeId(pairTypeId) : nil
        guard addSpecialTokens else { return [Encoding.concatenate([first] + (second.map { [$0] } ?? []))] }
        var parts = [Encoding.special([cls], typeId: 0), first, Encoding.special([sep], typeId: 0)]
        if let second {
            if style == .roberta { parts.append(Encoding.special([sep], typeId: pairTypeId)) }
            parts += [second, Encoding.special([sep], typeId: pairTypeId)]
        }
        return [Encoding.concatenate(parts)]
    }
}
