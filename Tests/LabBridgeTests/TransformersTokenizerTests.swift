import XCTest
import Foundation

/// `transformers.AutoTokenizer` over the tiny RoBERTa fixture, checked against ids transformers produced.
final class TransformersTokenizerTests: BridgeTestCase {
    static let roberta = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/roberta/tiny-2labels").standardized.path

    func testBatchCallPadsToLongestAsTensors() {
        let out = run("""
        from transformers import AutoTokenizer
        tok = AutoTokenizer.from_pretrained("\(Self.roberta)")
        enc = tok(["I want to kiss you.", "You are disgusting and nobody likes you at all!", "ok"], return_tensors="pt", padding=True)
        print(list(enc.keys()), tuple(enc.input_ids.shape), tuple(enc["attention_mask"].shape))
        print(enc.input_ids[2][:5].tolist(), enc.attention_mask[2].sum().item())
        print(tok.pad_token, tok.pad_token_id, tok.eos_token, tok.eos_token_id, tok.padding_side)
        print(tok.model_max_length)
        """)
        XCTAssertEqual(out, """
        ['input_ids', 'attention_mask'] (3, 27) (3, 27)
        [0, 83, 79, 2, 1] 4
        <pad> 1 </s> 2 right
        1000000000000000019884624838656

        """)
    }

    func testSingleTextGivesListsAndDecodes() {
        let out = run("""
        from transformers import AutoTokenizer
        tok = AutoTokenizer.from_pretrained("\(Self.roberta)")
        enc = tok("ok")
        print(enc)
        print(tok.encode("ok"), repr(tok.decode(enc["input_ids"], skip_special_tokens=True)))
        print(tok.batch_decode([[0, 83, 79, 2]], skip_special_tokens=False))
        print(tok("ok", return_tensors="pt"))
        def f(input_ids, attention_mask): return input_ids
        print(f(**enc), len(tok) == tok.vocab_size + 0 or len(tok) > 0)
        """)
        XCTAssertEqual(out, """
        {'input_ids': [0, 83, 79, 2], 'attention_mask': [1, 1, 1, 1]}
        [0, 83, 79, 2] 'ok'
        ['<s>ok</s>']
        {'input_ids': tensor([[ 0, 83, 79,  2]]), 'attention_mask': tensor([[1, 1, 1, 1]])}
        [0, 83, 79, 2] True

        """)
    }

    func testMissingModelIsOSError() {
        XCTAssertEqual(failure("""
        from transformers import AutoTokenizer
        AutoTokenizer.from_pretrained(3)
        """), "TypeError: from_pretrained() expects a model name or path, not int")
        XCTAssertTrue(failure("""
        from transformers import AutoTokenizer
        AutoTokenizer.from_pretrained("no/such-model-here")
        """)?.hasPrefix("OSError: ") ?? false)
    }

    /// Values transformers 4.46 gives for the same calls on these two fixtures.
    func testTokenizeVocabularyAndSpecialTokens() {
        let t5 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../LabTokenizersTests/Fixtures/tokenizers/t5").standardized.path
        let out = run("""
        from transformers import AutoTokenizer
        for path in ["\(t5)", "\(Self.roberta)"]:
            t = AutoTokenizer.from_pretrained(path)
            print(t.tokenize("Hello world, how are you?"), t.convert_tokens_to_ids(["Hello", "zzzq"]), t.convert_tokens_to_ids("zzzq"))
            print(t.all_special_tokens[:3], t.all_special_ids[:3], len(t.get_vocab()), t.get_vocab().get("you"))
        """)
        XCTAssertEqual(out, """
        ['▁H', 'e', 'llo', '▁world', ',', '▁how', '▁are', '▁you', '?'] [2, 2] 2
        ['</s>', '<unk>', '<pad>'] [1, 2, 0] 2020 None
        ['H', 'e', 'll', 'o', 'Ġwo', 'r', 'l', 'd', ',', 'Ġh', 'ow', 'Ġare', 'Ġyou', '?'] [3, 3] 3
        ['<s>', '</s>', '<unk>'] [0, 2, 3] 420 None

        """)
    }
}
