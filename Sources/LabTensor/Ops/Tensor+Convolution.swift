/// One-dimensional convolution (PyTorch's `conv1d`, a cross-correlation), as im2col and one
/// batched matmul per group: the padded input's windows are gathered with `index_select`, so the
/// gradients for input, weight and bias follow from those steps'.
extension Tensor {
    /// Zero padding of a convolution's input: `left` before and `right` after the length dim.
    public struct ConvolutionPadding: Equatable, Sendable {
        public let left: Int, right: Int
        public init(left: Int, right: Int) { (self.left, self.right) = (left, right) }

        /// PyTorch's `'same'`: the output as long as the input (at stride 1), any odd unit on the right.
        public static func same(kernelSize: Int, dilation: Int) -> ConvolutionPadding {
            let total = dilation * (kernelSize - 1)
            return ConvolutionPadding(left: total / 2, right: total - total / 2)
        }
    }

    /// `conv1d`. Shapes: input `[N, C_in, L]` (or unbatched `[C_in, L]`), weight
    /// `[C_out, C_in / groups, K]`, bias `[C_out]` → `[N, C_out, L_out]` with
    /// `L_out = (L + left + right - dilation·(K-1) - 1) / stride + 1`.
    public static func conv1d(_ input: Tensor, weight: Tensor, bias: Tensor? = nil, stride: Int = 1,
                              padding: ConvolutionPadding = ConvolutionPadding(left: 0, right: 0), dilation: Int = 1, groups: Int = 1) throws -> Tensor {
        guard input.rank == 2 || input.rank == 3 else {
            throw TensorError("conv1d", "Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: \(input.shape)")
        }
        if input.rank == 2 {
            return try conv1d(input.unsqueeze(0), weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups).squeeze(0)
        }
        try checkConv1d(input, weight, bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
        let (n, channels, kernel, outChannels) = (input.shape[0], input.shape[1], weight.shape[2], weight.shape[0])
        let padded = try zeroPadded(input.float(), padding)
        let span = dilation * (kernel - 1) + 1
        guard padded.shape[2] >= span else {
            throw TensorError("conv1d", "Calculated padded input size per channel: (\(padded.shape[2])). Kernel size: (\(span)). Kernel size can't be greater than actual input size")
        }
        let length = (padded.shape[2] - span) / stride + 1
        // Window columns [N, C_in, K·L_out]: tap k of output t reads k·dilation + t·stride.
        let taps = (0..<kernel).flatMap { k in (0..<length).map { t in k * dilation + t * stride } }
        let columns = try padded.indexSelect(dim: 2, index: Tensor(indices: taps))
        let perGroup = channels / groups * kernel
        // [G, C_in/G·K, N·L_out] · weight [G, C_out/G, C_in/G·K] per group.
        let grouped = try columns.reshape([n, groups, perGroup, length]).permute([1, 2, 0, 3]).reshape([groups, perGroup, n * length])
        let kernels = try weight.float().reshape([groups, outChannels / groups, perGroup])
        var out = try kernels.bmm(grouped).reshape([groups, outChannels / groups, n, length]).permute([2, 0, 1, 3]).reshape([n, outChannels, length])
        if let bias { out = try out + bias.float().reshape([1, outChannels, 1]) }
        return out.recordedAs("ConvolutionBackward0")
    }

    /// PyTorch's checks, in its order and words.
    private static func checkConv1d(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?, stride: Int, padding: ConvolutionPadding,
                                    dilation: Int, groups: Int) throws {
        guard stride > 0 else { throw TensorError("conv1d", "non-positive stride is not supported") }
        guard padding.left >= 0, padding.right >= 0 else { throw TensorError("conv1d", "negative padding is not supported") }
        guard dilation > 0 else { throw TensorError("conv1d", "non-positive dilation is not supported") }
        guard groups > 0 else { throw TensorError("conv1d", "non-positive groups is not supported") }
        guard weight.rank == 3 else {
            throw TensorError("conv1d", "Expected 3-dimensional weight for 3-dimensional input \(input.shape), but got \(weight.rank)-dimensional weight of size \(weight.shape) instead")
        }
        guard weight.shape[0] % groups == 0 else {
            throw TensorError("conv1d", "Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got weight of size [\(weight.shape)] instead")
        }
        guard input.shape[1] == weight.shape[1] * groups else {
            throw TensorError("conv1d", "Given groups=\(groups), weight of size \(weight.shape), expected input\(input.shape) to have \(weight.shape[1] * groups) channels, but got \(input.shape[1]) channels instead")
        }
        if let bias, bias.shape != [weight.shape[0]] {
            throw TensorError("conv1d", "Given weight of size \(weight.shape), expected bias to be 1-dimensional with \(weight.shape[0]) elements, but got bias of size \(bias.shape) instead")
        }
    }

    /// `x` with zeros concatenated before and after its last dim.
    private static func zeroPadded(_ x: Tensor, _ padding: ConvolutionPadding) throws -> Tensor {
        var parts = [x]
        var shape = x.shape
        if padding.left > 0 { shape[2] = padding.left; parts.insert(try Tensor.zeros(shape), at: 0) }
        if padding.right > 0 { shape[2] = padding.right; parts.append(try Tensor.zeros(shape)) }
        return parts.count == 1 ? x : try Tensor.concat(parts, dim: 2)
    }
}
