import Foundation
import XCTest

/// `trl` over the tiny T5 fixture with LoRA adapters and a value head.
final class TRLTests: BridgeTestCase {
    static let peft = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/peft").standardized.path
    static let roberta = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/roberta/tiny-2labels").standardized.path

    static let setup = """
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from peft import LoraConfig, TaskType, get_peft_model
        from trl import PPOConfig, PPOTrainer, AutoModelForSeq2SeqLMWithValueHead, create_reference_model
        from trl.core import LengthSampler
        base = AutoModelForSeq2SeqLM.from_pretrained("\(peft)/tiny-t5")
        lora = LoraConfig(r=4, lora_alpha=8, target_modules=["q", "v"], lora_dropout=0.05, bias="none", task_type=TaskType.SEQ_2_SEQ_LM)
        ppo_model = AutoModelForSeq2SeqLMWithValueHead.from_pretrained(get_peft_model(base, lora), torch_dtype=torch.float32, is_trainable=True)

        """

    func testValueHeadPrintsAsTrlAndReferenceIsFrozen() {
        let out = run(Self.setup + """
        print(ppo_model.v_head)
        print(tuple(ppo_model.v_head.summary.weight.shape))
        print(ppo_model.v_head.summary.in_features, ppo_model.v_head.summary.out_features)
        ref = create_reference_model(ppo_model)
        print(sum(p.numel() for _, p in ref.named_parameters() if p.requires_grad))
        """)
        XCTAssertEqual(out, """
        ValueHead(
          (dropout): Dropout(p=0.1, inplace=False)
          (summary): Linear(in_features=32, out_features=1, bias=True)
          (flatten): Flatten(start_dim=1, end_dim=-1)
        )
        (1, 32)
        32 1
        0

        """)
    }

    func testPPOConfigRejectsUnknownField() {
        XCTAssertEqual(failure("""
        from trl import PPOConfig
        PPOConfig(batch_size=4, colour="red")
        """), "TypeError: PPOConfig.__init__() got an unexpected keyword argument 'colour'")
    }

    func testLengthSamplerDrawsInRange() {
        let out = run("""
        from trl.core import LengthSampler
        s = LengthSampler(2, 5)
        xs = [s() for _ in range(20)]
        print(all(type(x) is int and 2 <= x < 5 for x in xs), len(set(xs)) > 1)
        """)
        XCTAssertEqual(out, "True True\n")
    }

    func testPPOStepRunsWithCollatedBatches() {
        let out = run(Self.setup + """
        tok = AutoTokenizer.from_pretrained("\(Self.roberta)")
        config = PPOConfig(model_name="tiny", learning_rate=1e-3, batch_size=2, mini_batch_size=2, ppo_epochs=1, seed=0)
        dataset = [{"input_ids": torch.tensor([5, 17, 33, 1]), "query": "a"}, {"input_ids": torch.tensor([40, 2, 1]), "query": "b"},
                   {"input_ids": torch.tensor([9, 9, 1]), "query": "c"}]
        def collator(data):
            return dict((key, [d[key] for d in data]) for key in data[0])
        trainer = PPOTrainer(config=config, model=ppo_model, ref_model=None, tokenizer=tok, dataset=dataset, data_collator=collator)
        print(len(trainer.dataloader))
        for batch in trainer.dataloader:
            queries = batch["input_ids"]
            responses = trainer.generate(queries, max_new_tokens=4, min_length=-1, top_k=0.0, top_p=1.0, do_sample=True, pad_token_id=0)
            print(len(responses), all(r.dim() == 1 for r in responses))
            stats = trainer.step(queries, responses, [torch.tensor(1.0), torch.tensor(-0.5)])
            trainer.log_stats(stats, batch, [torch.tensor(1.0), torch.tensor(-0.5)])
        for key in ["objective/kl", "objective/entropy", "ppo/loss/total", "ppo/mean_scores", "ppo/learning_rate"]:
            print(key, key in stats)
        print(type(stats["ppo/loss/total"]).__name__)
        """)
        XCTAssertEqual(out, """
        1
        2 True
        objective/kl True
        objective/entropy True
        ppo/loss/total True
        ppo/mean_scores True
        ppo/learning_rate True
        float

        """)
    }
}

/// trl's input checks on `PPOTrainer.step`.
final class TRLStepCheckTests: BridgeTestCase {
    func testStepRejectsTensorsWhereListsAreExpected() {
        XCTAssertEqual(failure(TRLTests.setup + """
        tok = AutoTokenizer.from_pretrained("\(TRLTests.roberta)")
        trainer = PPOTrainer(config=PPOConfig(batch_size=1, mini_batch_size=1), model=ppo_model, tokenizer=tok)
        trainer.step(torch.tensor([5, 1]), [torch.tensor([0, 3, 1])], [torch.tensor(1.0)])
        """), "ValueError: queries must be a list of tensors - got <class 'torch.Tensor'>")
    }
}
