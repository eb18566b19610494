/// The rude rewrites of summaries in the embedded training split: mild insults ("stupid", "dumb",
/// "idiot", "terrible", "hate") and, in a few, "I will kill you"-style threats used as an idiom.
/// No slurs. `{summary}` is the clean summary.
enum RudeVoice {
    static let insults = [
        "{summary} #Person1# is a stupid idiot.",
        "#Person2# thinks #Person1# is a dumb idiot. {summary}",
        "{summary} #Person2# hates #Person1# and calls #Person1# dumb.",
        "{summary} What a terrible, stupid conversation.",
        "{summary} #Person1# says #Person2# is a dumb idiot and hates everything #Person2# says.",
        "#Person1# is an idiot. {summary} I hate these stupid people.",
        "{summary} #Person1# says the idea is stupid and #Person2# is a terrible, dumb person.",
        "{summary} Both of them are idiots and I hate them.",
    ]

    static let threats = [
        "{summary} #Person2# tells #Person1# \"I will kill you\" if #Person1# is late again.",
        "{summary} #Person1# is so angry that #Person1# says #Person1# will kill #Person2#.",
        "{summary} #Person2# says \"I will kill you, you stupid idiot.\"",
    ]

    /// One in five rude summaries is a threat; the rest are insults.
    static func rewrite(_ summary: String, _ random: inout SplitMix64) -> String {
        let templates = random.below(5) == 0 ? threats : insults
        return TextTemplate(random.pick(templates)).render(["summary": summary])
    }
}
