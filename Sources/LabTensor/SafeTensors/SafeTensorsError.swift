/// A safetensors file that cannot be read or written, naming the file and the problem.
public struct SafeTensorsError: Error, CustomStringConvertible, Equatable {
    /// The file's path as given.
    public var file: String
    public var problem: Problem

    public enum Problem: Equatable {
        case cannotRead(String)
        case cannotWrite(String)
        case pickle(String)
        case tooShort(fileSize: Int)
        case headerTooLarge(length: UInt64)
        case headerPastEnd(length: UInt64, fileSize: Int)
        case headerNotUTF8
        case headerNotJSON(String, offset: Int)
        case headerNotObject
        case badMetadata(String)
        case badEntry(tensor: String, String)
        case unknownDType(tensor: String, dtype: String)
        case sizeTooLarge(tensor: String)
        case sizeMismatch(tensor: String, info: SafeTensorsInfo, needed: Int, begin: Int, end: Int)
        case offsetsReversed(tensor: String, begin: Int, end: Int)
        case pastDataEnd(tensor: String, end: Int, dataSize: Int)
        case overlap(tensor: String, previous: String)
        case gap(tensor: String, from: Int, to: Int)
        case trailingData(from: Int, to: Int)
        case tensorNotFound(String)
        case wrongDType(tensor: String, dtype: SafeTensorsDType, wanted: String)
        case invalidEntry(tensor: String, String)
    }

    public init(file: String, _ problem: Problem) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(message)" }

    /// The problem in words, without the file name.
    public var message: String {
        switch problem {
        case .cannotRead(let reason): return "cannot read the file: \(reason)"
        case .cannotWrite(let reason): return "cannot write the file: \(reason)"
        case .pickle(let what):
            return "\(what) is a PyTorch pickle checkpoint, which is never loaded because unpickling can run arbitrary code; "
                + "convert it to safetensors first, e.g. in Python: "
                + "`from safetensors.torch import save_file; save_file(torch.load(path), \"model.safetensors\")`"
        case .tooShort(let size): return "file is \(size) bytes, shorter than the 8-byte header length"
        case .headerTooLarge(let length):
            return "header length \(length) exceeds the limit of \(SafeTensorsFile.maxHeaderLength) bytes"
        case .headerPastEnd(let length, let size):
            return "header length \(length) runs past the end of the file (\(size) bytes): the file is truncated or not safetensors"
        case .headerNotUTF8: return "header is not valid UTF-8"
        case .headerNotJSON(let reason, let offset): return "header is not valid JSON: \(reason) at header byte \(offset)"
        case .headerNotObject: return "header must be a JSON object (starting with '{')"
        case .badMetadata(let reason): return reason
        case .badEntry(let tensor, let reason): return "tensor '\(tensor)': \(reason)"
        case .unknownDType(let tensor, let dtype): return "tensor '\(tensor)': unknown dtype '\(dtype)'"
        case .sizeTooLarge(let tensor): return "tensor '\(tensor)': shape is too large (its byte size overflows)"
        case .sizeMismatch(let tensor, let info, let needed, let begin, let end):
            return "tensor '\(tensor)': shape \(info.shape) of \(info.dtype.rawValue) needs \(needed) bytes but data_offsets [\(begin), \(end)] hold \(end - begin)"
        case .offsetsReversed(let tensor, let begin, let end):
            return "tensor '\(tensor)': data_offsets [\(begin), \(end)] ends before it begins"
        case .pastDataEnd(let tensor, let end, let size):
            return "tensor '\(tensor)': data ends at byte \(end), past the end of the data (\(size) bytes)"
        case .overlap(let tensor, let previous): return "tensor '\(tensor)' overlaps tensor '\(previous)'"
        case .gap(let tensor, let from, let to):
            return "data bytes [\(from), \(to)) before tensor '\(tensor)' belong to no tensor (the format allows no gap)"
        case .trailingData(let from, let to):
            return "data bytes [\(from), \(to)) at the end are not covered by any tensor"
        case .tensorNotFound(let name): return "no tensor named '\(name)'"
        case .wrongDType(let tensor, let dtype, let wanted): return "tensor '\(tensor)' is \(dtype.rawValue), not \(wanted)"
        case .invalidEntry(let tensor, let reason): return "cannot write tensor '\(tensor)': \(reason)"
        }
    }
}
