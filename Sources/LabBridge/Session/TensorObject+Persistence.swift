import Foundation
import LabScript
import LabTensor

/// Tensors and parameters in session files. A tensor an engine parameter backs (a module's weight,
/// or a tensor an optimizer took) is saved as that parameter, so it loads shared again; any other
/// tensor as its dtype, shape, elements and `requires_grad`. As with `torch.save`, gradients and
/// the autograd graph are not saved.
extension TensorObject: NativePersistable {
    var persistentTypeName: String { "torch.Tensor" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        if let parameter {
            return ["parameter": try archive.parameter(parameter), "nn.Parameter": self is ParameterObject]
        }
        return ["tensor": archive.tensor(tensor), "requiresGrad": tensor.requiresGrad]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a tensor")
        if let index = entry["parameter"] {
            let parameter = try archive.parameter(index)
            return try archive.bool(entry, "nn.Parameter") ? ParameterObject(parameter) : TensorObject(parameter: parameter)
        }
        var tensor = try archive.tensor(entry["tensor"] as Any)
        tensor.requiresGrad = try archive.bool(entry, "requiresGrad")
        return TensorObject(tensor)
    }
}

/// numpy arrays and scalars: kind, shape and float64 values as raw bytes.
extension NDArrayObject: NativePersistable {
    var persistentTypeName: String { "numpy.ndarray" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * 8)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        return ["kind": kind.rawValue, "shape": shape, "values": archive.bytes(Data(bytes))]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "an array")
        guard let kind = Kind(rawValue: try archive.string(entry, "kind")), let shape = entry["shape"] as? [Int],
              shape.allSatisfy({ $0 >= 0 }), let raw = entry["values"] else { throw archive.malformed("an array") }
        let bytes = [UInt8](try archive.bytes(raw))
        let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard count.multipliedReportingOverflow(by: 8) == (bytes.count, false) else { throw archive.malformed("an array's values") }
        let values = bytes.withUnsafeBytes { raw in
            (0..<count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) }
        }
        return NDArrayObject(values, shape: shape, kind: kind)
    }
}

extension NumPyScalar: NativePersistable {
    var persistentTypeName: String { "numpy.scalar" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["value": String(value.bitPattern), "integer": isInteger]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a numpy scalar")
        guard let bits = UInt64(try archive.string(entry, "value")) else { throw archive.malformed("a numpy scalar") }
        return NumPyScalar(Double(bitPattern: bits), isInteger: try archive.bool(entry, "integer"))
    }
}
