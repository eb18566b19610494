/// An n-dimensional array with value semantics, strided views and reverse-mode autodiff.
///
/// A tensor is a view (`shape`, `strides`, `offset`) onto a shared ``TensorStorage``. Copying a tensor
/// copies only the view; the elements are shared until one of the copies writes, which first makes
/// its storage unique (copy-on-write). So a snapshot of a model's weights costs nothing until a weight
/// changes.
///
/// A tensor that takes part in autodiff carries a graph node: a leaf node (created by setting
/// ``requiresGrad``) accumulates ``grad``; an interior node (created by an op on tensors that require
/// grad) records how to send gradients back to its inputs. See `Autograd/GradNode.swift`.
public struct Tensor {
    var storage: TensorStorage
    /// The size of each dimension; `[]` for a scalar.
    public internal(set) var shape: [Int]
    /// Elements to skip in storage to move one step along each dimension (0 for broadcast dims).
    public internal(set) var strides: [Int]
    var offset: Int
    var gradNode: GradNode?

    init(storage: TensorStorage, shape: [Int], strides: [Int], offset: Int) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// A contiguous tensor over a whole storage.
    init(storage: TensorStorage, shape: [Int]) {
        self.init(storage: storage, shape: shape, strides: Tensor.contiguousStrides(shape), offset: 0)
    }

    /// A new contiguous float tensor whose elements `fill` writes. The buffer starts zeroed unless
    /// `zeroed` is false, for fills that write every element.
    /// A bool tensor of `shape` whose elements are `element()`, called in row-major order.
    static func mask(_ shape: [Int], _ op: String, _ element: () -> Bool) throws -> Tensor {
        try checkShape(shape, op)
        let storage = TensorStorage(dtype: .bool, count: shape.reduce(1, *))
        for i in 0..<storage.count { storage.bools[i] = element() }
        return Tensor(storage: storage, shape: shape)
    }

    static func makeFloat(_ shape: [Int], zeroed: Bool = true, _ fill: (UnsafeMutablePointer<Float>) -> Void) -> Tensor {
        let storage = TensorStorage(dtype: .float32, count: shape.reduce(1, *), zeroed: zeroed)
        fill(storage.floats)
        return Tensor(storage: storage, shape: shape)
    }

    /// Row-major strides for `shape`.
    static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }
}

// MARK: - Properties

extension Tensor {
    /// The element type.
    public var dtype: DType { storage.dtype }
    /// The number of dimensions.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var scalarCount: Int { shape.reduce(1, *) }
    /// Whether the elements are laid out densely in row-major order (dims of size 1 may have any stride).
    public var isContiguous: Bool {
        var expected = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }
    /// Identifies the shared storage: equal for tensors that share elements (views, unmodified copies).
    public var storageIdentifier: ObjectIdentifier { ObjectIdentifier(storage) }

    /// Pointer to the first float element. Only for float32 tensors; callers index with strides.
    var floatPointer: UnsafeMutablePointer<Float> { storage.floats + offset }
}

// MARK: - Creation

