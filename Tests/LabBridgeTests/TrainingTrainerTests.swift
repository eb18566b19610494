import Foundation
import XCTest

/// transformers' `Trainer` over tiny models: the logged dicts, the returned `TrainOutput`,
/// determinism from `seed`, evaluation, PEFT models and saving.
final class TrainingTrainerTests: BridgeTestCase {
    static let classifierSetup = TrainingAPITests.tinyRoberta + """
        from transformers import Trainer, TrainingArguments
        rows = [{"input_ids": [0, 5 + i % 7, 6 + i % 5, 2], "attention_mask": [1, 1, 1, 1], "label": i % 2, "text": "row"} for i in range(10)]
        rows[3]["input_ids"] = [0, 8, 2, 0]
        rows[3]["attention_mask"] = [1, 1, 1, 0]

        """

    static let training = """
        args = TrainingArguments(output_dir="out", learning_rate=1e-2, num_train_epochs=2, per_device_train_batch_size=4,
                                 logging_steps=2, save_strategy="no", report_to="none", auto_find_batch_size=True)
        trainer = Trainer(model=model, args=args, train_dataset=rows)
        result = trainer.train()

        """

    func testTrainLogsEveryLoggingStepsAndReturnsTrainOutput() {
        let out = standardOutput(of: Self.classifierSetup + Self.training + """
        print(result.global_step, type(result.training_loss).__name__, sorted(result.metrics))
        step, loss, metrics = result
        print(step, loss == result.metrics["train_loss"], result.metrics["total_flos"], result.metrics["epoch"])
        losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
        print(abs(sum(losses) / 3 - loss) < 1e-4)
        print([h["learning_rate"] for h in trainer.state.log_history if "loss" in h], [h["step"] for h in trainer.state.log_history])
        print(model.training, type(trainer.optimizer).__name__, [g["weight_decay"] for g in trainer.optimizer.param_groups])
        hf = Trainer(model=model, args=TrainingArguments(output_dir="o", optim="adamw_hf", weight_decay=0.1, max_steps=1, save_strategy="no"), train_dataset=rows)
        hf.train()
        print(type(hf.optimizer).__module__, [(len(g["params"]), g["weight_decay"], g["correct_bias"]) for g in hf.optimizer.param_groups])
        """)
        let lines = out.split(separator: "\n").map(String.init)
        // Three logged dicts, as transformers prints them (4-digit loss, 2-digit epoch), then the checks.
        XCTAssertEqual(lines.count, 9, out)
        for (line, (lr, epoch)) in zip(lines, [("0.006666666666666666", "0.67"), ("0.003333333333333333", "1.33"), ("0.0", "2.0")]) {
            XCTAssertTrue(line.hasPrefix("{'loss': ") && line.hasSuffix(", 'learning_rate': \(lr), 'epoch': \(epoch)}") && line.contains("'grad_norm': "), line)
        }
        // 6 steps of 4-row batches over 10 rows (ceil(10 / 4) = 3 per epoch); flos = 6 · 80 tokens · 2562 non-embedding weights.
        XCTAssertEqual(Array(lines.dropFirst(3)), [
            "6 float ['epoch', 'total_flos', 'train_loss', 'train_runtime', 'train_samples_per_second', 'train_steps_per_second']",
            "6 True 1229760.0 2.0",
            "True",
            "[0.006666666666666666, 0.003333333333333333, 0.0] [2, 4, 6, 6]",
            "True AdamW [0.0, 0.0]",
            "transformers.optimization [(11, 0.1, True), (14, 0.0, True)]",
        ])
    }

    func testRunsAreFixedBySeed() {
        let first = standardOutput(of: Self.classifierSetup + Self.training)
        XCTAssertEqual(first, standardOutput(of: Self.classifierSetup + Self.training))
        XCTAssertNotEqual(first, standardOutput(of: Self.classifierSetup + Self.training.replacingOccurrences(of: "auto_find_batch_size=True", with: "seed=7")))
    }

