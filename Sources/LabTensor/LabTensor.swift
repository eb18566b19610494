// LabTensor: see docs/ARCHITECTURE.md.
