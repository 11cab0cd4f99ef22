"""quotebot front ends: command line, console and Slack. Turns questions into engine calls and answers into text."""
