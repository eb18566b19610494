/// The datasets `load_dataset` can build without files, by name.
public enum EmbeddedDatasets {
    /// Name → builder, in a fixed order.
    public static let builders: [(name: String, build: () throws -> DatasetDict)] = [
        (DialogSumMini.name, DialogSumMini.datasetDict),
        ("labrun/hate-speech-mini", {
            DatasetDict([("train", try HateSpeechSentences.dataset(count: 4000, seed: 1)),
                         ("test", try HateSpeechSentences.dataset(count: 500, seed: 2))])
        }),
    ]

    public static var names: [String] { builders.map(\.name) }

    /// The dataset called `name`, or `nil` if none is embedded under that name.
    public static func load(_ name: String) throws -> DatasetDict? {
        try builders.first { $0.name == name }?.build()
    }
}
