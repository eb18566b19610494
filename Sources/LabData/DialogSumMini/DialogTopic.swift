/// One everyday topic of the embedded dialogues: its label, the slot values it draws from, and the
/// exchanges and summaries it is built from. Text uses `{slot}` placeholders; shared slots
/// (`{A}`, `{B}`, `{time}`, `{day}`, `{number}`, `{city}`, …) come from `DialogVocabulary`.
struct DialogTopic {
    /// A `#Person1#` line and the `#Person2#` reply.
    typealias Exchange = (String, String)
    typealias ExchangeTemplate = (TextTemplate, TextTemplate)

    let label: String
    let slots: [String: [String]]
    /// The slot names in sorted order, the order their values are drawn in.
    let slotNames: [String]
    /// One opening is used, then a random subset of middles in order, then one closing.
    let openings: [ExchangeTemplate]
    let middles: [ExchangeTemplate]
    let closings: [ExchangeTemplate]
    /// Third-person summaries in DialogSum's style; one is chosen per dialogue.
    let summaries: [TextTemplate]

    init(label: String, slots: [String: [String]], openings: [Exchange], middles: [Exchange], closings: [Exchange],
         summaries: [String]) {
        self.label = label
        self.slots = slots
        self.slotNames = slots.keys.sorted()
        let parse = { (exchange: Exchange) in (TextTemplate(exchange.0), TextTemplate(exchange.1)) }
        self.openings = openings.map(parse)
        self.middles = middles.map(parse)
        self.closings = closings.map(parse)
        self.summaries = summaries.map(TextTemplate.init)
    }
}

/// A text with `{name}` placeholders, split once into literal and placeholder parts so that
/// generating the embedded splits stays fast.
struct TextTemplate {
    private enum Part {
        case text(String)
        case slot(String)
    }

    private let parts: [Part]

    init(_ source: String) {
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// The text with each `{name}` replaced by `values[name]`; unknown names stay as written.
    func render(_ values: [String: String]) -> String {
        var output = ""
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .slot(let name): output += values[name] ?? "{\(name)}"
            }
        }
        return output
    }
}
