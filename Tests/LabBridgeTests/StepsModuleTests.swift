import Foundation
import XCTest
import LabScript
@testable import LabBridge

/// `labrun.steps` on the tiny FLAN-T5 stand-in and LoRA adapter (Fixtures/steps, made by
/// scripts/fixtures/steps/make_steps_fixtures.py) and the tiny RoBERTa classifier: each step gives
/// what the course's code for it gives.
final class StepsModuleTests: BridgeTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/steps").path
    static let roberta = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/roberta/tiny-2labels").standardized.path

    static let setup = """
        import torch
        import labrun.steps as steps
        from labrun.steps import build_dataset, load_model, create_reference_model, ppo_step, evaluate_toxicity
        model_name = "\(fixtures)/flan-t5-tiny"
        adapter = "\(fixtures)/peft-adapter"
        toxicity_model_name = "\(roberta)"

        """

    /// What the script printed to stdout (progress bars go to stderr).
    func printed(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
        LabBridge.install(into: interpreter)
        do {
            _ = try interpreter.execute(Self.setup + source, filename: "<test>")
        } catch {
            XCTFail("script raised \(error)", file: file, line: line)
        }
        return output
    }

    func testImportsAsModuleAndNamesStayOutOfTheLabsGlobals() {
        let out = printed("""
        print(steps.__name__, steps.__file__)
        print(steps.build_dataset is build_dataset, callable(ppo_step), callable(evaluate_toxicity))
        from trl import create_reference_model as trl_create_reference_model
        print(create_reference_model is trl_create_reference_model)
        for name in ["load_dataset", "AutoTokenizer", "np", "tokenize"]:
            try:
                eval(name)
                print(name, "leaked")
            except NameError:
                print(name, "not a global")
        """)
        XCTAssertEqual(out, """
        labrun.steps labrun/steps.py
        True True True
        True
        load_dataset not a global
        AutoTokenizer not a global
        np not a global
        tokenize not a global

        """)
    }

    func testAModuleExportsWhatItsTopLevelBinds() throws {
        let statements = try Parser.parse("""
            import os.path
            import numpy as np
            from math import pi, tau as turn
            size = limit = 3
            x, (y, *rest) = 1, (2, 3)
            point.x = 4
            def f():
                inner = 1
            class C:
                pass
            f()
            """, filename: "<test>")
        XCTAssertEqual(ScriptModule.boundNames(statements), ["os", "np", "pi", "turn", "size", "limit", "x", "y", "rest", "f", "C"])
    }

    func testTracebacksNameTheStepsSourceAndItsLines() throws {
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        LabBridge.install(into: interpreter)
        XCTAssertThrowsError(try interpreter.execute("""
            from labrun.steps import load_model
            load_model("no/such/model")
            """, filename: "<test>")) { error in
            guard let error = error as? ScriptException, let frame = error.frames.last else { return XCTFail("\(error)") }
            XCTAssertTrue(error.exceptionLine.hasPrefix("OSError: cannot find model 'no/such/model'"), error.exceptionLine)
            let lines = StepsModule.source.components(separatedBy: "\n")
            let expected = lines.firstIndex { $0.contains("model = AutoModelForSeq2SeqLM.from_pretrained(model_name") }.map { $0 + 1 }
            XCTAssertEqual(frame.filename, "labrun/steps.py")
            XCTAssertEqual(frame.function, "load_model")
            XCTAssertEqual(frame.location.line, expected)
        }
    }

    func testACtrlCPendingAtImportWaitsForTheModuleThenStopsTheCell() {
        var output = ""
        var interpreter: Interpreter?
        // The "press Ctrl-C" print requests an interrupt just before the import runs.
        interpreter = Interpreter(configuration: .init(stdout: { text in
            output += text
            if text.hasPrefix("press") { interpreter?.requestInterrupt() }
        }, stderr: { output += $0 }))
        guard let interpreter else { return XCTFail("no interpreter") }
        LabBridge.install(into: interpreter)
        XCTAssertThrowsError(try interpreter.execute("""
            def safe_point():
                pass
            print("press Ctrl-C")
            import labrun.steps as steps
            print(steps.ppo_step.__name__)
            safe_point()
            print("not reached")
            """, filename: "<test>")) { error in
            XCTAssertEqual((error as? ScriptException)?.typeName, "KeyboardInterrupt")
        }
        XCTAssertEqual(output, "press Ctrl-C\nppo_step\n")
    }

    func testBuildDatasetWrapsFiltersTokenizesAndSplitsInOrder() {
        let out = printed("""
        from datasets import load_dataset
        from transformers import AutoTokenizer
        dataset = build_dataset(model_name, "labrun/dialogsum-mini", 0, 200)
        print(dataset.num_rows)
        short = [row for row in load_dataset("labrun/dialogsum-mini", split="train") if len(row["dialogue"]) <= 200]
        print([row["id"] for row in short[12:]] == dataset["test"]["id"])
        tokenizer = AutoTokenizer.from_pretrained(model_name)
        prompt = "\\nSummarize the following conversation.\\n\\n" + short[0]["dialogue"] + "\\n\\nSummary:\\n"
        first = dataset["train"][0]
        print(first["input_ids"].tolist() == tokenizer.encode(prompt), type(first["input_ids"]).__name__)
        print(first["query"] == tokenizer.decode(tokenizer.encode(prompt)), first["query"][:37])
        """)
        XCTAssertEqual(out, """
        {'train': 12, 'test': 3}
        True
        True Tensor
        True Summarize the following conversation.

        """)
    }

    func testLoadModelPutsTheAdapterTrainableUnderAValueHead() {
        let out = printed("""
        from transformers import AutoModelForSeq2SeqLM
        from peft import PeftModel
        ppo_model, tokenizer = load_model(model_name, adapter=adapter)
        print(ppo_model.num_parameters(only_trainable=True), len(tokenizer))
        print(create_reference_model(ppo_model).num_parameters(only_trainable=True))
        by_hand = PeftModel.from_pretrained(AutoModelForSeq2SeqLM.from_pretrained(model_name), adapter)
        ids = torch.tensor([tokenizer.encode("Hello there.")])
        start = torch.tensor([[0, 5]])
        ppo_model.eval()  # no dropout, as by_hand, loaded for inference
        with torch.no_grad():
            ours = ppo_model(input_ids=ids, decoder_input_ids=start)[0]
            theirs = by_hand(input_ids=ids, decoder_input_ids=start).logits
        print(torch.equal(ours, theirs))
        fresh, _ = load_model(model_name)
        print(fresh.num_parameters(only_trainable=True))
        """)
        // LoRA r=4 on q and v in 6 attention blocks (d_model 16): 6 * 2 * (4*16 + 16*4); value head 16 + 1.
        // Without an adapter, the course's r=32: 6 * 2 * (32*16 + 16*32) + 17.
        XCTAssertEqual(out, """
        1553 2020
        0
        True
        12305

        """)
    }

    func testPPOStepRewardsWithTheNotHateLogitAndSteps() {
        let out = printed("""
        from transformers import pipeline
        from trl import PPOConfig, PPOTrainer
        from trl.core import LengthSampler
        ppo_model, tokenizer = load_model(model_name, adapter=adapter)
        rows = [{"input_ids": torch.tensor(tokenizer.encode(text)), "query": text} for text in ["Hi Tom.", "Where is the bus?"]]
        def collator(data):
            return dict((key, [d[key] for d in data]) for key in data[0])
        config = PPOConfig(model_name="tiny", learning_rate=1e-3, ppo_epochs=1, mini_batch_size=2, batch_size=2)
        trainer = PPOTrainer(config=config, model=ppo_model, ref_model=None, tokenizer=tokenizer, dataset=rows, data_collator=collator)
        reward_pipe = pipeline("sentiment-analysis", model=toxicity_model_name)
        generation_kwargs = {"min_length": 2, "top_k": 0.0, "top_p": 1.0, "do_sample": True}
        reward_kwargs = {"top_k": None, "function_to_apply": "none"}
        batch = next(iter(trainer.dataloader))
        stats = ppo_step(trainer, batch, reward_pipe, LengthSampler(3, 5), generation_kwargs, reward_kwargs, not_hate_index=0)
        print(generation_kwargs)
        print(len(batch["response"]), all(type(r) is str for r in batch["response"]))
        rewards = reward_pipe([q + r for q, r in zip(batch["query"], batch["response"])], **reward_kwargs)
        expected = sum(reward[0]["score"] for reward in rewards) / len(rewards)
        print(abs(stats["ppo/mean_scores"] - expected) < 1e-6, rewards[0][0]["label"])
        print("objective/kl" in stats, "ppo/returns/mean" in stats)
        """)
        XCTAssertEqual(out, """
        {'min_length': 2, 'top_k': 0.0, 'top_p': 1.0, 'do_sample': True}
        2 True
        True nothate
        True True

        """)
    }

    func testEvaluateToxicityScoresPromptAndSummaryOfTheFirstSamples() {
        let out = printed("""
        import evaluate
        import numpy as np
        from transformers import AutoTokenizer
        tokenizer = AutoTokenizer.from_pretrained(model_name)
        class FixedSummary:
            def generate(self, input_ids, generation_config):
                print("generate", tuple(input_ids.shape), generation_config.max_new_tokens, generation_config.do_sample)
                return torch.tensor([tokenizer.encode("You are kind.")])
        toxicity_evaluator = evaluate.load("toxicity", toxicity_model_name, module_type="measurement", toxic_label="hate")
        samples = [{"query": "Hi Tom."}, {"query": "Where is the bus?"}, {"query": "Never shown."}]
        mean, std = evaluate_toxicity(FixedSummary(), toxicity_evaluator, tokenizer, samples, 1, max_new_tokens=7)
        scores = toxicity_evaluator.compute(predictions=["Hi Tom. You are kind.", "Where is the bus? You are kind."])["toxicity"]
        print(mean == np.mean(scores), std == np.std(scores), std > 0)
        """)
        XCTAssertEqual(out, """
        generate (1, 6) 7 True
        generate (1, 10) 7 True
        True True True

        """)
    }
}
