import LabScript
import LabTensor

/// Runs engine code, turning a ``TensorError`` into the RuntimeError PyTorch raises, with its words.
func torchCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as TensorError {
        // PyTorch raises its dispatch failures ("\"addmm_impl_cpu_\" not implemented for 'Bool'") as NotImplementedError.
        if error.message.hasPrefix("\""), error.message.contains("\" not implemented for '") {
            throw PyException(.notImplementedError, error.message)
        }
        throw PyException.runtimeError(error.message)
    }
}
