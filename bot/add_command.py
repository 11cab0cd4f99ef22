"""``quotebot add``: store articles from URLs, pages, exports and feeds, and index them.

A thin layer over ``retrieval.intake``: the sources are read under the fetch policy the settings
give, each article's outcome is printed (one line, or one JSON object with ``--json``), and the
exit status is 1 when anything was refused. Registered on the ``quotebot`` group by ``bot.cli``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.options import corpus_option, index_dir_option
from bot.render.text import added_text, rebuild_hint
from bot.settings import load_settings

__all__ = ["add"]


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@corpus_option
@click.option(
    "--corpus-dir",
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder the new .txt files are stored in. Default: the first --corpus folder, else the first of $QUOTEBOT_CORPUS.",
)
@index_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per article (what happened to it).")
def add(sources: tuple[str, ...], corpus: tuple[Path, ...], corpus_dir: Path | None, index_dir: Path | None, as_json: bool) -> None:
    """Add articles to the corpus and the index.

    Each SOURCE is a URL (a page or an RSS/Atom feed), a saved .html page, a .jsonl or .csv
    export, a feed file (.xml, .rss, .atom) or a .txt article. Each article is stored as a .txt
    file in the corpus folder and the index is brought up to date (only new files are read). The
    same URL or text twice is not stored again. A sharded index (quotebot index --shards K) is
    not updated article by article: the articles are stored and become searchable when it is
    built again. Exit status 1 when anything was refused.
    """
    from retrieval.intake import add_articles, read_all  # fetching and extraction load only here
    from retrieval.sources.read import Reader

    settings = load_settings()
    paths = settings.corpus_paths(corpus)
    folder = corpus_dir or settings.intake_dir(corpus)
    if folder is None:
        raise click.UsageError("Give --corpus-dir DIR (or a --corpus folder, or set QUOTEBOT_CORPUS) to store new articles in.")
    reads = read_all(sources, Reader(settings.fetch_policy()))
    location = settings.index_location(paths, index_dir)
    outcome = add_articles(reads, folder, paths, location)
    for item in outcome.articles:
        click.echo(item.model_dump_json() if as_json else added_text(item), err=item.status == "refused" and not as_json)
    if outcome.shards is not None and any(item.status == "saved" for item in outcome.articles):
        click.echo(rebuild_hint(outcome.shards, location), err=as_json)  # stdout stays JSON lines
    if any(item.status == "refused" for item in outcome.articles):
        sys.exit(1)
