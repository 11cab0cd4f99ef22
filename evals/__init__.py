"""Evaluation scripts: score quotebot's own pipeline on public hand-annotated data."""
