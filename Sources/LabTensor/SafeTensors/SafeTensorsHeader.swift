import JSONText

/// The parsed and validated JSON header of a safetensors file.
///
/// Valid means: a JSON object whose `__metadata__` (optional) maps strings to strings and whose other
/// members each describe a tensor with a known `dtype`, a `shape` of non-negative integers and
/// `data_offsets` [begin, end] whose length matches the shape; sorted by offset, the tensors tile the
/// data section exactly, from byte 0 to its end, with no overlap and no gap (as the format requires).
struct SafeTensorsHeader {
    struct Entry {
        var name: String
        var info: SafeTensorsInfo
        /// Byte range within the data section.
        var begin: Int
        var end: Int
    }

    /// The tensors, in data order.
    var entries: [Entry]
    var metadata: [String: String]?

    /// Parses `header` (the UTF-8 JSON bytes) for a data section of `dataSize` bytes.
    static func parse(_ header: UnsafeRawBufferPointer, dataSize: Int, file: String) throws -> SafeTensorsHeader {
        func fail(_ problem: SafeTensorsError.Problem) -> SafeTensorsError { SafeTensorsError(file: file, problem) }
        guard isValidUTF8(header) else { throw fail(.headerNotUTF8) }
        guard header.first == UInt8(ascii: "{") else { throw fail(.headerNotObject) }
        let json: JSONNode
        do {
            json = try JSONNode.read(Array(header), options: strictJSON)
        } catch let error as JSONReadError {
            switch error.kind {
            case .duplicateKey(let key): throw fail(.headerNotJSON("duplicate key '\(key)'", offset: error.byteOffset))
            case .tooDeep: throw fail(.headerNotJSON("nested too deeply (over \(strictJSON.maxDepth) levels)", offset: error.byteOffset))
            default: throw fail(.headerNotJSON(error.message, offset: error.byteOffset))
            }
        }
        guard case .object(let members) = json else { throw fail(.headerNotObject) }

        var result = SafeTensorsHeader(entries: [], metadata: nil)
        for (key, value) in members.map({ ($0.key, $0.value) }) {
            if key == "__metadata__" {
                result.metadata = try metadata(value, fail: fail)
            } else {
                result.entries.append(try entry(key, value, fail: fail))
            }
        }
        result.entries.sort { ($0.begin, $0.end) < ($1.begin, $1.end) }
        try checkLayout(result.entries, dataSize: dataSize, fail: fail)
        return result
    }

    /// What the format allows: no repeated keys, exact integers (offsets can exceed 2^53), bounded
    /// nesting, no NaN or lone surrogates.
    private static let strictJSON = JSONReader.Options(rejectDuplicateKeys: true, maxDepth: 64, rejectLoneSurrogates: true)

    private static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func metadata(_ value: JSONNode, fail: (SafeTensorsError.Problem) -> SafeTensorsError) throws -> [String: String] {
        guard case .object(let members) = value else { throw fail(.badMetadata("'__metadata__' must be an object")) }
        var metadata: [String: String] = [:]
        for (key, item) in members.map({ ($0.key, $0.value) }) {
            guard case .string(let text) = item else {
                throw fail(.badMetadata("'__metadata__' values must be strings, but '\(key)' is not"))
            }
            metadata[key] = text
        }
        return metadata
    }

    private static func entry(_ name: String, _ value: JSONNode,
                              fail: (SafeTensorsError.Problem) -> SafeTensorsError) throws -> Entry {
        func bad(_ reason: String) -> SafeTensorsError { fail(.badEntry(tensor: name, reason)) }
        guard case .object(let members) = value else { throw bad("its description must be an object") }
        func member(_ key: String) throws -> JSONNode {
            guard let found = members.first(where: { $0.key == key }) else { throw bad("missing '\(key)'") }
            return found.value
        }
        func count(_ item: JSONNode, _ what: String) throws -> Int {
            guard case .integer(let value) = item, value >= 0 else { throw bad("\(what) is not a non-negative integer") }
            return Int(value)
        }
        guard case .string(let dtypeName) = try member("dtype") else { throw bad("'dtype' must be a string") }
        guard let dtype = SafeTensorsDType(rawValue: dtypeName) else {
            throw fail(.unknownDType(tensor: name, dtype: dtypeName))
        }
        guard case .array(let dims) = try member("shape") else { throw bad("'shape' must be a list") }
        let shape = try dims.map { try count($0, "a 'shape' entry") }
        guard case .array(let offsets) = try member("data_offsets"), offsets.count == 2 else {
            throw bad("'data_offsets' must be [begin, end]")
        }
        let begin = try count(offsets[0], "'data_offsets' begin"), end = try count(offsets[1], "'data_offsets' end")

        let info = SafeTensorsInfo(dtype: dtype, shape: shape)
        var needed = dtype.byteSize
        for dim in shape {
            let (product, overflow) = needed.multipliedReportingOverflow(by: dim)
            guard !overflow else { throw fail(.sizeTooLarge(tensor: name)) }
            needed = product
        }
        guard end >= begin else { throw fail(.offsetsReversed(tensor: name, begin: begin, end: end)) }
        guard end - begin == needed else {
            throw fail(.sizeMismatch(tensor: name, info: info, needed: needed, begin: begin, end: end))
        }
        return Entry(name: name, info: info, begin: begin, end: end)
    }

    /// Sorted entries must tile [0, dataSize) exactly.
    private static func checkLayout(_ entries: [Entry], dataSize: Int,
                                    fail: (SafeTensorsError.Problem) -> SafeTensorsError) throws {
        var position = 0
        var previous: String?
        for entry in entries {
            guard entry.end <= dataSize else {
                throw fail(.pastDataEnd(tensor: entry.name, end: entry.end, dataSize: dataSize))
            }
            if entry.begin < position, let previous { throw fail(.overlap(tensor: entry.name, previous: previous)) }
            if entry.begin > position { throw fail(.gap(tensor: entry.name, from: position, to: entry.begin)) }
            position = entry.end
            previous = entry.name
        }
        guard position == dataSize else { throw fail(.trailingData(from: position, to: dataSize)) }
    }
}
