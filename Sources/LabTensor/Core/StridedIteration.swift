/// Walks a strided view in row-major order one innermost row at a time.
///
/// `body(storageOffset, logicalIndex)` is called for the first element of each innermost row; the row
/// has `shape.last` elements `strides.last` apart in storage and consecutive logical indices. A scalar
/// view is one row of one element.
@inline(__always)
func forEachRow(shape: [Int], strides: [Int], offset: Int, _ body: (Int, Int) -> Void) {
    if shape.contains(0) { return }
    guard let rowLength = shape.last else { return body(offset, 0) }
    let outer = shape.count - 1
    var counter = [Int](repeating: 0, count: outer)
    var storageOffset = offset
    var logical = 0
    while true {
        body(storageOffset, logical)
        logical += rowLength
        var axis = outer - 1
        while axis >= 0 {
            counter[axis] += 1
            storageOffset += strides[axis]
            if counter[axis] < shape[axis] { break }
            storageOffset -= strides[axis] * shape[axis]
            counter[axis] = 0
            axis -= 1
        }
        if axis < 0 { return }
    }
}

/// Copies a strided view of `source` into the dense row-major buffer `destination`.
func gatherStrided<T>(_ source: UnsafePointer<T>, shape: [Int], strides: [Int], offset: Int,
                      into destination: UnsafeMutablePointer<T>) {
    let rowLength = shape.last ?? 1
    let step = strides.last ?? 1
    forEachRow(shape: shape, strides: strides, offset: offset) { start, logical in
        if step == 1 {
            (destination + logical).update(from: source + start, count: rowLength)
        } else {
            for i in 0..<rowLength { destination[logical + i] = source[start + i * step] }
        }
    }
}

/// Writes the dense row-major buffer `source` into a strided view of `destination`.
func scatterStrided<T>(_ source: UnsafePointer<T>, into destination: UnsafeMutablePointer<T>,
                       shape: [Int], strides: [Int], offset: Int) {
    let rowLength = shape.last ?? 1
    let step = strides.last ?? 1
    forEachRow(shape: shape, strides: strides, offset: offset) { start, logical in
        for i in 0..<rowLength { destination[start + i * step] = source[logical + i] }
    }
}
