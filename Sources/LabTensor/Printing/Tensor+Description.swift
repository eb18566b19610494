import Foundation

/// Printing as PyTorch prints: `tensor([[ 3.1141, -2.4896]])`, with its choice of fixed, integer
/// or scientific notation, column alignment, line wrapping, `...` summarization, and the
/// `dtype=`, `requires_grad=True` and `grad_fn=<...>` suffixes.
extension Tensor: CustomStringConvertible {
    public var description: String { description(options: PrintOptions.current) }

    /// The printed form under the given options.
    public func description(options: PrintOptions) -> String {
        let prefix = "tensor("
        let elements = PrintedElements(self)
        var suffixes: [String] = []
        var body = "[]"
        if scalarCount == 0 {
            if rank != 1 { suffixes.append("size=(\(shape.map(String.init).joined(separator: ", ")))") }
            if dtype != .float32 { suffixes.append("dtype=\(dtype.torchName)") }
        } else {
            if dtype == .int32 || dtype == .uint8 || dtype.isReducedFloat { suffixes.append("dtype=\(dtype.torchName)") }
            let summarize = scalarCount > options.threshold
            let formatter = ElementFormatter(elements, indices: summarize ? summarizedIndices(options) : nil, options: options)
            body = TensorLayout(shape: shape, elements: elements, formatter: formatter, summarize: summarize, options: options)
                .text(offset: 0, axis: 0, indent: prefix.count)
        }
        if let name = gradFunctionName { suffixes.append("grad_fn=<\(name)>") } else if requiresGrad { suffixes.append("requires_grad=True") }
        return appendSuffixes(prefix + body, suffixes, indent: prefix.count, lineWidth: options.lineWidth)
    }

    /// Flat indices of the elements a summarized print shows (the edge items of every dim).
    private func summarizedIndices(_ options: PrintOptions) -> [Int] {
        let strides = Tensor.contiguousStrides(shape)
        var result: [Int] = []
        func visit(_ axis: Int, _ base: Int) {
            if axis == rank { return result.append(base) }
            let size = shape[axis], edge = options.edgeItems
            let picks = size > 2 * edge ? Array(0..<edge) + Array(size - edge..<size) : Array(0..<size)
            for i in picks { visit(axis + 1, base + i * strides[axis]) }
        }
        visit(0, 0)
        return result
    }

    /// Adds `, suffix` items, wrapping onto a new line when the line would pass the line width.
    private func appendSuffixes(_ text: String, _ suffixes: [String], indent: Int, lineWidth: Int) -> String {
        var result = text
        var lastLineLength = text.count - (text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1) + 1
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > lineWidth {
                result += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                result += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return result + ")"
    }
}

/// The elements of a tensor in row-major order, read as PyTorch's `tolist()` would give them.
struct PrintedElements {
    let dtype: DType
    let floats: [Double]
    let integers: [Int64]
    let bools: [Bool]

    init(_ tensor: Tensor) {
        dtype = tensor.dtype
        floats = dtype.isFloatingPoint ? tensor.toFloatArray().map(Double.init) : []
        integers = dtype.isIntegral ? tensor.toInt64Array() : []
        bools = dtype == .bool ? tensor.toBoolArray() : []
    }

    /// Python's `str()` of a non-float element.
    func plainText(_ i: Int) -> String {
        dtype == .bool ? (bools[i] ? "True" : "False") : String(integers[i])
    }
}

/// PyTorch's `_Formatter`: picks integer, fixed or scientific notation from the nonzero finite
/// values and pads every element to the widest.
struct ElementFormatter {
    private let elements: PrintedElements
    private let precision: Int
    private(set) var width = 1
    private var integerMode = true
    private var scientific = false

    init(_ elements: PrintedElements, indices: [Int]?, options: PrintOptions) {
        self.elements = elements
        precision = options.precision
        let chosen = indices ?? Array(0..<Swift.max(elements.floats.count, elements.integers.count, elements.bools.count))
        defer { if let forced = options.scientific { scientific = forced } }
        guard elements.dtype.isFloatingPoint else {
            width = chosen.map { elements.plainText($0).count }.max() ?? 1
            return
        }
        let values = chosen.map { elements.floats[$0] }.filter { $0.isFinite && $0 != 0 }
        guard !values.isEmpty else { return }
        let magnitudes = values.map(Swift.abs)
        let largest = magnitudes.max()!, smallest = magnitudes.min()!
        integerMode = values.allSatisfy { $0 == $0.rounded(.up) }
        let wide = largest / smallest > 1000 || largest > 1e8
        if integerMode {
            scientific = wide
            width = values.map { scientific ? fixedText($0, exponent: true).count : String(format: "%.0f", $0).count + 1 }.max()!
        } else {
            scientific = wide || smallest < 1e-4
            width = values.map { fixedText($0, exponent: scientific).count }.max()!
        }
    }

    private func fixedText(_ value: Double, exponent: Bool) -> String {
        String(format: exponent ? "%.\(precision)e" : "%.\(precision)f", value)
    }

    /// Element `i`, right-aligned to the common width.
    func text(_ i: Int) -> String {
        let raw: String
        if !elements.dtype.isFloatingPoint {
            raw = elements.plainText(i)
        } else {
            let value = elements.floats[i]
            if !value.isFinite {
                // printf writes a negative NaN as "-nan"; PyTorch prints every NaN as "nan".
                raw = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
            } else if scientific {
                raw = fixedText(value, exponent: true)
            } else if integerMode {
                raw = String(format: "%.0f", value) + (value.isFinite ? "." : "")
            } else {
                raw = fixedText(value, exponent: false)
            }
        }
        return String(repeating: " ", count: Swift.max(0, width - raw.count)) + raw
    }
}

/// Lays out nested brackets as PyTorch's `_tensor_str_with_formatter` does.
struct TensorLayout {
    let shape: [Int]
    let elements: PrintedElements
    let formatter: ElementFormatter
    let summarize: Bool
    let options: PrintOptions

    func text(offset: Int, axis: Int, indent: Int) -> String {
        if shape.isEmpty { return formatter.text(0) }
        let strides = Tensor.contiguousStrides(shape)
        let size = shape[axis], edge = options.edgeItems
        let cut = summarize && size > 2 * edge
        let head = cut ? Array(0..<edge) : Array(0..<size), tail = cut ? Array(size - edge..<size) : []
        if axis == shape.count - 1 {
            var items = head.map { formatter.text(offset + $0) }
            if cut { items += [" ..."] + tail.map { formatter.text(offset + $0) } }
            let perLine = Swift.max(1, (options.lineWidth - indent) / (formatter.width + 2))
            let lines = stride(from: 0, to: items.count, by: perLine).map { items[$0..<Swift.min($0 + perLine, items.count)].joined(separator: ", ") }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        var slices = head.map { text(offset: offset + $0 * strides[axis], axis: axis + 1, indent: indent + 1) }
        if cut { slices += ["..."] + tail.map { text(offset: offset + $0 * strides[axis], axis: axis + 1, indent: indent + 1) } }
        let separator = "," + String(repeating: "\n", count: shape.count - axis - 1) + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }
}
