/// Work splitting for the tensor ops. The split depends only on the problem size, never on
/// `Parallel.threadCount`, and every output element is computed by exactly one chunk in a fixed
/// order, so results are bit-identical whatever the number of threads.

/// Elements of elementwise work below which a loop runs on the calling thread.
let parallelGrain = 1 << 15

/// Runs `body` over `0..<count` split into fixed chunks of about `grain` work units each
/// (`costPerItem` units per index), on the thread pool when there is more than one chunk.
func parallelChunks(_ count: Int, costPerItem: Int = 1, grain: Int = parallelGrain, _ body: (Range<Int>) -> Void) {
    let chunks = Swift.min(count, Swift.max(1, count * Swift.max(costPerItem, 1) / grain), 256)
    if chunks <= 1 { return body(0..<count) }
    Parallel.forEach(chunks) { c in body(c * count / chunks ..< (c + 1) * count / chunks) }
}

/// The storage offset of the first element of logical row `row` of a strided view whose outer
/// (all but last) dims are `outer`, read with `strides` from `base`.
@inline(__always)
func rowStorageOffset(_ row: Int, outer: ArraySlice<Int>, strides: [Int], base: Int) -> Int {
    var remaining = row, offset = base
    for axis in outer.indices.reversed() {
        let size = outer[axis]
        offset += (remaining % size) * strides[axis]
        remaining /= size
    }
    return offset
}
