import XCTest
@testable import LabTokenizers

/// Component behaviours the fixtures do not reach, checked against values worked out from the reference's rules.
final class ComponentTests: XCTestCase {
    private func tokenizer(_ json: String) throws -> Tokenizer {
        try Tokenizer(data: Data(json.utf8))
    }

    func testBPEWithPrefixSuffixAndPairMerges() throws {
        let tokenizer = try self.tokenizer(#"""
        {"model": {"type": "BPE", "continuing_subword_prefix": "##", "end_of_word_suffix": "</w>", "unk_token": "<unk>",
          "vocab": {"<unk>": 0, "l": 1, "##o": 2, "##w</w>": 3, "lo": 4, "low</w>": 5, "##w": 6},
          "merges": [["l", "##o"], ["lo", "##w</w>"]]},
         "pre_tokenizer": {"type": "WhitespaceSplit"}}
        """#)
        // "lo" ends in "##o</w>", which is not in the vocabulary, so it is "l" and an unknown (checked with tokenizers).
        XCTAssertEqual(try tokenizer.encode("low lo low").ids, [5, 1, 0, 5])
    }

    func testBPEUnknownsFuseOnlyWhenAsked() throws {
        let json = { (fuse: Bool) in #"""
            {"model": {"type": "BPE", "unk_token": "?", "fuse_unk": \#(fuse), "vocab": {"?": 0, "a": 1}, "merges": []}}
            """# }
        XCTAssertEqual(try tokenizer(json(true)).encode("xya").ids, [0, 1])
        XCTAssertEqual(try tokenizer(json(false)).encode("xya").ids, [0, 0, 1])
    }

    func testBPEIgnoreMergesTakesWholeWords() throws {
        let tokenizer = try self.tokenizer(#"""
        {"model": {"type": "BPE", "ignore_merges": true, "vocab": {"a": 0, "b": 1, "ab": 2, "abb": 3}, "merges": ["a b"]}}
        """#)
        XCTAssertEqual(try tokenizer.encode("abb").ids, [3])
        XCTAssertEqual(try tokenizer.encode("abab").ids, [2, 2])
    }

    func testWordPieceLongWordsAndUnmatchedPiecesBecomeUnknown() throws {
        let tokenizer = try self.tokenizer(#"""
        {"model": {"type": "WordPiece", "unk_token": "[UNK]", "max_input_chars_per_word": 5,
          "vocab": {"[UNK]": 0, "un": 1, "##aff": 2, "##able": 3, "a": 4}},
         "pre_tokenizer": {"type": "WhitespaceSplit"}}
        """#)
        XCTAssertEqual(try tokenizer.encode("unaff a unaffable unx").ids, [1, 2, 4, 0, 0])
    }

    func testLegacyMetaspaceAddPrefixSpace() throws {
        let preTokenizer = try PreTokenizerFactory.make(try jsonObject(#"{"type": "Metaspace", "replacement": "▁", "add_prefix_space": true}"#))
        XCTAssertEqual(preTokenizer.preTokenize("Hey friend"), ["▁Hey", "▁friend"])
        let never = try PreTokenizerFactory.make(try jsonObject(#"{"type": "Metaspace", "replacement": "▁", "add_prefix_space": false}"#))
        XCTAssertEqual(never.preTokenize("Hey friend"), ["Hey", "▁friend"])
    }

    func testGPT2SplitKeepsTrailingSpaceRunsApart() {
        let pieces = GPT2Splitter.split(PreToken("it's  ok\n\n 42!!")).map(\.text)
        XCTAssertEqual(pieces, ["it", "'s", " ", " ok", "\n\n", " 42", "!!"])
    }

    func testAddedTokenFlags() throws {
        let tokenizer = try self.tokenizer(#"""
        {"model": {"type": "WordLevel", "unk_token": "?", "vocab": {"?": 0, "a": 1, "b": 2}},
         "pre_tokenizer": {"type": "WhitespaceSplit"},
         "added_tokens": [
           {"id": 3, "content": "<m>", "lstrip": true, "rstrip": true, "normalized": false, "special": true},
           {"id": 4, "content": "ab", "single_word": true, "normalized": true, "special": false}]}
        """#)
        XCTAssertEqual(try tokenizer.encode("a  <m>  b").ids, [1, 3, 2])
        XCTAssertEqual(try tokenizer.encode("ab abb").ids, [4, 0])
        XCTAssertEqual(tokenizer.decode([1, 3, 2], skipSpecialTokens: true), "a b")
    }

    func testDecoders() throws {
        let strip = try DecoderFactory.make(try jsonObject(#"{"type": "Strip", "content": " ", "start": 1, "stop": 1}"#))
        XCTAssertEqual(strip.decodeChain(["  a  ", "b"]), [" a ", "b"])
        let ctc = try DecoderFactory.make(try jsonObject(#"{"type": "CTC", "pad_token": "<pad>", "word_delimiter_token": "|", "cleanup": true}"#))
        XCTAssertEqual(ctc.decode(["h", "h", "<pad>", "i", "|", "|", "y", "o", "u"]), "hi you")
        let bpe = try DecoderFactory.make(try jsonObject(#"{"type": "BPEDecoder", "suffix": "</w>"}"#))
        XCTAssertEqual(bpe.decode(["hel", "lo</w>", "you</w>"]), "hello you")
        XCTAssertEqual(ByteFallbackDecoder().decodeChain(["<0xE2>", "<0x82>", "<0xAC>", "x", "<0xFF>"]), ["€", "x", "\u{FFFD}"])
    }

    func testTruncationSplitsLongestFirstLikeTheReference() throws {
        var first = Encoding(ids: Array(0..<10))
        var second: Encoding? = Encoding(ids: Array(0..<3))
        try Truncation(maxLength: 8).apply(&first, &second)
        XCTAssertEqual(first.count, 5)
        XCTAssertEqual(second?.count, 3)
        var left = Encoding(ids: Array(0..<6))
        var none: Encoding?
        try Truncation(maxLength: 4, direction: .left).apply(&left, &none)
        XCTAssertEqual(left.ids, [2, 3, 4, 5])
    }

    func testPaddingToAMultipleOnTheLeft() {
        let padded = Padding(length: .longest, side: .left, padToMultipleOf: 4, padId: 9).apply([Encoding(ids: [1, 2, 3, 4, 5])])
        XCTAssertEqual(padded[0].ids, [9, 9, 9, 1, 2, 3, 4, 5])
        XCTAssertEqual(padded[0].attentionMask, [0, 0, 0, 1, 1, 1, 1, 1])
    }

    func testUnigramWithoutUnknownIdRefusesUncoveredText() throws {
        let tokenizer = try self.tokenizer(#"{"model": {"type": "Unigram", "vocab": [["a", -1.0], ["b", -2.0], ["ab", -1.5]]}}"#)
        XCTAssertEqual(try tokenizer.encode("abab").ids, [2, 2])
        XCTAssertThrowsError(try tokenizer.encode("abc"))
    }

    func testUnigramFusesUnknownsAndFallsBackToBytes() throws {
        let pieces = #"[["<unk>", 0.0], ["a", -1.0], ["<0xC3>", -5.0], ["<0xA9>", -5.0]]"#
        let fused = try self.tokenizer(#"{"model": {"type": "Unigram", "unk_id": 0, "vocab": \#(pieces)}}"#)
        XCTAssertEqual(try fused.encode("xya").ids, [0, 1])
        let bytes = try self.tokenizer(#"{"model": {"type": "Unigram", "unk_id": 0, "byte_fallback": true, "vocab": \#(pieces)}}"#)
        XCTAssertEqual(try bytes.encode("éa").ids, [2, 3, 1])
        XCTAssertEqual(try bytes.encode("xa").ids, [0, 1])
    }

    /// Expected pieces recorded from the reference's Split (its regex engine counts the Latin-1 superscripts
    /// and fractions as word characters outside brackets only, and leaves out joiners).
    func testRegexClassesMeanWhatTheReferenceMeans() throws {
        let text = "x\u{B2} \u{BD} \u{216B} a\u{301} \u{200D}_9 \u{85}|\u{B}|\u{A0}|\u{3000}"
        let cases: [(String, [String])] = [
            (#"\w+"#, [" ", " ", " ", " \u{200D}", " \u{85}|\u{B}|\u{A0}|\u{3000}"]),
            (#"[\w]+"#, ["\u{B2} \u{BD} ", " ", " \u{200D}", " \u{85}|\u{B}|\u{A0}|\u{3000}"]),
            (#"\W+"#, ["x\u{B2}", "\u{BD}", "\u{216B}", "a\u{301}", "_9"]),
            (#"[\W]+"#, ["x", "\u{216B}", "a\u{301}", "_9"]),
            (#"[^\s]+"#, [" ", " ", " ", " ", " \u{85}", "\u{B}", "\u{A0}", "\u{3000}"]),
            (#"\d+"#, ["x\u{B2} \u{BD} \u{216B} a\u{301} \u{200D}_", " \u{85}|\u{B}|\u{A0}|\u{3000}"]),
        ]
        for (pattern, expected) in cases {
            let json = #"{"type": "Split", "pattern": {"Regex": "\#(pattern.replacingOccurrences(of: "\\", with: "\\\\"))"}, "behavior": "Removed", "invert": false}"#
            let split = try PreTokenizerFactory.make(try jsonObject(json))
            XCTAssertEqual(split.preTokenize(text), expected, pattern)
        }
    }

    func testCanonicallyEquivalentWordsAreNotConfusedByTheCache() throws {
        let tokenizer = try self.tokenizer(#"""
        {"model": {"type": "BPE", "unk_token": "?", "vocab": {"?": 0, "\u00c5": 1, "A": 2, "\u030a": 3}, "merges": []}}
        """#)
        XCTAssertEqual(try tokenizer.encode("\u{C5}").ids, [1])
        XCTAssertEqual(try tokenizer.encode("A\u{30A}").ids, [2, 3])
        XCTAssertEqual(try tokenizer.encode("\u{212B}").ids, [0])
    }

    func testPostProcessorSequenceAndBertPairTypeIds() throws {
        let json = #"""
        {"type": "Sequence", "processors": [
          {"type": "ByteLevel", "trim_offsets": true},
          {"type": "BertProcessing", "cls": ["[CLS]", 101], "sep": ["[SEP]", 102]}]}
        """#
        let processor = try PostProcessorFactory.make(try jsonObject(json))
        XCTAssertEqual(processor.addedTokens(isPair: false), 2)
        XCTAssertEqual(processor.addedTokens(isPair: true), 3)
        let merged = try processor.process([Encoding(ids: [5, 6]), Encoding(ids: [7])], addSpecialTokens: true)
        XCTAssertEqual(merged, [Encoding(ids: [101, 5, 6, 102, 7, 102], typeIds: [0, 0, 0, 0, 1, 1],
                                         specialTokensMask: [1, 0, 0, 1, 0, 1])])
        let plain = try processor.process([Encoding(ids: [5, 6]), Encoding(ids: [7])], addSpecialTokens: false)
        XCTAssertEqual(plain.first?.ids, [5, 6, 7])
        XCTAssertEqual(plain.first?.typeIds, [0, 0, 1])
    }
}
