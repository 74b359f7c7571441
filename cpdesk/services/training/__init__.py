"""The centre's training records, its own indicators, and practical modules with their comparison."""
