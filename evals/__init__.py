"""Evaluation scripts: splitting, split speed, and attribution on held-out wire copy."""
