// LabRL: see docs/ARCHITECTURE.md.
