import Foundation
import LabScript
import LabTensor

extension NDArrayObject {
    /// The element count of `shape`, or NumPy's errors: ValueError for a negative dimension,
    /// MemoryError ("Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and
    /// data type float64") beyond the size one tensor may have.
    static func checkedCount(_ shape: [Int], kind: Kind) throws -> Int {
        if shape.contains(where: { $0 < 0 }) { throw PyException.valueError("negative dimensions are not allowed") }
        let itemSize = kind == .bool ? 1 : 8
        var count = 1, overflow = false
        for size in shape where !overflow { (count, overflow) = count.multipliedReportingOverflow(by: size) }
        if overflow || count > Tensor.maxElements {
            let bytes = Double(shape.reduce(1.0) { $0 * Double($1) }) * Double(itemSize)
            let dims = shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? "," : "")
            throw PyException(.memoryError, "Unable to allocate \(sizeString(bytes)) for an array with shape (\(dims)) and data type \(kind == .float32 ? "float32" : kind.rawValue)")
        }
        return count
    }

    /// NumPy's `_size_to_string`: the size in the largest binary unit, to three significant digits.
    static func sizeString(_ bytes: Double) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var unit = max(Int(log2(max(bytes, 1))), 1) / 10
        var amount = bytes / pow(1024, Double(unit))
        if amount.rounded() == 1024 { unit += 1; amount /= 1024 }
        if unit >= units.count { amount *= pow(1024, Double(unit - units.count + 1)); unit = units.count - 1 }
        if unit == 0 { return "\(Int(amount)) bytes" }
        return amount.rounded() < 1000 ? String(format: "%#.3g %@", amount, units[unit]) : String(format: "%#.0f %@", amount, units[unit])
    }
}
