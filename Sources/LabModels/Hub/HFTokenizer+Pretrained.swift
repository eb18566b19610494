import LabTokenizers

extension HFTokenizer {
    /// The tokenizer of the model named `name`, found as ``ModelLocator`` finds model folders.
    public static func fromPretrained(_ name: String) throws -> HFTokenizer {
        try HFTokenizer(folder: ModelLocator.resolve(name))
    }
}
