/// Where the seed pieces occur in each of a list of texts, found once with a trie so that every training
/// round only looks up which seeds are still in the vocabulary.
struct SeedOccurrences {
    private var bytes: [UInt8] = []
    /// Each text's range in `bytes`.
    private var textBounds: [Int] = [0]
    /// Each text's range in the occurrence arrays.
    private var occurrenceBounds: [Int] = [0]
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var seeds: [Int32] = []

    init(texts: [String], seeds trie: ByteTrie) {
        for text in texts {
            let base = bytes.count
            bytes += text.utf8
            bytes.withUnsafeBufferPointer { buffer in
                let view = UnsafeBufferPointer(rebasing: buffer[base...])
                for start in view.indices {
                    trie.forEachPrefix(of: view, from: start) { end, seed in
                        starts.append(Int32(start))
                        ends.append(Int32(end))
                        seeds.append(Int32(seed))
                    }
                }
            }
            textBounds.append(bytes.count)
            occurrenceBounds.append(starts.count)
        }
    }

    /// Fills `lattice` with the occurrences in text `index` of seeds still in the vocabulary (`pieceOfSeed`
    /// maps a seed to its piece, or -1), plus the unknown piece on each character no single piece covers.
    func fill(_ lattice: inout UnigramLattice, text index: Int, pieceOfSeed: [Int], scores: [Double],
              unknownPiece: Int, unknownScore: Double) {
        let base = textBounds[index]
        lattice.reset(length: textBounds[index + 1] - base)
        var occurrence = occurrenceBounds[index]
        let lastOccurrence = occurrenceBounds[index + 1]
        var start = 0
        while start < lattice.length {
            let characterLength = UTF8.width(leadingByte: bytes[base + start])
            var coversCharacter = false
            while occurrence < lastOccurrence && Int(starts[occurrence]) == start {
                let piece = pieceOfSeed[Int(seeds[occurrence])]
                if piece >= 0 {
                    let end = Int(ends[occurrence])
                    lattice.append(start: start, end: end, piece: piece, score: scores[piece])
                    if end - start == characterLength { coversCharacter = true }
                }
                occurrence += 1
            }
            if !coversCharacter {
                lattice.append(start: start, end: start + characterLength, piece: unknownPiece, score: unknownScore)
            }
            start += characterLength
        }
    }
}

extension UTF8 {
    /// The byte length of the character that `byte` starts.
    static func width(leadingByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
