import XCTest

/// The training API as labs call it: optimizer printed forms and param groups, schedulers,
/// `RobertaConfig` with `from_config`, and classifier losses from labels.
final class TrainingAPITests: BridgeTestCase {
    static let tinyRoberta = """
        import torch
        from transformers import RobertaConfig, AutoModelForSequenceClassification
        torch.manual_seed(0)
        config = RobertaConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
                               max_position_embeddings=20, type_vocab_size=1, initializer_range=0.2,
                               id2label={0: "nothate", 1: "hate"}, label2id={"nothate": 0, "hate": 1})
        model = AutoModelForSequenceClassification.from_config(config)
        ids = torch.tensor([[0, 5, 6, 7, 2], [0, 9, 10, 2, 1]])
        mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 1, 0]])

        """

    func testOptimizersPrintAsPyTorch() {
        let out = run(Self.tinyRoberta + """
        print(torch.optim.AdamW(model.parameters(), lr=5e-5))
        print(torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9))
        from transformers import AdamW
        print(AdamW(model.parameters(), no_deprecation_warning=True))
        """)
        XCTAssertEqual(out, """
        AdamW (
        Parameter Group 0
            amsgrad: False
            betas: (0.9, 0.999)
            capturable: False
            decoupled_weight_decay: True
            differentiable: False
            eps: 1e-08
            foreach: None
            fused: None
            lr: 5e-05
            maximize: False
            weight_decay: 0.01
        )
        SGD (
        Parameter Group 0
            dampening: 0
            differentiable: False
            foreach: None
            fused: None
            lr: 0.1
            maximize: False
            momentum: 0.9
            nesterov: False
            weight_decay: 0
        )
        AdamW (
        Parameter Group 0
            betas: (0.9, 0.999)
            correct_bias: True
            eps: 1e-06
            lr: 0.001
            weight_decay: 0.0
        )

        """)
    }

    func testFromConfigTrainsAndLearningRateIsReadAtEachStep() {
        let out = run(Self.tinyRoberta + """
        print(model.training, model.config.id2label, model.num_parameters())
        model.eval()
        labels = torch.tensor([1, 0])
        opt = torch.optim.AdamW(model.parameters(), lr=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1 / (step + 1))
        losses = []
        for step in range(4):
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            losses.append(loss.item())
            loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
        print(all(b < a for a, b in zip(losses, losses[1:])), sched.get_last_lr(), opt.param_groups[0]["initial_lr"])
        opt.param_groups[0]["lr"] = 0.0
        before = [p.detach().clone() for p in model.parameters()]
        model(input_ids=ids, attention_mask=mask, labels=labels).loss.backward()
        opt.step()
        print(any(p.grad is None for p in model.parameters()))
        """)
        XCTAssertEqual(out, "True {0: 'nothate', 1: 'hate'} 3698\nTrue [0.002] 0.01\nFalse\n")
    }

    /// A T5 made with from_config trains in a plain loop, dropout on (train mode) and seeded.
    func testT5FromConfigTrainsInALoop() {
        let script = """
        import torch
        from transformers import AutoModelForSeq2SeqLM, T5Config
        torch.manual_seed(1)
        model = AutoModelForSeq2SeqLM.from_config(T5Config(vocab_size=40, d_model=16, d_kv=4, num_heads=2, d_ff=32, num_layers=1,
                                                           decoder_start_token_id=0, dropout_rate=0.1))
        opt = torch.optim.AdamW(model.parameters(), lr=3e-2, weight_decay=0.01)
        batch = {"input_ids": torch.tensor([[5, 6, 7, 1], [8, 9, 1, 0]]), "attention_mask": torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]]),
                 "labels": torch.tensor([[11, 12, 1], [13, 1, -100]])}
        losses = []
        for _ in range(8):
            loss = model(**batch).loss
            loss.backward()
            opt.step()
            opt.zero_grad()
            losses.append(loss.item())
        print(model.training, losses[-1] < losses[0] / 2, losses[0])
        """
        let first = run(script)
        XCTAssertTrue(first.hasPrefix("True True "), first)
        XCTAssertEqual(run(script), first)
    }

