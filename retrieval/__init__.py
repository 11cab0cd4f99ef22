"""quotebot's engine: news articles in, verbatim attributed quotes out. Knows nothing of Slack."""
