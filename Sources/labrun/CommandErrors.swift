import ArgumentParser
import Foundation
import LabScript
import LabNotebook

/// Prints `labrun: error: <message>` on one line and returns the exit to throw (status 2).
func usageFailure(_ message: CustomStringConvertible) -> ExitCode {
    SystemIO.write("labrun: error: \(message)\n", to: STDERR_FILENO)
    return ExitCode(2)
}

/// Reads a lab, turning a missing, unreadable or non-UTF-8 file or bad metadata into status 2.
func loadLab(_ path: String) throws -> CellFile {
    do {
        return try CellFile(contentsOf: path)
    } catch let error as CellFileError {
        throw usageFailure(error)
    }
}