extension Tensor {
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
        try checkShape(shape, "zeros")
        return Tensor(storage: TensorStorage(dtype: dtype, count: shape.reduce(1, *)), shape: shape)
    }

    /// A float tensor filled with `value`.
    public static func full(_ shape: [Int], _ value: Float) throws -> Tensor {
        try checkShape(shape, "full")
        return filled(shape, value)
    }

    /// A float tensor of ones.
    public static func ones(_ shape: [Int]) throws -> Tensor { try full(shape, 1) }

    /// A 0-dimensional float tensor.
    public init(_ scalar: Float) {
        self = Tensor.filled([], scalar)
    }

    /// A float tensor of a shape known to be valid, filled with `value`.
    static func filled(_ shape: [Int], _ value: Float) -> Tensor {
        makeFloat(shape, zeroed: false) { $0.update(repeating: value, count: shape.reduce(1, *)) }
    }

    /// Fails for a shape with a negative dimension or more elements than an Int can count.
    static func checkShape(_ shape: [Int], _ op: String) throws {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError(op, "Trying to create tensor with negative dimension in shape \(shape)")
        }
        let count = try elementCount(shape, op)
        if count > maxElements {
            // PyTorch's allocator failure, raised before allocating rather than after.
            throw TensorError(op, "[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate \(count.multipliedReportingOverflow(by: 4).partialValue) bytes. Error code 12 (Cannot allocate memory)")
        }
    }

    /// The most elements one tensor may have (8 GiB of float32), so that a size typed by mistake
    /// fails cleanly instead of exhausting the machine's memory.
    public static let maxElements = 1 << 31

    /// The number of elements of a shape without negative dims, failing on overflow.
    static func elementCount(_ shape: [Int], _ op: String) throws -> Int {
        try shape.reduce(1) { total, size in
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow else { throw TensorError(op, "shape \(shape) has too many elements") }
            return product
        }
    }

    /// A float tensor from row-major values; `shape` defaults to `[values.count]`.
    public init(_ values: [Float], shape: [Int]? = nil) throws {
        try self.init(elements: values, dtype: .float32, shape: shape)
    }

    /// An int64 tensor (token ids, indices) from row-major values.
    public init(int64 values: [Int64], shape: [Int]? = nil) throws {
        try self.init(elements: values, dtype: .int64, shape: shape)
    }

    /// An int64 tensor from Swift `Int`s.
    public init(indices values: [Int], shape: [Int]? = nil) throws {
        try self.init(int64: values.map(Int64.init), shape: shape)
    }

    /// An int32 tensor from row-major values.
    public init(int32 values: [Int32], shape: [Int]? = nil) throws {
        try self.init(elements: values, dtype: .int32, shape: shape)
    }

    /// A uint8 tensor (bytes) from row-major values.
    public init(uint8 values: [UInt8], shape: [Int]? = nil) throws {
        try self.init(elements: values, dtype: .uint8, shape: shape)
    }

    /// A bool tensor (mask) from row-major values.
    public init(bools values: [Bool], shape: [Int]? = nil) throws {
        try self.init(elements: values, dtype: .bool, shape: shape)
    }

    /// Copies `values` (whose element type is `dtype`'s storage type) into a new dense tensor.
    private init<Element>(elements values: [Element], dtype: DType, shape: [Int]?) throws {
        let shape = shape ?? [values.count]
        try Tensor.checkCount(values.count, shape, "tensor")
        let storage = TensorStorage(dtype: dtype, count: values.count, zeroed: false)
        let destination = storage.bytes.assumingMemoryBound(to: Element.self)
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { destination.update(from: base, count: source.count) }
        }
        self.init(storage: storage, shape: shape)
    }

    /// `[start, start+step, ...)` below `end`, as float32.
    public static func arange(_ start: Float = 0, _ end: Float, step: Float = 1) throws -> Tensor {
        guard step != 0 else { throw TensorError("arange", "step must be nonzero") }
        let steps = ((end - start) / step).rounded(.up)
        guard steps.isFinite, steps < Float(1 << 40) else { throw TensorError("arange", "invalid range [\(start), \(end)) with step \(step)") }
        let count = Swift.max(0, Int(steps))
        return makeFloat([count]) { p in for i in 0..<count { p[i] = start + Float(i) * step } }
    }

    static func checkCount(_ count: Int, _ shape: [Int], _ op: String) throws {
        try checkShape(shape, op)
        guard try elementCount(shape, op) == count else {
            throw TensorError(op, "shape \(shape) is invalid for input of size \(count)")
        }
    }
}

// MARK: - Reading elements

extension Tensor {
    /// All elements in row-major order, converted to Float.
    public func toFloatArray() -> [Float] {
        let x = converted(to: .float32).contiguous()
        return withExtendedLifetime(x) { Array(UnsafeBufferPointer(start: x.floatPointer, count: x.scalarCount)) }
    }

    /// All elements in row-major order, converted to Int64 (floats truncate toward zero, as `.long()` does).
    public func toInt64Array() -> [Int64] {
        let x = converted(to: .int64).contiguous()
        return withExtendedLifetime(x) { Array(UnsafeBufferPointer(start: x.storage.int64s + x.offset, count: x.scalarCount)) }
    }

    /// All elements in row-major order, converted to Bool (nonzero is true).
    public func toBoolArray() -> [Bool] {
        let x = converted(to: .bool).contiguous()
        return withExtendedLifetime(x) { Array(UnsafeBufferPointer(start: x.storage.bools + x.offset, count: x.scalarCount)) }
    }

    /// The single element of a one-element tensor, as a Double (PyTorch's `item()`).
    public func item() throws -> Double {
        guard scalarCount == 1 else {
            throw TensorError("item", "a Tensor with \(scalarCount) elements cannot be converted to Scalar")
        }
        return element(atStorageOffset: offset)
    }

    /// The element at a storage offset, as a Double whatever the dtype.
    func element(atStorageOffset index: Int) -> Double {
        switch dtype {
        case .float32, .float16, .bfloat16: return Double(storage.floats[index])
        case .int64: return Double(storage.int64s[index])
        case .int32: return Double(storage.int32s[index])
        case .uint8: return Double(storage.uint8s[index])
        case .bool: return storage.bools[index] ? 1 : 0
        }
    }

    /// The element at a storage index of an integer or bool tensor, exactly (0 for float dtypes).
    func integerElement(atStorageOffset index: Int) -> Int64 {
        switch dtype {
        case .int64: return storage.int64s[index]
        case .int32: return Int64(storage.int32s[index])
        case .uint8: return Int64(storage.uint8s[index])
        case .bool: return storage.bools[index] ? 1 : 0
        case .float32, .float16, .bfloat16: return 0
        }
    }
}
