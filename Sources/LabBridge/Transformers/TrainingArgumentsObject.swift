import LabScript

/// transformers' `TrainingArguments(output_dir, ...)`: every field of transformers 4.46 is accepted
/// with its default (those only meaningful with GPUs, hubs or distributed runs change nothing here);
/// fields are read back as attributes, and ``settings()`` reads the ones `Trainer` uses.
final class TrainingArgumentsObject: NativeObject {
    /// The fields by name, in transformers' order.
    let values: [(name: String, value: Value)]

    init(values: [(name: String, value: Value)]) { self.values = values }

    var pyClass: PyType { TrainingArgumentsObject.cls.type }

    static let cls = NativeClass("TrainingArguments", module: "transformers.training_args",
        constructor: Function("TrainingArguments.__init__", params: fields) { a in
            let arguments = TrainingArgumentsObject(values: fields.map { spec in
                let name = String(spec.prefix { $0 != "=" })
                return (name, a[name])
            })
            try arguments.checkNames()
            return .native(arguments)
        })

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        values.first { $0.name == name }?.value
    }

    var attributeNames: [String] { values.map(\.name) }

    func value(_ name: String) -> Value { values.first { $0.name == name }?.value ?? .none }

    /// The fields as transformers 4.46 declares them (list and dict defaults written as None).
    static let fields = [
        "output_dir", "overwrite_output_dir=False", "do_train=False", "do_eval=False", "do_predict=False",
        "eval_strategy='no'", "prediction_loss_only=False", "per_device_train_batch_size=8", "per_device_eval_batch_size=8",
        "per_gpu_train_batch_size=None", "per_gpu_eval_batch_size=None", "gradient_accumulation_steps=1",
        "eval_accumulation_steps=None", "eval_delay=0", "torch_empty_cache_steps=None", "learning_rate=5e-05",
        "weight_decay=0.0", "adam_beta1=0.9", "adam_beta2=0.999", "adam_epsilon=1e-08", "max_grad_norm=1.0",
        "num_train_epochs=3.0", "max_steps=-1", "lr_scheduler_type='linear'", "lr_scheduler_kwargs=None", "warmup_ratio=0.0",
        "warmup_steps=0", "log_level='passive'", "log_level_replica='warning'", "log_on_each_node=True", "logging_dir=None",
        "logging_strategy='steps'", "logging_first_step=False", "logging_steps=500", "logging_nan_inf_filter=True",
        "save_strategy='steps'", "save_steps=500", "save_total_limit=None", "save_safetensors=True", "save_on_each_node=False",
        "save_only_model=False", "restore_callback_states_from_checkpoint=False", "no_cuda=False", "use_cpu=False",
        "use_mps_device=False", "seed=42", "data_seed=None", "jit_mode_eval=False", "use_ipex=False", "bf16=False",
        "fp16=False", "fp16_opt_level='O1'", "half_precision_backend='auto'", "bf16_full_eval=False", "fp16_full_eval=False",
        "tf32=None", "local_rank=-1", "ddp_backend=None", "tpu_num_cores=None", "tpu_metrics_debug=False", "debug=''",
        "dataloader_drop_last=False", "eval_steps=None", "dataloader_num_workers=0", "dataloader_prefetch_factor=None",
        "past_index=-1", "run_name=None", "disable_tqdm=None", "remove_unused_columns=True", "label_names=None",
        "load_best_model_at_end=False", "metric_for_best_model=None", "greater_is_better=None", "ignore_data_skip=False",
        "fsdp=''", "fsdp_min_num_params=0", "fsdp_config=None", "fsdp_transformer_layer_cls_to_wrap=None",
        "accelerator_config=None", "deepspeed=None", "label_smoothing_factor=0.0", "optim='adamw_torch'", "optim_args=None",
        "adafactor=False", "group_by_length=False", "length_column_name='length'", "report_to=None",
        "ddp_find_unused_parameters=None", "ddp_bucket_cap_mb=None", "ddp_broadcast_buffers=None",
        "dataloader_pin_memory=True", "dataloader_persistent_workers=False", "skip_memory_metrics=True",
        "use_legacy_prediction_loop=False", "push_to_hub=False", "resume_from_checkpoint=None", "hub_model_id=None",
        "hub_strategy='every_save'", "hub_token=None", "hub_private_repo=False", "hub_always_push=False",
        "gradient_checkpointing=False", "gradient_checkpointing_kwargs=None", "include_inputs_for_metrics=False",
        "include_for_metrics=None", "eval_do_concat_batches=True", "fp16_backend='auto'", "evaluation_strategy=None",
        "push_to_hub_model_id=None", "push_to_hub_organization=None", "push_to_hub_token=None", "mp_parameters=''",
        "auto_find_batch_size=False", "full_determinism=False", "torchdynamo=None", "ray_scope='last'", "ddp_timeout=1800",
        "torch_compile=False", "torch_compile_backend=None", "torch_compile_mode=None", "dispatch_batches=None",
        "split_batches=None", "include_tokens_per_second=False", "include_num_input_tokens_seen=False",
        "neftune_noise_alpha=None", "optim_target_modules=None", "batch_eval_metrics=False", "eval_on_start=False",
        "use_liger_kernel=False", "eval_use_gather_object=False"
    ]
}
