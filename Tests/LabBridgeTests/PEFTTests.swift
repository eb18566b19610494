import Foundation
import XCTest

/// `peft` over the tiny T5 fixture, against lines PEFT printed for the same model
/// (Tests/LabModelsTests/Fixtures/peft/expected.json).
final class PEFTTests: BridgeTestCase {
    static let peft = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/peft").standardized.path

    func testGetPeftModelPrintsTrainableParameters() {
        let out = run("""
        from transformers import AutoModelForSeq2SeqLM
        from peft import LoraConfig, TaskType, get_peft_model
        model = AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5")
        cfg = LoraConfig(r=4, lora_alpha=8, target_modules=["q", "v"], lora_dropout=0.05, bias="none", task_type=TaskType.SEQ_2_SEQ_LM)
        peft_model = get_peft_model(model, cfg)
        peft_model.print_trainable_parameters()
        print(str(peft_model).splitlines()[:2])
        names = [n for n, p in peft_model.named_parameters() if p.requires_grad]
        print(len(names), names[0])
        """)
        XCTAssertEqual(out, """
        trainable params: 3,072 || all params: 50,624 || trainable%: 6.0683
        ['PeftModelForSeq2SeqLM(', '  (base_model): LoraModel(']
        24 base_model.model.encoder.block.0.layer.0.SelfAttention.q.lora_A.default.weight

        """)
    }

    func testFromPretrainedLoadsFrozenAdapter() {
        let out = run("""
        import torch
        from transformers import AutoModelForSeq2SeqLM
        from peft import PeftModel
        base = AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5")
        model = PeftModel.from_pretrained(base, "\(Self.peft)/adapter", torch_dtype=torch.float32, is_trainable=False)
        model.print_trainable_parameters()
        out = model(input_ids=torch.tensor([[5, 17, 33, 9, 1]]), decoder_input_ids=torch.tensor([[0, 7, 21]]))
        print(round(out.logits[0, 0, 0].item(), 4))
        """)
        XCTAssertEqual(out, """
        trainable params: 0 || all params: 50,624 || trainable%: 0.0000
        -1.8884

        """)
    }

    func testSavedAdapterLoadsBackWithTheSameOutputs() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peft-save-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = run("""
        import torch
        from transformers import AutoModelForSeq2SeqLM
        from peft import LoraConfig, PeftModel, get_peft_model
        torch.manual_seed(3)
        model = get_peft_model(AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5"),
                               LoraConfig(r=2, lora_alpha=4, target_modules=["q", "v"], init_lora_weights=False))
        model.save_pretrained("\(folder)")
        again = PeftModel.from_pretrained(AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5"), "\(folder)", lora_config=None)
        ids, dec = torch.tensor([[5, 17, 33, 9, 1]]), torch.tensor([[0, 7, 21]])
        a = model(input_ids=ids, decoder_input_ids=dec).logits
        b = again(input_ids=ids, decoder_input_ids=dec).logits
        base = AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5")(input_ids=ids, decoder_input_ids=dec).logits
        print((a - b).abs().max().item() < 1e-6, (a - base).abs().max().item() > 1e-3)
        """)
        XCTAssertEqual(out, "True True\n")
    }

    func testUnknownTargetIsValueError() {
        XCTAssertTrue(failure("""
        from transformers import AutoModelForSeq2SeqLM
        from peft import LoraConfig, get_peft_model
        get_peft_model(AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5"), LoraConfig(target_modules=["nope"]))
        """)?.hasPrefix("ValueError: ") ?? false)
    }

    /// PEFT records the base model's `name_or_path` in adapter_config.json, trl's value-head
    /// model returns `(lm_logits, loss, value)`, and a tokenizer's `save_pretrained` returns the
    /// files it wrote, named as transformers names them.
    func testAdapterConfigNamesItsBaseAndTheValueHeadReturnsTrlsTuple() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peft-base-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = run("""
        import json, torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from peft import LoraConfig, get_peft_model
        from trl import AutoModelForSeq2SeqLMWithValueHead
        base = "\(Self.peft)/tiny-t5"
        model = get_peft_model(AutoModelForSeq2SeqLM.from_pretrained(base), LoraConfig(r=2, lora_alpha=4, target_modules=["q", "v"]))
        model.save_pretrained("\(folder)/adapter")
        print(json.load(open("\(folder)/adapter/adapter_config.json"))["base_model_name_or_path"] == base)
        vh = AutoModelForSeq2SeqLMWithValueHead.from_pretrained(model)
        out = vh(input_ids=torch.tensor([[5, 17, 1]]), decoder_input_ids=torch.tensor([[0, 7]]))
        print(type(out).__name__, len(out), list(out[0].shape), out[1], list(out[2].shape))
        print(AutoTokenizer.from_pretrained("labrun/flan-t5-tiny").save_pretrained("\(folder)/tok"))
        """)
        XCTAssertEqual(out, """
        True
        tuple 3 [1, 2, 64] None [1, 2]
        ('\(folder)/tok/tokenizer_config.json', '\(folder)/tok/special_tokens_map.json', '\(folder)/tok/tokenizer.json')

        """)
    }
}
