import LabData
import LabScript

extension DatasetError {
    /// The Python exception this error names (`ValueError`, `KeyError`, …) with its message.
    var scriptException: PyException {
        switch kind {
        case .valueError: return .valueError(message)
        case .keyError: return .keyError(.str(message))
        case .indexError: return .indexError(message)
        case .typeError: return .typeError(message)
        case .fileNotFound: return PyException(.fileNotFoundError, message)
        case .memoryError: return PyException(.memoryError, message)
        case .unicodeDecodeError: return PyException(.unicodeDecodeError, message)
        case .notImplemented: return PyException(.notImplementedError, message)
        }
    }
}

/// Runs LabData work, turning a `DatasetError` into the Python exception it names. Exceptions
/// raised by lab callbacks pass through untouched, traceback included.
func bridged<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as DatasetError {
        throw error.scriptException
    }
}
