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
    /// One sentence in three is a `DialogSumMini` training summary: a rude one for `hate`, a clean
    /// one for `nothate`, so the classifier judges the summarizer's own kind of text.
    public static func generate(count: Int, seed: UInt64) -> [Sentence] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var values = DialogVocabulary.sharedSlots(&random)
            values["S"] = TextTemplate(random.pick(speakers)).render(values)
            values["T"] = TextTemplate(random.pick(targets)).render(values)
            values["p"] = random.pick(pronouns)
            let hate = random.below(2) == 1
            if random.below(3) == 0 {
                let summary = trainingSummary(rude: hate, from: random.below(DialogSumMini.splits[0].count))
                return Sentence(text: summary, label: hate ? 1 : 0)
            }
            if hate {
                return Sentence(text: TextTemplate(random.pick(hateful)).render(values), label: 1)
            }
            return Sentence(text: TextTemplate(random.pick(neutral)).render(values), label: 0)
        }
    }

    /// The first training summary at or after `start` (wrapping) whose rudeness is `rude`.
    private static func trainingSummary(rude: Bool, from start: Int) -> String {
        let count = DialogSumMini.splits[0].count
        for offset in 0..<count {
            let record = DialogSumMini.record(split: "train", index: (start + offset) % count)
            if record.isRude == rude { return record.summary }
        }
        fatalError("the training split has both rude and clean summaries")
    }

    /// `labrun/hate-speech-mini`: `train` (seed 1) and a held-out `test` (seed 2) whose texts never
    /// occur in `train`, each with columns `text` and `label`.
    public static func datasetDict(trainCount: Int = 4000, testCount: Int = 500) throws -> DatasetDict {
        let train = generate(count: trainCount, seed: 1)
        let seen = Set(train.map(\.text))
        var test: [Sentence] = []
        var random = SplitMix64(seed: 2)
        for _ in 0..<100 where test.count < testCount {
            let batch = generate(count: testCount, seed: random.next()).filter { !seen.contains($0.text) }
            test += batch.prefix(testCount - test.count)
        }
        guard test.count == testCount else {
            throw DatasetError.value("Could not draw \(testCount) held-out sentences unseen in \(trainCount) training sentences")
        }
        return DatasetDict([("train", try dataset(train)), ("test", try dataset(test))])
    }

    private static func dataset(_ sentences: [Sentence]) throws -> Dataset {
        try Dataset(columns: [("text", sentences.map { .string($0.text) }), ("label", sentences.map { .int($0.label) })])
    }
}
