"""PROVISIONAL command line: `quotebot ask|console|quotes|sentences|index|serve`. Thin layer over retrieval."""

from __future__ import annotations

from pathlib import Path

import click

from retrieval.engine import Engine


def _default_corpus() -> list[Path]:
    from importlib.resources import files

    return [Path(str(files("seeds")))]


@click.group(help="Answer questions about news articles with verbatim, attributed quotes.")
def cli() -> None:
    pass


@cli.command(help="Answer one question.")
@click.argument("question")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path), help="Article file or folder (repeatable).")
@click.option("--top", default=5, show_default=True, help="Most answers to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
def ask(question: str, corpus: tuple[Path, ...], top: int, as_json: bool) -> None:
    engine, _ = Engine.from_paths(list(corpus) or _default_corpus())
    answer = engine.ask(question, top=top)
    click.echo(answer.model_dump_json(indent=2) if as_json else "\n".join(q.text for q in answer.answers) or answer.message)


@cli.command(help="Run the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP at /slack/events.")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path), help="Article file or folder (repeatable); default QUOTEBOT_CORPUS, else the bundled seeds.")
@click.option("--host", default="0.0.0.0", show_default=True, help="Interface to listen on.")
@click.option("--port", default=3000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0 picks a free one).")
def serve(corpus: tuple[Path, ...], host: str, port: int) -> None:
    from bot.server import run
    from bot.settings import SettingsError, load_settings
    from retrieval.errors import QuotebotError

    try:
        run(load_settings(), host, port, list(corpus) or None)
    except SettingsError as error:
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(2)
    except QuotebotError as error:
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(1)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
