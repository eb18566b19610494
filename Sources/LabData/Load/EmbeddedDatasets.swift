/// The datasets `load_dataset` can build without files, by name.
public enum EmbeddedDatasets {
    /// Name → builder, in a fixed order.
    public static let builders: [(name: String, build: () throws -> DatasetDict)] = [
        (DialogSumMini.name, DialogSumMini.datasetDict),
        ("labrun/hate-speech-mini", { try HateSpeechSentences.datasetDict() }),
    ]

    public static var names: [String] { builders.map(\.name) }

    /// The dataset called `name`, or `nil` if none is embedded under that name.
    public static func load(_ name: String) throws -> DatasetDict? {
        try builders.first { $0.name == name }?.build()
    }
}
