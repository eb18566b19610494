import Foundation
import LabScript

/// trl 0.11.4's `PPOConfig` dataclass fields in declaration order, with their defaults: what the
/// config prints (`PPOConfig(exp_name=…, seed=0, …)`) and what a lab reads back. `exp_name`
/// defaults to the script's name without its last three characters (trl strips `.py` from
/// `sys.argv[0]`), and `backward_batch_size` is `mini_batch_size * gradient_accumulation_steps`,
/// as trl's `__post_init__` sets them.
enum PPOConfigFields {
    static let defaults: [(name: String, value: Value)] = [
        ("exp_name", .str("")), ("seed", .int(0)), ("log_with", .none), ("task_name", .none), ("model_name", .str("gpt2")),
        ("query_dataset", .str("stanfordnlp/imdb")), ("reward_model", .str("sentiment-analysis:lvwerra/distilbert-imdb")),
        ("remove_unused_columns", .bool(true)), ("tracker_kwargs", .none), ("accelerator_kwargs", .none), ("project_kwargs", .none),
        ("tracker_project_name", .str("trl")), ("push_to_hub_if_best_kwargs", .none), ("steps", .int(20000)),
        ("learning_rate", .float(1.41e-5)), ("adap_kl_ctrl", .bool(true)), ("init_kl_coef", .float(0.2)), ("kl_penalty", .str("kl")),
        ("target", .float(6)), ("horizon", .float(10000)), ("gamma", .float(1)), ("lam", .float(0.95)), ("cliprange", .float(0.2)),
        ("cliprange_value", .float(0.2)), ("vf_coef", .float(0.1)), ("batch_size", .int(128)), ("forward_batch_size", .none),
        ("mini_batch_size", .int(128)), ("gradient_accumulation_steps", .int(1)), ("world_size", .none), ("ppo_epochs", .int(4)),
        ("max_grad_norm", .none), ("optimize_cuda_cache", .none), ("optimize_device_cache", .bool(false)),
        ("early_stopping", .bool(false)), ("target_kl", .float(1)), ("compare_steps", .int(1)), ("ratio_threshold", .float(10)),
        ("use_score_scaling", .bool(false)), ("use_score_norm", .bool(false)), ("score_clip", .none), ("whiten_rewards", .bool(false)),
        ("gradient_checkpointing", .bool(false)), ("is_encoder_decoder", .none), ("is_peft_model", .none),
        ("backward_batch_size", .none), ("global_backward_batch_size", .none), ("global_batch_size", .none),
        ("dataset_num_proc", .none),
    ]

    /// The dict-valued fields, whose default is a new empty dict.
    private static let dictFields: Set<String> = ["tracker_kwargs", "accelerator_kwargs", "project_kwargs", "push_to_hub_if_best_kwargs"]

    /// Every field's value: the keywords given, else the defaults, then what `__post_init__` derives.
    static func values(_ keywords: [(String, Value)], argv0: String) -> [(name: String, value: Value)] {
        var fields = defaults.map { field -> (name: String, value: Value) in
            if dictFields.contains(field.name) { return (field.name, .dict(PyDict())) }
            if field.name == "exp_name" {
                let base = (argv0 as NSString).lastPathComponent
                return (field.name, .str(String(base.dropLast(min(3, base.count)))))
            }
            return field
        }
        for (name, value) in keywords {
            guard let index = fields.firstIndex(where: { $0.name == name }) else { continue }
            fields[index].value = value
        }
        if let backward = fields.firstIndex(where: { $0.name == "backward_batch_size" }), fields[backward].value.isNone,
           let mini = value("mini_batch_size", in: fields).integer, let steps = value("gradient_accumulation_steps", in: fields).integer {
            fields[backward].value = .int(mini * steps)
        }
        return fields
    }

    static func value(_ name: String, in fields: [(name: String, value: Value)]) -> Value {
        fields.first { $0.name == name }?.value ?? .none
    }
}
