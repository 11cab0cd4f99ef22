"""Turning typed answers into what each front end shows: terminal text here, Slack blocks beside it.

Renderers are pure functions of an ``Answer`` or ``Quote``; they never ask the engine anything and
never print, so the CLI, the console and Slack show the same facts in their own form.
"""
