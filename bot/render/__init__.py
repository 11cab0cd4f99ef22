"""Rendering answers for each front end: ``slack`` (Block Kit and mrkdwn)."""
