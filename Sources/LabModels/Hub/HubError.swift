/// Failures while finding, reading or writing a model folder. Every message names the file or the
/// places searched.
public enum HubError: Error, Equatable, CustomStringConvertible {
    case unreadableFile(String, String)
    case badConfigValue(file: String, key: String, expected: String, got: String)
    case modelNotFound(name: String, searched: [String], embedded: [String])
    case missingFile(folder: String, file: String)
    case weights(String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let problem):
            return "\(path) \(problem)"
        case .badConfigValue(let file, let key, let expected, let got):
            return "\(file): \"\(key)\" must be \(expected), got \(got)"
        case .modelNotFound(let name, let searched, let embedded):
            return "cannot find model '\(name)': not an existing folder, not an embedded model, and not in the local Hugging Face cache (no network access is made). Looked in: "
                + searched.joined(separator: ", ") + ". Embedded models: " + (embedded.isEmpty ? "none" : embedded.joined(separator: ", ")) + "."
        case .missingFile(let folder, let file):
            return "\(folder) has no \(file)"
        case .weights(let message):
            return message
        }
    }
}
