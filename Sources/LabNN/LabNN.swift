// LabNN: see docs/ARCHITECTURE.md.
