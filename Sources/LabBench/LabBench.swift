// LabBench: see docs/ARCHITECTURE.md.
