import XCTest

/// transformers' collators and `set_seed`.
final class TrainingCollatorTests: BridgeTestCase {
    func testCollatorsPadRaggedRowsIntoTensors() {
        let out = run(TrainingTrainerTests.classifierSetup + """
        from transformers import AutoTokenizer, DataCollatorForSeq2Seq, DataCollatorWithPadding, default_data_collator, set_seed
        tokenizer = AutoTokenizer.from_pretrained("\(TRLTests.roberta)")
        features = [{"input_ids": [0, 5, 2], "labels": [7, 2]}, {"input_ids": [0, 5, 6, 7, 2], "labels": [7, 8, 9, 2]}]
        batch = DataCollatorForSeq2Seq(tokenizer)(features)
        print(list(batch.keys()), batch["input_ids"].tolist(), batch["labels"].tolist())
        print(DataCollatorWithPadding(tokenizer)([{k: r[k] for k in ("input_ids", "label")} for r in rows[:2]])["labels"].tolist(), default_data_collator(features[:1])["input_ids"].tolist())
        set_seed(3)
        a = torch.randn(2)
        set_seed(3)
        print(torch.equal(a, torch.randn(2)))
        """)
        XCTAssertEqual(out, """
        ['input_ids', 'labels'] [[0, 5, 2, 1, 1], [0, 5, 6, 7, 2]] [[7, 2, -100, -100], [7, 8, 9, 2]]
        [0, 1] [[0, 5, 2]]
        True

        """)
    }

    /// transformers' default collator (Trainer's without a tokenizer) builds tensors with
    /// `torch.tensor`, or `torch.stack` for tensor rows, and so refuses rows of different lengths.
    func testTheDefaultCollatorRefusesRaggedRowsAsTorchDoes() {
        let out = standardOutput(of: TrainingTrainerTests.classifierSetup + """
        from transformers import default_data_collator
        from datasets import Dataset
        features = [{"input_ids": [0, 5, 2], "labels": 1}, {"input_ids": [0, 5, 6, 7, 2], "labels": 0}]
        for attempt in [lambda: default_data_collator(features),
                        lambda: default_data_collator(Dataset.from_list(features).with_format("torch")),
                        lambda: Trainer(model=model, args=TrainingArguments(output_dir="o", max_steps=1, save_strategy="no"),
                                        train_dataset=features).train()]:
            try:
                attempt()
            except (ValueError, RuntimeError) as error:
                print(type(error).__name__, error)
        """)
        XCTAssertEqual(out, """
        ValueError expected sequence of length 3 at dim 1 (got 5)
        RuntimeError stack expects each tensor to be equal size, but got [3] at entry 0 and [5] at entry 1
        ValueError expected sequence of length 3 at dim 1 (got 5)

        """)
    }
}
