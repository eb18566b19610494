/// float16 and bfloat16 tensors: their elements sit in float32 slots and always hold values the
/// format can represent. Every op computes in float32 and rounds its result once (see
/// ``Tensor/record(_:_:_:_:)``), which is what PyTorch's CPU kernels do for these formats.
extension Tensor {
    /// PyTorch's `result_type` over an op's tensor inputs: dimensioned operands decide, and 0-dim
    /// operands count only when their category (bool < integer < float) is higher.
    static func resultType(of inputs: [Tensor]) -> DType? {
        let dimensioned = inputs.filter { $0.rank > 0 }.map(\.dtype).reduce(nil) { (sofar: DType?, next: DType) in sofar.map { DType.promoted($0, next) } ?? next }
        let scalars = inputs.filter { $0.rank == 0 }.map(\.dtype).reduce(nil) { (sofar: DType?, next: DType) in sofar.map { DType.promoted($0, next) } ?? next }
        guard let dimensioned else { return scalars }
        guard let scalars, scalars.category > dimensioned.category else { return dimensioned }
        return DType.promoted(dimensioned, scalars)
    }

    /// A float32 op result narrowed to the reduced float its inputs promote to (float16 + float16 is
    /// float16, float16 + float32 stays float32); `self` otherwise.
    func narrowed(toResultTypeOf inputs: [Tensor]) -> Tensor {
        guard dtype == .float32, inputs.contains(where: { $0.dtype.isReducedFloat }),
              let type = Tensor.resultType(of: inputs), type.isReducedFloat else { return self }
        return rounded(into: type)
    }

    /// The elements rounded to a reduced float `type` (round-to-nearest-even), as a new dense
    /// tensor of that dtype. No graph.
    func rounded(into type: DType) -> Tensor {
        let source = detached().contiguous()
        let result = TensorStorage(dtype: type, count: scalarCount, zeroed: false)
        withExtendedLifetime(source) {
            let from = source.storage.floats + source.offset
            for i in 0..<scalarCount { result.floats[i] = Float(from[i]) }
        }
        roundInPlace(result.floats, count: scalarCount, to: type)
        return Tensor(storage: result, shape: shape)
    }
}

/// Rounds `count` floats to what `type` (float16 or bfloat16) can hold; other dtypes are left as they are.
func roundInPlace(_ values: UnsafeMutablePointer<Float>, count: Int, to type: DType) {
    switch type {
    case .float16: for i in 0..<count { values[i] = floatFromHalfBits(halfBitsFromFloat(values[i])) }
    case .bfloat16: for i in 0..<count { values[i] = Float(bitPattern: UInt32(bfloat16BitsFromFloat(values[i])) << 16) }
    default: break
    }
}
