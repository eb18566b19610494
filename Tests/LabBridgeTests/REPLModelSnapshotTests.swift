import Foundation
import XCTest
import LabScript
@testable import LabBridge
@testable import LabNotebook

/// Models and the PPO trainer in the REPL: `:undo` of a PPO step puts the weights back, a re-run
/// step makes later readers of the model stale, `:who` summarizes, and snapshots share weights.
final class REPLModelSnapshotTests: XCTestCase {
    static let peft = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/peft").standardized.path
    static let roberta = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/roberta/tiny-2labels").standardized.path

    static let lab = """
        # %% setup
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from peft import LoraConfig, TaskType, get_peft_model
        from trl import PPOConfig, PPOTrainer, AutoModelForSeq2SeqLMWithValueHead
        base = AutoModelForSeq2SeqLM.from_pretrained("\(peft)/tiny-t5")
        lora = LoraConfig(r=4, lora_alpha=8, target_modules=["q", "v"], lora_dropout=0.0, bias="none", task_type=TaskType.SEQ_2_SEQ_LM)
        ppo_model = AutoModelForSeq2SeqLMWithValueHead.from_pretrained(get_peft_model(base, lora), is_trainable=True)
        tok = AutoTokenizer.from_pretrained("\(roberta)")
        config = PPOConfig(model_name="tiny", learning_rate=1e-2, batch_size=2, mini_batch_size=2, ppo_epochs=1, seed=0)
        trainer = PPOTrainer(config=config, model=ppo_model, tokenizer=tok)
        q = torch.tensor([[5, 17, 33, 1]])
        d = torch.tensor([[0, 4, 9]])
        def logit():
            return ppo_model(input_ids=q, decoder_input_ids=d)[0][0, 2, 7].item()

        # %% before
        before = logit()

        # %% step
        queries = [torch.tensor([5, 17, 33, 1]), torch.tensor([40, 2, 1])]
        responses = [torch.tensor([0, 4, 9, 12]), torch.tensor([0, 8, 3, 6])]
        stats = trainer.step(queries, responses, [torch.tensor(1.0), torch.tensor(-0.5)])
        print("changed", logit() != before)
        print("after", logit())

        # %% after
        after = ppo_model(input_ids=q, decoder_input_ids=d)[0][0, 2, 7].item()
        """

    func testUndoOfAPPOStepRestoresTheWeights() throws {
        let repl = try REPLHarness(Self.lab)
        XCTAssertTrue(repl.type(":run 1-3").contains("changed True"), repl.stderr)
        repl.type(":undo")
        XCTAssertEqual(repl.type("print(logit() == before)"), "True\n", repl.stderr)
    }

