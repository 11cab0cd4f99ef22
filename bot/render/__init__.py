"""Turning typed answers into what each front end shows: ``text`` for the terminal (CLI and
console), ``slack`` for Block Kit and mrkdwn.

Renderers are pure functions of an ``Answer`` or ``Quote``; they never ask the engine anything and
never print, so every front end shows the same facts in its own form.
"""