    func testClassifierLossFollowsTheLabels() {
        let out = run(Self.tinyRoberta + """
        import torch.nn.functional as F
        out = model(input_ids=ids, attention_mask=mask, labels=torch.tensor([1, 0]))
        print(list(out.keys()), torch.allclose(out.loss, F.cross_entropy(out.logits, torch.tensor([1, 0]))))
        regressor = AutoModelForSequenceClassification.from_config(RobertaConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
            num_attention_heads=2, intermediate_size=32, max_position_embeddings=20, num_labels=1))
        out = regressor(input_ids=ids, labels=torch.tensor([0.5, -1.0]))
        print(torch.allclose(out.loss, ((out.logits.squeeze() - torch.tensor([0.5, -1.0])) ** 2).mean()))
        """)
        XCTAssertEqual(out, "['loss', 'logits'] True\nTrue\n")
    }

    /// As in transformers, label -100 is ignored and label 0 (T5's pad id) counts.
    func testSeq2SeqLossIgnoresOnlyMinus100() {
        let out = run("""
        import torch
        import torch.nn.functional as F
        from transformers import AutoModelForSeq2SeqLM
        model = AutoModelForSeq2SeqLM.from_pretrained("\(PEFTTests.peft)/tiny-t5")
        ids = torch.tensor([[5, 17, 33, 1], [8, 9, 1, 0]])
        labels = torch.tensor([[7, 21, 1, 0], [4, 1, -100, -100]])
        out = model(input_ids=ids, attention_mask=torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]]), labels=labels)
        flat = out.logits.reshape(-1, out.logits.shape[-1])
        print(torch.allclose(out.loss, F.cross_entropy(flat, labels.reshape(-1))), torch.allclose(out.loss, F.cross_entropy(flat[:6], labels.reshape(-1)[:6])))
        """)
        XCTAssertEqual(out, "True True\n")
    }

    func testClipGradNormReturnsTheTotalNormAndScales() {
        let out = run(Self.tinyRoberta + """
        model(input_ids=ids, labels=torch.tensor([1, 0])).loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1e-3)
        total = sum(p.grad.pow(2).sum().item() for p in model.parameters()) ** 0.5
        print(type(norm).__name__, norm.item() > 1e-3, abs(total - 1e-3) < 1e-7)
        model.zero_grad()
        print(all(p.grad is None for p in model.parameters()))
        """)
        XCTAssertEqual(out, "Tensor True True\nTrue\n")
    }

    /// Stepped with no optimizer step, the schedulers warn on stderr as PyTorch's do; stdout holds the rates.
    func testSchedulesFollowTransformers() {
        let out = standardOutput(of: Self.tinyRoberta + """
        from transformers import get_scheduler
        for name in ["linear", "cosine", "constant"]:
            opt = torch.optim.AdamW(model.parameters(), lr=1.0)
            sched = get_scheduler(name, opt, num_warmup_steps=2, num_training_steps=6)
            rates = []
            for _ in range(7):
                rates.append(round(sched.get_last_lr()[0], 4))
                sched.step()
            print(name, rates)
        sched = get_scheduler("linear", torch.optim.AdamW(model.parameters(), lr=1.0), num_warmup_steps=2, num_training_steps=6)
        sched.step(3)
        print(sched.last_epoch, sched.get_last_lr())
        """)
        XCTAssertEqual(out, """
        linear [0.0, 0.5, 1.0, 0.75, 0.5, 0.25, 0.0]
        cosine [0.0, 0.5, 1.0, 0.8536, 0.5, 0.1464, 0.0]
        constant [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
        3 [0.75]

        """)
    }

    func testBadArgumentsRaisePythonErrors() {
        XCTAssertEqual(failure(Self.tinyRoberta + "torch.optim.AdamW([])"), "ValueError: optimizer got an empty parameter list")
        XCTAssertEqual(failure(Self.tinyRoberta + "torch.optim.SGD(model.parameters(), lr=-1.0).step()"), "ValueError: Invalid learning rate: -1.0")
        XCTAssertEqual(failure(Self.tinyRoberta + "torch.optim.Adam(model.parameters(), betas=(1.5, 0.9))"),
                       "ValueError: Invalid beta parameter at index 0: 1.5")
        XCTAssertEqual(failure(Self.tinyRoberta + "from transformers import get_scheduler\nget_scheduler('linear', torch.optim.AdamW(model.parameters()))"),
                       "ValueError: SchedulerType.LINEAR requires `num_warmup_steps`, please provide that argument.")
        XCTAssertEqual(failure(Self.tinyRoberta + "torch.optim.AdamW([1.0])"),
                       "TypeError: optimizer can only optimize Tensors, but one of the params is float")
    }
}
