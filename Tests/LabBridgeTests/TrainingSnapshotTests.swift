import XCTest
@testable import LabBridge
@testable import LabNotebook

/// Optimizers, schedulers and trainers in the REPL: `:undo` of a step restores the weights, the
/// moments and the learning rate, and a re-run step trains to the same weights.
final class TrainingSnapshotTests: XCTestCase {
    static let lab = """
        # %% setup
        \(TrainingAPITests.tinyRoberta)
        labels = torch.tensor([1, 0])
        opt = torch.optim.AdamW(model.parameters(), lr=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 0.5 ** step)
        def logit():
            return model(input_ids=ids, attention_mask=mask).logits[0, 1].item()
        model.eval()

        # %% step
        model(input_ids=ids, attention_mask=mask, labels=labels).loss.backward()
        opt.step()
        sched.step()
        opt.zero_grad()
        print("after", logit(), sched.get_last_lr())

        # %% trainer
        from transformers import Trainer, TrainingArguments
        rows = [{"input_ids": [0, 5 + i, 6, 2], "label": i % 2} for i in range(6)]
        trainer = Trainer(model=model, args=TrainingArguments(output_dir="out", max_steps=2, per_device_train_batch_size=2, save_strategy="no"), train_dataset=rows)
        result = trainer.train()
        print("trained", logit(), trainer.state.global_step)
        """

    func testUndoOfAStepRestoresWeightsAndLearningRate() throws {
        let repl = try REPLHarness(Self.lab)
        repl.type(":run 1")
        let before = repl.type("print(logit(), opt.param_groups[0]['lr'])")
        XCTAssertTrue(repl.type(":run 2").hasPrefix("after "), repl.stderr)
        repl.type(":undo")
        XCTAssertEqual(repl.type("print(logit(), opt.param_groups[0]['lr'])"), before, repl.stderr)
    }

    func testRerunOfTheStepAndTheTrainerGiveTheSameWeights() throws {
        let repl = try REPLHarness(Self.lab)
        let first = repl.type(":run 1-3")
        XCTAssertTrue(first.contains("trained "), first + repl.stderr)
        XCTAssertEqual(repl.type(":rerun 3"), first.split(separator: "\n").filter { $0.hasPrefix("trained") }.map { $0 + "\n" }.joined(), repl.stderr)
        let who = repl.type(":who")
        XCTAssertTrue(who.contains("Trainer over RobertaForSequenceClassification, 2 steps"), who)
        let again = repl.type(":rerun 2")
        XCTAssertEqual(again.split(separator: "\n").first, first.split(separator: "\n").first { $0.hasPrefix("after") })
    }
}
