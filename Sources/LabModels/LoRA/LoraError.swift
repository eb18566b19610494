/// Failures while configuring, injecting, saving or loading LoRA adapters.
public enum LoraError: Error, Equatable, CustomStringConvertible {
    case invalidConfig(String)
    case noTargetModules(targets: String)
    case notLinear(name: String, type: String)
    case adapterFile(String)

    public var description: String {
        switch self {
        case .invalidConfig(let message): return "LoraConfig: \(message)"
        case .noTargetModules(let targets):
            return "Target modules \(targets) not found in the base model. Please check the target modules and try again."
        case .notLinear(let name, let type):
            return "Target module \(name) is \(type); LoRA adapters are supported on Linear layers only"
        case .adapterFile(let message): return message
        }
    }
}