    /// The re-run step starts from the restored optimizer moments, so it trains to the same weights.
    func testRerunOfTheStepTrainsToTheSameWeights() throws {
        let repl = try REPLHarness(Self.lab)
        let first = repl.type(":run 1-3")
        let again = repl.type(":rerun 3")
        let line = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("after ") } }
        XCTAssertNotNil(line(first), first + repl.stderr)
        XCTAssertEqual(line(again), line(first))
        let twice = repl.type(":run 3")
        XCTAssertNotEqual(line(twice), line(first))
    }

    /// Restoring one snapshot twice (a re-run, then undoing it and the first run) gives the same
    /// state both times: the second run after the undos trains to the same weights again.
    func testUndoingARerunAndTheRunThenRunningAgainRepeatsIt() throws {
        let repl = try REPLHarness(Self.lab)
        let first = repl.type(":run 1-3")
        let again = repl.type(":rerun 3")
        repl.type(":undo", ":undo")
        let third = repl.type(":run 3")
        let line = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("after ") } }
        XCTAssertNotNil(line(first), first + repl.stderr)
        XCTAssertEqual(line(again), line(first))
        XCTAssertEqual(line(third), line(first), repl.stderr)
        let fourth = repl.type(":run 3")
        XCTAssertNotEqual(line(fourth), line(first))
        XCTAssertEqual(line(repl.type(":undo", ":undo", ":run 3")), line(first))
    }

    func testUndoOfGetPeftModelUnwrapsTheLayers() throws {
        let repl = try REPLHarness("""
            # %% load
            from transformers import AutoModelForSeq2SeqLM
            from peft import LoraConfig, TaskType, get_peft_model
            base = AutoModelForSeq2SeqLM.from_pretrained("\(Self.peft)/tiny-t5")
            lora = LoraConfig(r=4, lora_alpha=8, target_modules=["q", "v"], task_type=TaskType.SEQ_2_SEQ_LM)
            # %% wrap
            peft_model = get_peft_model(base, lora)
            """)
        repl.type(":run 1")
        let plain = repl.type("print(base.num_parameters(), 'lora' in str(base))")
        XCTAssertTrue(plain.hasSuffix(" False\n"), plain + repl.stderr)
        XCTAssertTrue(repl.type(":run 2", "print('lora' in str(base))").hasSuffix("True\n"), repl.stderr)
        repl.type(":undo")  // the prints only read: the step to undo is cell 2
        XCTAssertEqual(repl.type("print(base.num_parameters(), 'lora' in str(base))"), plain)
    }

    func testRerunOfTheStepMakesReadersOfTheModelStale() throws {
        let repl = try REPLHarness(Self.lab)
        repl.type(":run 1-4")
        XCTAssertTrue(repl.type(":rerun 3").contains("changed True"), repl.stderr)
        XCTAssertEqual(repl.status(4), .stale)
        XCTAssertTrue(repl.type(":stale").contains("cell 4 reads ppo_model, which cell 3 changed"), repl.stdout)
    }

    func testWhoSummarizesModelsTrainersAndTensors() throws {
        let repl = try REPLHarness(Self.lab)
        repl.type(":run 1")
        let counts = repl.type("print(ppo_model.num_parameters(only_trainable=True), ppo_model.num_parameters())")
        let numbers = counts.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 2)
        let who = repl.type(":who") + repl.type(":who ppo_model")
        let expected = "AutoModelForSeq2SeqLMWithValueHead \(ModelObject.abbreviated(numbers[0]))/\(ModelObject.abbreviated(numbers[1])) params trainable/all"
        XCTAssertTrue(who.contains(expected), who)
        XCTAssertTrue(who.contains("tensor int64 [1, 4]"), who)
        XCTAssertTrue(who.contains("PPOTrainer over AutoModelForSeq2SeqLMWithValueHead, 0 steps"), who)
    }

    func testCountsAreAbbreviatedWithOneDecimal() {
        XCTAssertEqual(ModelObject.abbreviated(812), "812")
        XCTAssertEqual(ModelObject.abbreviated(3_538_944), "3.5M")
        XCTAssertEqual(ModelObject.abbreviated(251_116_800), "251.1M")
        XCTAssertEqual(ModelObject.abbreviated(12_345), "12.3K")
    }

    /// A snapshot shares every weight's storage until a PPO step writes the trained ones; then
    /// only the trained weights (adapters and value head) cost new bytes.
    func testModelSnapshotCostsNoStorageUntilAStep() throws {
        let repl = try REPLHarness(Self.lab)
        repl.type(":run 1")
        let interpreter = repl.repl.session.interpreter
        guard case .native(let live as ModelObject)? = interpreter.global("ppo_model") else { return XCTFail("no model") }
        let versionBefore = live.version
        guard case .native(let copy as ModelObject) = DeepCopier().copy(.native(live)) else { return XCTFail("no copy") }
        let held = Set(copy.snapshotStorages.map(\.identity))
        func newBytes() -> Int { live.snapshotStorages.filter { !held.contains($0.identity) }.reduce(0) { $0 + $1.byteCount } }
        XCTAssertEqual(newBytes(), 0)
        XCTAssertEqual(copy.snapshotByteCount, live.snapshotByteCount)
        repl.type(":run 3")
        let trainedBytes = live.module.parameterCount(trainableOnly: true) * 4
        XCTAssertGreaterThan(newBytes(), 0)
        XCTAssertLessThanOrEqual(newBytes(), trainedBytes)
        XCTAssertLessThan(trainedBytes * 10, live.snapshotByteCount)
        XCTAssertNotEqual(live.version, versionBefore)
    }

    /// Snapshots before each of several cells that leave the model alone hold its weights once.
    func testSnapshotsCountUnchangedWeightsOnce() throws {
        let repl = try REPLHarness(Self.lab)
        repl.type(":run 1", "a = 1")
        let once = repl.repl.log.byteCount
        repl.type("b = 2", "c = 3", "e = 4")
        guard case .native(let model as ModelObject)? = repl.repl.session.interpreter.global("ppo_model") else { return XCTFail("no model") }
        XCTAssertLessThan(repl.repl.log.byteCount - once, model.snapshotByteCount / 2)
    }

    func testTensorSummarySharedStorageAndGradAssignment() throws {
        let repl = try REPLHarness("# %% a\nimport torch\nx = torch.zeros(2, 3).requires_grad_()\n")
        repl.type(":run 1")
        guard case .native(let x as TensorObject)? = repl.repl.session.interpreter.global("x") else { return XCTFail("no tensor") }
        XCTAssertEqual(x.summary(repl.repl.session.interpreter), "tensor float32 [2, 3] requires_grad")
        guard case .native(let copy as TensorObject) = DeepCopier().copy(.native(x)) else { return XCTFail("no copy") }
        XCTAssertEqual(copy.snapshotStorageIdentity, x.snapshotStorageIdentity)
        XCTAssertEqual(x.snapshotByteCount, 24)
        let version = x.version
        repl.type("x.grad = torch.ones(2, 3)")
        XCTAssertNotEqual(x.version, version)
    }
}
