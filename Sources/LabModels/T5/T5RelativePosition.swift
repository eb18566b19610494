import Foundation
import LabTensor

/// T5's relative position buckets: small distances get a bucket each, larger ones share
/// logarithmically wider buckets up to `maxDistance`; bidirectional attention (the encoder) spends
/// half the buckets on keys after the query.
enum T5RelativePosition {
    /// The bucket of `relative` = key position − query position, computed in Float32 as
    /// transformers' `_relative_position_bucket` does.
    static func bucket(_ relative: Int, bidirectional: Bool, buckets: Int, maxDistance: Int) -> Int {
        var numBuckets = buckets, result = 0, distance: Int
        if bidirectional {
            numBuckets /= 2
            if relative > 0 { result += numBuckets }
            distance = Swift.abs(relative)
        } else {
            distance = -Swift.min(relative, 0)
        }
        let maxExact = numBuckets / 2
        if distance < maxExact { return result + distance }
        let scaled = Foundation.log(Float(distance) / Float(maxExact)) / Float(Foundation.log(Double(maxDistance) / Double(maxExact)))
            * Float(numBuckets - maxExact)
        let large = maxExact + Int(scaled)
        return result + Swift.min(large, numBuckets - 1)
    }

    /// Bucket ids `[Tq, Tk]` for queries at positions `queryOffset ..< queryOffset+Tq` and keys at `0 ..< Tk`.
    static func buckets(queries: Int, keys: Int, queryOffset: Int, bidirectional: Bool, buckets: Int, maxDistance: Int) throws -> Tensor {
        var ids = [Int](repeating: 0, count: queries * keys)
        for i in 0..<queries {
            for j in 0..<keys {
                ids[i * keys + j] = bucket(j - (i + queryOffset), bidirectional: bidirectional, buckets: buckets, maxDistance: maxDistance)
            }
        }
        return try Tensor(indices: ids, shape: [queries, keys])
    }
}
