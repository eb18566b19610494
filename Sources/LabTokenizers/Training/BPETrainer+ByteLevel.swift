extension BPETrainer {
    /// The 256 characters of the byte-level alphabet, in code point order: the initial alphabet that lets a
    /// byte-level BPE spell any input.
    public static var byteLevelAlphabet: [String] {
        ByteLevelAlphabet.characterForByte.sorted { $0.value < $1.value }.map(String.init)
    }
}
