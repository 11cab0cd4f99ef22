"""Evaluation scripts: splitting, split speed, attribution on held-out wire copy and on PolNeAR."""
