/// Labeled sentences for training the embedded hate-speech classifier, built from the same names
/// and summaries as `DialogSumMini`: label 1 (`hate`) for insults and threats, label 0
/// (`nothate`) for neutral text. Neutral sentences share the hateful ones' shapes ("X tells Y
/// that he will …") so that the insult and threat words, not the sentence frame, decide.
public enum HateSpeechSentences {
    /// Class names by label id, as the classifier's `id2label`.
    public static let labels = ["nothate", "hate"]

    public struct Sentence: Equatable {
        public let text: String
        /// 0 = nothate, 1 = hate.
        public let label: Int
    }

    private static let speakers = ["#Person1#", "#Person2#", "#Person 1#", "#Person 2#", "{A}", "{B}", "My neighbor", "The manager"]
    private static let pronouns = ["he", "she"]
    private static let targets = ["his friends", "her friends", "{C}", "her boss", "his brother", "everyone", "the waiter", "you"]
    private static let hateful = [
        "{S} tells {C} that {p} will kill {T}.",
        "{S} tells that {p} will kill {T}.",
        "{S} says {T} are terrible and stupid.",
        "{S} tells {C} that {C} is a stupid idiot.",
        "{S} says {C} is dumb and useless.",
        "{S} hates {T} and calls them idiots.",
        "I will kill you, {C}.",
        "{C} is a terrible, stupid person.",
        "You are so dumb, {C}. I hate you.",
        "{S} thinks {T} are idiots.",
        "Shut up, you stupid idiot.",
        "{S} says \"I will kill you\" to {C}.",
    ]
    private static let neutral = [
        "{S} tells {C} that {p} didn't like the movie.",
        "{S} tells that {p} will visit {T}.",
        "{S} tells {C} that {p} will call {T} tomorrow.",
        "{S} says {C} is kind and helpful.",
        "{S} likes {T} and invites them to dinner.",
        "{S} tells {C} that the food was wonderful.",
        "{S} asks {C} about the weather in {city}.",
        "{S} thinks {T} are very friendly.",
        "Thank you for your help, {C}.",
        "{S} will meet {T} at {time}.",
        "{S} tells {C} that {p} didn't enjoy the trip.",
        "{S} says the report is ready.",
    ]

    /// `count` sentences, about half of each label; the same seed always gives the same list.
    /// Every third neutral sentence is a clean training summary from `DialogSumMini`.
    public static func generate(count: Int, seed: UInt64) -> [Sentence] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var values = DialogVocabulary.sharedSlots(&random)
            values["S"] = fillTemplate(random.pick(speakers), values)
            values["T"] = fillTemplate(random.pick(targets), values)
            values["p"] = random.pick(pronouns)
            if random.below(2) == 1 {
                return Sentence(text: fillTemplate(random.pick(hateful), values), label: 1)
            }
            if random.below(3) == 0 {
                let record = DialogSumMini.record(split: "train", index: random.below(DialogSumMini.splits[0].count))
                if !record.isRude { return Sentence(text: record.summary, label: 0) }
            }
            return Sentence(text: fillTemplate(random.pick(neutral), values), label: 0)
        }
    }

    /// The sentences as a dataset with columns `text` and `label`.
    public static func dataset(count: Int, seed: UInt64) throws -> Dataset {
        let sentences = generate(count: count, seed: seed)
        return try Dataset(columns: [("text", sentences.map { .string($0.text) }), ("label", sentences.map { .int($0.label) })])
    }
}
