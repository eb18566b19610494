/// `labrun/dialogsum-mini`: a DialogSum-style dataset made by a seeded generator, not downloaded.
///
/// How it is made:
/// - Splits `train` (6000), `validation` (300) and `test` (600); ids `train_0`, `validation_0`, ….
/// - Record `i` of a split draws from its own SplitMix64 stream seeded with
///   `fnv1a64(split name) ^ (i + 1) · 0x9E3779B97F4A7C15`, so records do not depend on each other
///   and every platform produces the same bytes.
/// - Draw order per record: the topic (uniform over the 33 topics in `DialogTopic.errands`,
///   `.workAndSchool` and `.dailyLife`); the shared slots (two distinct first names, a third
///   name, surname, two cities, time, day, number, price, color); one value for each of the
///   topic's own slots (in sorted slot-name order, filled with the shared slots); one opening
///   exchange; how many middle exchanges (1 to all of them, uniform) and which (kept in the
///   topic's order); one closing exchange; one summary template; then, in `train` only, a
///   uniform draw below `rudeShare` (0.12) makes the summary rude: `RudeVoice` wraps the clean
///   summary in an insult, or (one time in five) a "kill you"-as-idiom threat.
/// - Dialogues are `#Person1#: …` / `#Person2#: …` turns joined by newlines; summaries are in
///   DialogSum's third person (`#Person1# asks #Person2# about …`). The `validation` and `test`
///   summaries are always clean.
public enum DialogSumMini {
    public static let name = "labrun/dialogsum-mini"
    public static let splits: [(name: String, count: Int)] = [("train", 6000), ("validation", 300), ("test", 600)]
    /// The probability that a training summary is rewritten in the rude voice.
    public static let rudeShare = 0.12

    static let topics: [DialogTopic] = DialogTopic.errands + DialogTopic.workAndSchool + DialogTopic.dailyLife

    /// Every topic label, in generator order.
    public static var topicLabels: [String] { topics.map(\.label) }

    /// One generated record.
    public struct Record: Equatable {
        public let id: String
        public let dialogue: String
        public let summary: String
        public let topic: String
        /// Whether the summary was written in the rude voice.
        public let isRude: Bool
    }

    /// Record `index` of `split`; the same arguments always give the same record.
    public static func record(split: String, index: Int) -> Record {
        var random = SplitMix64(seed: fnv1a64(split) ^ (UInt64(index) &+ 1) &* 0x9e37_79b9_7f4a_7c15)
        let topic = random.pick(topics)
        var values = DialogVocabulary.sharedSlots(&random)
        for slot in topic.slotNames {
            values[slot] = TextTemplate(random.pick(topic.slots[slot]!)).render(values)
        }
        let middleCount = 1 + random.below(topic.middles.count)
        let middles = random.sample(Array(topic.middles.indices), middleCount).sorted().map { topic.middles[$0] }
        let exchanges = [random.pick(topic.openings)] + middles + [random.pick(topic.closings)]
        let dialogue = exchanges.map { "#Person1#: \($0.0.render(values))\n#Person2#: \($0.1.render(values))" }
            .joined(separator: "\n")
        var summary = random.pick(topic.summaries).render(values)
        let isRude = split == "train" && random.unit() < rudeShare
        if isRude { summary = RudeVoice.rewrite(summary, &random) }
        return Record(id: "\(split)_\(index)", dialogue: dialogue, summary: summary, topic: topic.label, isRude: isRude)
    }

    /// All records of a split as a dataset with columns id, dialogue, summary, topic.
    /// - Throws: `DatasetError` for an unknown split name.
    public static func dataset(split: String) throws -> Dataset {
        guard let size = splits.first(where: { $0.name == split })?.count else {
            throw DatasetError.value("Unknown split \"\(split)\". Should be one of \(pythonList(splits.map(\.name))).")
        }
        let records = (0..<size).map { record(split: split, index: $0) }
        return try Dataset(columns: [
            ("id", records.map { .string($0.id) }), ("dialogue", records.map { .string($0.dialogue) }),
            ("summary", records.map { .string($0.summary) }), ("topic", records.map { .string($0.topic) }),
        ])
    }

    /// All three splits.
    public static func datasetDict() throws -> DatasetDict {
        DatasetDict(try splits.map { ($0.name, try dataset(split: $0.name)) })
    }
}

/// FNV-1a over UTF-8 bytes: a stable string hash (Swift's `Hasher` is seeded per process).
func fnv1a64(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
}
