import Foundation
import XCTest

/// transformers models and the classification pipeline over the tiny fixtures, against values
/// transformers computed for them (Tests/LabModelsTests/Fixtures/*/expected.json).
final class TransformersModelTests: BridgeTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures").standardized.path

    func testPipelineGivesAllLabelsSortedByRawScore() {
        let out = run("""
        from transformers import pipeline
        pipe = pipeline("sentiment-analysis", model="\(Self.fixtures)/roberta/tiny-2labels", device="cpu")
        texts = ["I want to kiss you.", "You are disgusting and nobody likes you at all!", "ok"]
        res = pipe(texts, top_k=None, function_to_apply="none", batch_size=2)
        print(len(res), [[d["label"] for d in r] for r in res])
        print([[round(d["score"], 4) for d in r] for r in res])
        one = pipe("ok", top_k=None)
        print([d["label"] for d in one], round(sum(d["score"] for d in one), 5))
        print(pipe("ok")[0]["label"], pipe.model.config.id2label)
        """)
        XCTAssertEqual(out, """
        3 [['nothate', 'hate'], ['nothate', 'hate'], ['nothate', 'hate']]
        [[0.3994, -0.0641], [0.4396, -0.0541], [0.4001, -0.078]]
        ['nothate', 'hate'] 1.0
        nothate {0: 'nothate', 1: 'hate'}

        """)
    }

    func testPipelineOverLoadedObjectsMatchesTheModelCall() {
        let out = run("""
        import torch
        from transformers import pipeline, AutoTokenizer, AutoModelForSequenceClassification
        path = "\(Self.fixtures)/roberta/tiny-2labels"
        tok = AutoTokenizer.from_pretrained(path)
        model = AutoModelForSequenceClassification.from_pretrained(path, torch_dtype=torch.float32)
        logits = model(**tok("ok", return_tensors="pt")).logits
        pipe = pipeline("text-classification", model=model, tokenizer=tok)
        res = pipe("ok", top_k=None, function_to_apply="sigmoid")
        print([round(d["score"], 5) for d in res] == [round(x, 5) for x in torch.sigmoid(logits)[0].tolist()])
        print(pipe(["ok", "ok"], top_k=1))
        """)
        XCTAssertEqual(out, """
        True
        [[{'label': 'nothate', 'score': 0.617301344871521}], [{'label': 'nothate', 'score': 0.617301344871521}]]

        """)
    }

    func testSeq2SeqForwardLossAndGenerate() {
        let out = run("""
        import torch
        from transformers import AutoModelForSeq2SeqLM, GenerationConfig
        model = AutoModelForSeq2SeqLM.from_pretrained("\(Self.fixtures)/t5/relu_tied", torch_dtype=torch.float32, device_map="auto")
        ids = torch.tensor([[28, 19, 21, 61, 1]])
        out = model(input_ids=ids, attention_mask=torch.ones(1, 5, dtype=torch.int64), labels=torch.tensor([[28, 38, -100]]))
        print(tuple(out.logits.shape), out.loss.dim())
        cfg = GenerationConfig(eos_token_id=0, min_new_tokens=6, max_new_tokens=10)
        print(model.generate(input_ids=ids, generation_config=cfg).tolist())
        print(sum(p.numel() for p in model.parameters()), all(p.requires_grad for _, p in model.named_parameters()))
        print(str(model).splitlines()[0], model.eval().training)
        """)
        XCTAssertEqual(out, """
        (1, 3, 120) 0
        [[0, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67]]
        45440 True
        T5ForConditionalGeneration( False

        """)
    }
}

/// Configurations, `from_config` and saving.
final class TransformersConfigTests: BridgeTestCase {
    func testAutoConfigFromConfigAndSaveRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hf-save-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = run("""
        import torch
        from transformers import AutoConfig, T5Config, AutoModelForSeq2SeqLM
        cfg = AutoConfig.from_pretrained("\(TransformersModelTests.fixtures)/t5/relu_tied")
        print(type(cfg).__name__, cfg.d_model, cfg.num_layers)
        small = AutoModelForSeq2SeqLM.from_config(T5Config(vocab_size=40, d_model=8, d_kv=4, d_ff=16, num_layers=1, num_heads=2))
        print(small.num_parameters(), small.config.vocab_size)
        model = AutoModelForSeq2SeqLM.from_pretrained("\(TransformersModelTests.fixtures)/t5/relu_tied")
        model.save_pretrained("\(folder)")
        again = AutoModelForSeq2SeqLM.from_pretrained("\(folder)")
        ids = torch.tensor([[28, 19, 21, 61, 1]])
        print(model.generate(input_ids=ids, max_new_tokens=3).tolist() == again.generate(input_ids=ids, max_new_tokens=3).tolist())
        """)
        XCTAssertEqual(out, """
        T5Config 32 2
        1784 40
        True

        """)
    }

    func testHalfRoundsTheWeightsAndSavesThemInHalfPrecision() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hf-half-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = run("""
        import os, json, torch
        from transformers import AutoModelForSequenceClassification
        model = AutoModelForSequenceClassification.from_pretrained("\(TransformersModelTests.fixtures)/roberta/tiny-2labels")
        ids = torch.tensor([[0, 31, 42, 2]])
        before = model(input_ids=ids).logits
        print(model.dtype, model.half() is model, model.dtype)
        after = model(input_ids=ids).logits
        print(torch.allclose(before, after, atol=1e-2), torch.equal(before, after))
        model.save_pretrained("\(folder)")
        print(json.load(open(os.path.join("\(folder)", "config.json")))["torch_dtype"])
        again = AutoModelForSequenceClassification.from_pretrained("\(folder)")
        print(torch.equal(again(input_ids=ids).logits, after))
        print(model.to(torch.float32).dtype, model.to(dtype=torch.bfloat16).dtype)
        """)
        XCTAssertEqual(out, """
        torch.float32 True torch.float16
        True False
        float16
        True
        torch.float32 torch.bfloat16

        """)
    }
}
