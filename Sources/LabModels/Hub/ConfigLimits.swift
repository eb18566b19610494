/// Checks every config.json passes before a model is built from it.
enum ConfigLimits {
    /// The model types labrun implements, named in the error for any other.
    static let supportedModelTypes = ["t5", "roberta"]

    /// The most parameters a model may have (2**31, 8 GiB of float32): a config asking for more
    /// (`num_layers: 1000000`) fails before building instead of exhausting memory.
    static let maxParameters = Double(1 << 31)

    /// Refuses a `model_type` other than `expected` (a missing one is accepted, as old configs omit it).
    static func requireModelType(_ json: ConfigJSON, _ expected: String, file: String) throws {
        guard let type = json.values["model_type"] else { return }
        guard let name = type as? String, name == expected else {
            let supported = supportedModelTypes.map { "\"\($0)\"" }.joined(separator: " and ")
            throw HubError.badConfigValue(file: file, key: "model_type", expected: "\"\(expected)\" here (labrun implements \(supported))",
                                          got: "\(type as? String ?? "\(type)")")
        }
    }

    /// Refuses sizes whose model would have more than `maxParameters` parameters.
    static func requireBuildable(parameters: Double, file: String, key: String, value: Int) throws {
        guard parameters <= maxParameters else {
            throw HubError.badConfigValue(file: file, key: key,
                                          expected: "small enough for a model of at most 2**31 parameters (this config needs about \(Int(parameters.rounded())))",
                                          got: "\(value)")
        }
    }
}
