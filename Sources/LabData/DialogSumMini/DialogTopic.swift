/// One everyday topic of the embedded dialogues: its label, the slot values it draws from, and the
/// exchanges and summaries it is built from. Text uses `{slot}` placeholders; shared slots
/// (`{A}`, `{B}`, `{time}`, `{day}`, `{number}`, `{city}`, …) come from `DialogVocabulary`.
struct DialogTopic {
    /// A `#Person1#` line and the `#Person2#` reply.
    typealias Exchange = (String, String)

    let label: String
    let slots: [String: [String]]
    /// The slot names in sorted order, the order their values are drawn in.
    let slotNames: [String]
    /// One opening is used, then a random subset of middles in order, then one closing.
    let openings: [Exchange]
    let middles: [Exchange]
    let closings: [Exchange]
    /// Third-person summaries in DialogSum's style; one is chosen per dialogue.
    let summaries: [String]

    init(label: String, slots: [String: [String]], openings: [Exchange], middles: [Exchange], closings: [Exchange],
         summaries: [String]) {
        self.label = label
        self.slots = slots
        self.slotNames = slots.keys.sorted()
        self.openings = openings
        self.middles = middles
        self.closings = closings
        self.summaries = summaries
    }
}

/// Replaces each `{name}` in `template` with `values[name]`; unknown names stay as written.
/// Works on UTF-8 offsets, which keeps generating the embedded splits fast.
func fillTemplate(_ template: String, _ values: [String: String]) -> String {
    let bytes = template.utf8
    var output = ""
    output.reserveCapacity(bytes.count + 32)
    var cursor = bytes.startIndex
    while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "{")),
          let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
        output += template[cursor..<open]
        let name = String(template[bytes.index(after: open)..<close])
        output += values[name] ?? "{\(name)}"
        cursor = bytes.index(after: close)
    }
    return output + template[cursor...]
}
