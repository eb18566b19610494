/// The formulas of trl 0.11's PPOTrainer, one concern per file (`PPO+Rewards.swift`,
/// `PPO+Advantages.swift`, `PPO+Loss.swift`, `PPO+Scores.swift`, `PPO+Stats.swift`), each a pure
/// function of tensors so it can be checked against trl on its own. ``PPOTrainer`` composes them.
///
/// Shapes: `B` samples, `T` scored positions of the (padded) response, `V` vocabulary entries.
/// Masks are float32 tensors of 0 and 1, `[B, T]`.
public enum PPO {}
