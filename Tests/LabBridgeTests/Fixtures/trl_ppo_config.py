from trl import PPOConfig
config = PPOConfig(exp_name="detox", model_name="labrun/flan-t5-tiny", learning_rate=1.41e-5, ppo_epochs=1,
                   mini_batch_size=4, batch_size=16, gradient_accumulation_steps=2, tracker_kwargs={"a": 1})
print(config)
print(config.query_dataset, config.backward_batch_size, config.tracker_project_name, config.world_size, config.learning_rate)
print(PPOConfig(exp_name="x"))
