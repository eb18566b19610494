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
        print(DataCollatorWithPadding(tokenizer)(rows[:2])["labels"].tolist(), default_data_collator(features)["input_ids"].tolist())
        set_seed(3)
        a = torch.randn(2)
        set_seed(3)
        print(torch.equal(a, torch.randn(2)))
        """)
        XCTAssertEqual(out, """
        ['input_ids', 'labels'] [[0, 5, 2, 1, 1], [0, 5, 6, 7, 2]] [[7, 2, -100, -100], [7, 8, 9, 2]]
        [0, 1] [[0, 5, 2, 0, 0], [0, 5, 6, 7, 2]]
        True

        """)
    }
}
