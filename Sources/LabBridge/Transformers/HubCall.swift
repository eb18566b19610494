import Foundation
import LabScript
import LabModels
import LabTokenizers
import LabTensor
import LabRL

/// Runs Hugging Face-side engine code, turning its errors into the Python exceptions transformers
/// raises: a missing model or unreadable file is an OSError, bad settings a ValueError.
func hubCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PyException {
        throw error
    } catch let error as TensorError {
        throw PyException.runtimeError(error.message)
    } catch let error as HubError {
        throw PyException(.osError, error.description)
    } catch let error as PPOError {
        throw PyException.valueError(error.description)
    } catch let error as LoraError {
        throw PyException.valueError(error.description)
    } catch let error as GenerationError {
        throw PyException.valueError(error.description)
    } catch {
        throw PyException(.osError, "\(error)")
    }
}

/// Runs engine work that polls `stop` at its safe points (between generated tokens, between PPO
/// minibatches), so that Ctrl-C surfaces in the lab as KeyboardInterrupt, as it does between two
/// statements.
func interruptible<T>(_ interpreter: Interpreter, _ body: (_ stop: @escaping () -> Bool) throws -> T) throws -> T {
    let stop: () -> Bool = { [weak interpreter] in interpreter?.isInterruptRequested ?? false }
    do {
        return try body(stop)
    } catch GenerationError.interrupted {
        try interpreter.checkInterrupt()
        throw PyException(.keyboardInterrupt, args: [])
    } catch PPOError.interrupted {
        try interpreter.checkInterrupt()
        throw PyException(.keyboardInterrupt, args: [])
    }
}

/// The folder `from_pretrained` reads for a name or path.
func pretrainedFolder(_ name: Value) throws -> URL {
    guard case .str(let text) = name else {
        throw PyException.typeError("from_pretrained() expects a model name or path, not \(name.typeName)")
    }
    return try hubCall { try ModelLocator.resolve(text) }
}
