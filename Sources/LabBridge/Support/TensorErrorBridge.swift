import LabScript
import LabTensor

/// Runs engine code, turning a ``TensorError`` into the RuntimeError PyTorch raises, with its words.
func torchCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as TensorError {
        throw PyException.runtimeError(error.message)
    }
}