    func testEvaluateIsTheMeanLossPerRow() {
        let out = run(Self.classifierSetup + """
        trainer = Trainer(model=model, args=TrainingArguments(output_dir="out", per_device_eval_batch_size=3), eval_dataset=rows[:4] + rows[5:])
        metrics = trainer.evaluate()
        model.eval()
        total = 0.0
        for row in rows[:4] + rows[5:]:
            out = model(input_ids=torch.tensor([row["input_ids"]]), attention_mask=torch.tensor([row["attention_mask"]]), labels=torch.tensor([row["label"]]))
            total += out.loss.item()
        print(list(metrics), abs(metrics["eval_loss"] - total / 9) < 1e-6, model.training)
        print(trainer.state.log_history[-1]["step"], trainer.state.log_history[-1]["eval_loss"] == metrics["eval_loss"])
        """)
        XCTAssertEqual(out, "['eval_loss', 'eval_runtime', 'eval_samples_per_second', 'eval_steps_per_second'] True False\n0 True\n")
    }

    func testTrainsOnlyTheAdaptersOfAPeftModelAndSavesThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-trainer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = standardOutput(of: """
        import torch
        from transformers import AutoModelForSeq2SeqLM, Trainer, TrainingArguments
        from peft import LoraConfig, TaskType, get_peft_model
        base = AutoModelForSeq2SeqLM.from_pretrained("\(PEFTTests.peft)/tiny-t5")
        frozen = {n: p.detach().clone() for n, p in base.named_parameters()}
        model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q", "v"], lora_dropout=0.05, task_type=TaskType.SEQ_2_SEQ_LM))
        rows = [{"input_ids": [5 + i, 17, 33, 1], "labels": [7 + i, 21, 1, 0, 0]} for i in range(6)]
        trainer = Trainer(model=model, args=TrainingArguments(output_dir="\(folder.path)", learning_rate=1e-3, max_steps=1, logging_steps=1), train_dataset=rows)
        result = trainer.train()
        print(result.global_step, round(result.metrics["epoch"], 4))
        print(all(torch.equal(frozen[n.replace(".base_layer", "")], p.detach()) for n, p in base.named_parameters() if "lora" not in n))
        print(all(p.detach().abs().sum().item() > 0 for n, p in base.named_parameters() if "lora_B" in n))
        trainer.save_model("\(folder.path)/adapter")
        """)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, out)
        XCTAssertTrue(lines[0].hasPrefix("{'loss': ") && lines[0].hasSuffix("'epoch': 1.0}"), lines[0])
        XCTAssertEqual(Array(lines.dropFirst()), ["1 1.0", "True", "True"])
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("adapter").path).sorted()
        XCTAssertEqual(saved, ["adapter_config.json", "adapter_model.safetensors"])
        // The last step wrote a checkpoint, as save_strategy="steps" does by default.
        let checkpoint = folder.appendingPathComponent("checkpoint-1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: checkpoint.path).sorted(),
                       ["adapter_config.json", "adapter_model.safetensors", "trainer_state.json"])
        let state = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: checkpoint.appendingPathComponent("trainer_state.json"))) as? [String: Any])
        XCTAssertEqual(state["global_step"] as? Int, 1)
        XCTAssertEqual((state["log_history"] as? [[String: Any]])?.first?["step"] as? Int, 1)
    }

    /// A second `train()` keeps the optimizer's moments but runs a new schedule over its own steps;
    /// with eval_strategy="epoch" each epoch ends with an evaluation in the log history.
    func testTrainingAgainRestartsTheScheduleAndEvaluatesPerEpoch() {
        let out = standardOutput(of: Self.classifierSetup + """
        args = TrainingArguments(output_dir="o", num_train_epochs=2, per_device_train_batch_size=5, logging_steps=1,
                                 eval_strategy="epoch", save_strategy="no")
        trainer = Trainer(model=model, args=args, train_dataset=rows, eval_dataset=rows[:4])
        first = trainer.train()
        optimizer = trainer.optimizer
        second = trainer.train()
        rates = [h["learning_rate"] for h in trainer.state.log_history if "learning_rate" in h]
        print(rates, trainer.optimizer is optimizer)
        print([(h["step"], h["epoch"]) for h in trainer.state.log_history if "eval_loss" in h])
        """)
        let lines = out.split(separator: "\n").suffix(2)
        XCTAssertEqual(Array(lines), ["[3.7500000000000003e-05, 2.5e-05, 1.25e-05, 0.0] True", "[(2, 1.0), (4, 2.0)]"], out)
    }

    /// `optimizers=(optimizer, None)`: the trainer steps the given optimizer under its own schedule;
    /// a `data_collator` gets the rows without the columns no model takes (here `text`).
    func testUsesAGivenOptimizerAndCollator() {
        let out = standardOutput(of: Self.classifierSetup + """
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        trainer = Trainer(model=model, args=TrainingArguments(output_dir="o", max_steps=2, save_strategy="no"), train_dataset=rows, optimizers=(opt, None))
        trainer.train()
        print(trainer.optimizer is opt, opt.param_groups[0]["initial_lr"], trainer.lr_scheduler.get_last_lr())
        def collate(features):
            print(sorted(features[0]))
            return {"input_ids": torch.tensor([f["input_ids"][:3] for f in features]), "labels": torch.tensor([f["label"] for f in features])}
        Trainer(model=model, args=TrainingArguments(output_dir="o", max_steps=1, save_strategy="no"), train_dataset=rows, data_collator=collate).train()
        """)
        XCTAssertEqual(out, "True 0.1 [0.0]\n['attention_mask', 'input_ids', 'label']\n")
    }

    func testKeepsAtMostSaveTotalLimitCheckpoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-trainer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = standardOutput(of: Self.classifierSetup + """
        args = TrainingArguments(output_dir="\(folder.path)", max_steps=5, per_device_train_batch_size=4, save_steps=2, save_total_limit=2)
        Trainer(model=model, args=args, train_dataset=rows).train()
        """)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["checkpoint-4", "checkpoint-5"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("checkpoint-5").path).sorted(),
                       ["config.json", "model.safetensors", "trainer_state.json"])
    }

    func testBadArgumentsRaisePythonErrors() {
        XCTAssertEqual(failure("from transformers import TrainingArguments\nTrainingArguments(output_dir='o', colour=1)"),
                       "TypeError: TrainingArguments.__init__() got an unexpected keyword argument 'colour'")
        XCTAssertEqual(failure("from transformers import TrainingArguments\nTrainingArguments(learning_rate=0.1)"),
                       "TypeError: TrainingArguments.__init__() missing 1 required positional argument: 'output_dir'")
        XCTAssertEqual(failure("from transformers import TrainingArguments\nTrainingArguments('o', logging_strategy='often')"),
                       "ValueError: often is not a valid IntervalStrategy, please select one of ['no', 'steps', 'epoch']")
        XCTAssertEqual(failure(Self.classifierSetup + "Trainer(model=model, args=TrainingArguments(output_dir='o', fp16=True))"),
                       "ValueError: fp16 mixed precision requires a GPU (not 'mps').")
        XCTAssertEqual(failure(Self.classifierSetup + "Trainer(args=TrainingArguments(output_dir='o'))"),
                       "RuntimeError: `Trainer` requires either a `model` or `model_init` argument")
        XCTAssertEqual(failure(Self.classifierSetup + "Trainer(model=model, args=TrainingArguments(output_dir='o')).train()"),
                       "ValueError: Trainer: training requires a train_dataset.")
        XCTAssertEqual(failure("from transformers import TrainingArguments\nTrainingArguments(output_dir='o', lr_scheduler_type='wavy')"),
                       "ValueError: wavy is not a valid SchedulerType, please select one of ['linear', 'cosine', 'cosine_with_restarts', 'polynomial', 'constant', 'constant_with_warmup', 'inverse_sqrt', 'reduce_lr_on_plateau', 'cosine_with_min_lr', 'warmup_stable_decay']")
    }
}
