/// One everyday topic of the embedded dialogues: its label, the slot values it draws from, and the
/// exchanges and summaries it is built from. Text uses `{slot}` placeholders; shared slots
/// (`{A}`, `{B}`, `{time}`, `{day}`, `{number}`, `{city}`, …) come from `DialogVocabulary`.
struct DialogTopic {
    /// A `#Person1#` line and the `#Person2#` reply.
    typealias Exchange = (String, String)

    let label: String
    let slots: [String: [String]]
    /// One opening is used, then a random subset of middles in order, then one closing.
    let openings: [Exchange]
    let middles: [Exchange]
    let closings: [Exchange]
    /// Third-person summaries in DialogSum's style; one is chosen per dialogue.
    let summaries: [String]
}

/// Replaces each `{name}` in `template` with `values[name]`; unknown names stay as written.
func fillTemplate(_ template: String, _ values: [String: String]) -> String {
    var output = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        output += rest[..<open]
        let name = String(rest[rest.index(after: open)..<close])
        output += values[name] ?? "{\(name)}"
        rest = rest[rest.index(after: close)...]
    }
    return output + rest
}
